import type { Analysis, Bilingual, Finding } from '../engine/report/types';
import { ExcelAdapterError } from '../excel/adapterError';
import { publishValidated, publishValidationFailed } from '../excel/events';
import { highlightFindings } from '../excel/highlights';
import { validateWorkbook, type ExcelValidation, type ValidateOptions } from '../excel/validateWorkbook';

/**
 * The ribbon's Validate button (manifest: ExecuteFunction "validate"), in the shared runtime.
 * Full validation without the pane: read, analyse, highlight (stale highlights go even when nothing is found),
 * publish the result for the pane, then open the pane when there are errors. With no errors the confirmation
 * is the pane too, showing the published "no errors" result: Excel gives add-in commands no toast or
 * notification API (Outlook's notificationMessages do not exist in Excel). event.completed() runs on every
 * path, exceptions included, or Excel keeps the button busy.
 */

export interface CommandDeps {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  validate(context: Excel.RequestContext, options: ValidateOptions): Promise<ExcelValidation | Analysis>;
  highlight(context: Excel.RequestContext, findings: Finding[]): Promise<unknown>;
  /** Opens the pane on the results (errors found). */
  showTaskpane(): Promise<void>;
  /** Tells the clerk that no errors were found. */
  confirm(analysis: Analysis): Promise<void>;
  options?(): ValidateOptions;
}

export interface CommandEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

const FAILED: Bilingual = {
  bn: 'যাচাই করা যায়নি। কোনো সেল সম্পাদনা অবস্থায় থাকলে Enter চেপে বের হয়ে আবার চেষ্টা করুন।',
  en: 'Validation failed. If a cell is being edited, press Enter to leave it and try again.',
};

const defaultDeps: CommandDeps = {
  run: (batch) => Excel.run((context) => batch(context)),
  validate: (context, options) => validateWorkbook(context, options),
  highlight: (context, findings) => highlightFindings(context, findings),
  showTaskpane: () => Office.addin.showAsTaskpane(),
  confirm: () => Office.addin.showAsTaskpane(),
};

export function createValidateCommand(deps: CommandDeps = defaultDeps): (event: CommandEvent) => Promise<void> {
  return async function validate(event: CommandEvent): Promise<void> {
    try {
      const options = deps.options?.() ?? {};
      const analysis = await deps.run(async (context) => {
        const a = await deps.validate(context, options);
        await deps.highlight(context, a.findings);
        return a;
      });
      const syncs = (analysis as Partial<ExcelValidation>).stats?.syncs;
      publishValidated(analysis, { trigger: 'ribbon', syncs });
      if (analysis.findings.some((f) => f.severity === 'error')) await deps.showTaskpane();
      else await deps.confirm(analysis);
    } catch (err) {
      console.error('APA validate command failed', err);
      publishValidationFailed(err instanceof ExcelAdapterError ? err.messages : FAILED, { trigger: 'ribbon' });
      try {
        await deps.showTaskpane();
      } catch (paneErr) {
        console.error('Could not open the task pane', paneErr);
      }
    } finally {
      event.completed();
    }
  };
}

export const validate = createValidateCommand();

/** The shared runtime maps the manifest's FunctionName to this function once Office is ready. */
export function registerCommands(office: typeof Office, handler: (event: CommandEvent) => Promise<void> = validate): Promise<void> {
  return office.onReady().then(() => {
    office.actions.associate('validate', handler);
  });
}

if (typeof Office !== 'undefined') void registerCommands(Office);

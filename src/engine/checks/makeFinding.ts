import { cellAddress } from '../grid/a1';
import type { Bilingual, Finding, RuleId, Severity } from '../report/types';

/** A finding at a 0-based sheet cell, with the contract's "বাংলা / English" message. */
export function makeFinding(sheet: string, row: number, col: number, rule: RuleId, severity: Severity, messages: Bilingual): Finding {
  return {
    sheet,
    cell: cellAddress(row, col),
    row: row + 1,
    rule,
    severity,
    message: `${messages.bn} / ${messages.en}`,
    messages,
  };
}

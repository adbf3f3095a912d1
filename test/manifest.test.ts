// The online manifest validator is unreachable from here, so check offline what breaks sideloading in practice:
// schema element order, every resid defined, https everywhere, the function namespace and the one shared runtime.
import * as fs from 'fs';
import * as path from 'path';
import { parseStringPromise } from 'xml2js';

const xml = fs.readFileSync(path.join(__dirname, '..', 'manifest.xml'), 'utf8');

type Node = { [k: string]: Node[] | string | Record<string, string> | undefined; $?: Record<string, string> };
let doc: Node;
let ordered: any;

beforeAll(async () => {
  doc = (await parseStringPromise(xml)).OfficeApp;
  ordered = await parseStringPromise(xml, { explicitChildren: true, preserveChildrenOrder: true });
});

function childNames(node: any): string[] {
  return (node.$$ ?? []).map((c: any) => c['#name']);
}

/** Every element in document order, with its attributes. */
function allElements(node: any, out: { name: string; attrs: Record<string, string> }[] = []) {
  for (const c of node.$$ ?? []) {
    out.push({ name: c['#name'], attrs: c.$ ?? {} });
    allElements(c, out);
  }
  return out;
}

describe('manifest.xml', () => {
  it('keeps the OfficeApp children in schema order', () => {
    const order = [
      'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
      'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions',
      'VersionOverrides',
    ];
    const names = childNames(ordered.OfficeApp);
    const positions = names.map((n) => order.indexOf(n));
    expect(positions).not.toContain(-1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(names).toEqual(expect.arrayContaining(['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'Permissions']));
  });

  it('asks for ReadWriteDocument only and requires the shared and custom-functions runtimes', () => {
    expect(doc.Permissions).toEqual(['ReadWriteDocument']);
    const sets = (doc as any).Requirements[0].Sets[0].Set.map((s: any) => `${s.$.Name} ${s.$.MinVersion}`);
    expect(sets).toEqual(expect.arrayContaining(['SharedRuntime 1.1', 'CustomFunctionsRuntime 1.1']));
  });

  it('defines every resid it uses, and uses every resource it defines', () => {
    const elements = allElements(ordered.OfficeApp);
    const used = new Set(elements.filter((e) => e.attrs.resid).map((e) => e.attrs.resid));
    const defined = elements
      .filter((e) => ['bt:Image', 'bt:Url', 'bt:String'].includes(e.name) && e.attrs.id)
      .map((e) => e.attrs.id);
    expect(new Set(defined).size).toBe(defined.length); // no duplicate ids
    for (const id of used) expect(defined).toContain(id);
    for (const id of defined) expect(used).toContain(id);
    // resids are limited to 32 characters by the schema
    for (const id of used) expect(id.length).toBeLessThanOrEqual(32);
  });

  it('uses https for every URL', () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(\w+:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith('https://')).toBe(true);
  });

  it('has one shared runtime: the same resid for runtime, functions page, function file and task pane', () => {
    const elements = allElements(ordered.OfficeApp);
    const runtimes = elements.filter((e) => e.name === 'Runtime');
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].attrs).toEqual({ resid: 'Taskpane.Url', lifetime: 'long' });
    const functionFile = elements.find((e) => e.name === 'FunctionFile');
    expect(functionFile?.attrs.resid).toBe('Taskpane.Url');
    const pageIdx = elements.findIndex((e) => e.name === 'Page');
    expect(elements[pageIdx + 1]).toEqual({ name: 'SourceLocation', attrs: { resid: 'Taskpane.Url' } });
    const showPane = xml.match(/<Action xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation resid="([^"]+)"/);
    expect(showPane?.[1]).toBe('Taskpane.Url');
  });

  it('names the custom functions namespace APA and wires the ribbon buttons', () => {
    expect(xml).toMatch(/<Namespace resid="Functions.Namespace"\s*\/>/);
    expect(xml).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="APA"\s*\/>/);
    expect(xml).toMatch(/<OfficeTab id="TabHome">/);
    expect(xml).toMatch(/<Action xsi:type="ExecuteFunction">\s*<FunctionName>validate<\/FunctionName>/);
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
  });

  it('has Bengali overrides for every user-visible string and en-US as the default locale', () => {
    expect(doc.DefaultLocale).toEqual(['en-US']);
    const strings = xml.match(/<bt:String id="(?!Functions\.Namespace)[^"]+" DefaultValue="[^"]*">\s*<bt:Override Locale="bn-BD"/g) ?? [];
    const all = xml.match(/<bt:String id="/g) ?? [];
    expect(strings.length).toBe(all.length - 1); // all but the namespace, which must stay "APA"
    expect(xml).toMatch(/<DisplayName DefaultValue="[^"]+">\s*<Override Locale="bn-BD"/);
  });

  it('points at icons that exist in assets/ at 16, 32 and 80 px', () => {
    const images = [...xml.matchAll(/<bt:Image id="[^"]+" DefaultValue="https:\/\/localhost:3000\/assets\/([^"]+)"/g)].map((m) => m[1]);
    expect(images.length).toBeGreaterThanOrEqual(3);
    for (const f of images) {
      const buf = fs.readFileSync(path.join(__dirname, '..', 'assets', f));
      expect(buf.subarray(1, 4).toString('ascii')).toBe('PNG');
      const size = Number(/-(\d+)\.png$/.exec(f)![1]);
      expect(buf.readUInt32BE(16)).toBe(size); // IHDR width
      expect(buf.readUInt32BE(20)).toBe(size);
    }
  });
});

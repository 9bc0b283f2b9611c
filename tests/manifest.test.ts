/**
 * manifest.xml: read with office-addin-manifest's own reader, and checked for
 * the wiring Excel needs (shared runtime, custom functions, ribbon, resources)
 * and for the promises the add-in makes (least privilege, https only, zh-CN).
 */
import fs from 'fs';
import path from 'path';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { parseStringPromise } from 'xml2js';
import { ROOT, distFile, builtUrl } from './helpers/dist';

const MANIFEST = path.join(ROOT, 'manifest.xml');
const xml = fs.readFileSync(MANIFEST, 'utf8');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Node = any;
let doc: Node;
beforeAll(async () => {
  doc = await parseStringPromise(xml);
});

/** Every element with a given tag name, anywhere below a node. */
function findAll(node: Node, tag: string, out: Node[] = []): Node[] {
  if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === tag) out.push(...(Array.isArray(value) ? value : [value]));
      if (key !== '$') (Array.isArray(value) ? value : [value]).forEach((v) => findAll(v, tag, out));
    }
  }
  return out;
}

const resources = () => doc.OfficeApp.VersionOverrides[0].Resources[0];
/** id → { value, overrides } of every bt:Image, bt:Url and bt:String. */
function resourceTable(): Map<string, { value: string; overrides: Record<string, string> }> {
  const table = new Map();
  for (const tag of ['bt:Image', 'bt:Url', 'bt:String']) {
    for (const r of findAll(resources(), tag)) {
      const overrides: Record<string, string> = {};
      for (const o of r['bt:Override'] ?? []) overrides[o.$.Locale] = o.$.Value;
      table.set(r.$.id, { value: r.$.DefaultValue, overrides });
    }
  }
  return table;
}
const resid = (node: Node) => node.$.resid as string;

describe('manifest.xml', () => {
  it("reads with office-addin-manifest's reader as an Excel task pane add-in", async () => {
    const info = await OfficeAddinManifest.readManifestFile(MANIFEST);
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.displayName).toBe('NQP Toolkit');
    expect(info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it('asks for ReadWriteDocument and nothing more', async () => {
    const info = await OfficeAddinManifest.readManifestFile(MANIFEST);
    expect(info.permissions).toBe('ReadWriteDocument');
  });

  it('uses https for every URL and declares no app domains', () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(10);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
    expect(xml).not.toMatch(/<AppDomain>/);
  });

  it('resolves every resid to a resource', () => {
    const table = resourceTable();
    const used = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(10);
    for (const id of used) expect({ id, defined: table.has(id) }).toEqual({ id, defined: true });
    for (const id of used) expect(id.length).toBeLessThanOrEqual(32);
  });

  it('runs everything in one long-lived shared runtime', () => {
    const host = doc.OfficeApp.VersionOverrides[0].Hosts[0].Host[0];
    const runtime = host.Runtimes[0].Runtime[0];
    expect(runtime.$.lifetime).toBe('long');
    const page = host.AllFormFactors[0].ExtensionPoint[0].Page[0].SourceLocation[0];
    const functionFile = host.DesktopFormFactor[0].FunctionFile[0];
    expect(resid(page)).toBe(resid(runtime));
    expect(resid(functionFile)).toBe(resid(runtime));
    expect(resourceTable().get(resid(runtime))?.value).toMatch(/\/taskpane\.html$/);
    const sets = findAll(doc.OfficeApp.Requirements[0], 'Set').map((s: Node) => `${s.$.Name} ${s.$.MinVersion}`);
    expect(sets).toContain('SharedRuntime 1.1');
    // The error codes with messages that the functions return (#N/A, #DIV/0!, #NUM! with a message) need 1.3.
    expect(sets).toContain('CustomFunctionsRuntime 1.3');
  });

  it('has a plain Show task pane button first, in the shared runtime, for when a command does nothing', () => {
    const table = resourceTable();
    const group = findAll(doc, 'OfficeTab')[0].Group[0];
    const first = group.Control[0];
    expect(first.$.id).toBe('NQP.TaskpaneButton');
    const action = first.Action[0];
    expect(action.$['xsi:type']).toBe('ShowTaskpane');
    // The id Office opens by itself when a workbook (a downloaded template) asks for the pane.
    expect(action.TaskpaneId[0]).toBe('Office.AutoShowTaskpaneWithDocument');
    const runtime = doc.OfficeApp.VersionOverrides[0].Hosts[0].Host[0].Runtimes[0].Runtime[0];
    expect(resid(action.SourceLocation[0])).toBe(resid(runtime));
    expect(table.get(resid(first.Label[0]))?.value).toBe('Show task pane');
    expect(table.get(resid(first.Label[0]))?.overrides['zh-CN']).toBe('显示任务窗格');
  });

  it('wires the custom functions: script, metadata with a zh-CN override, namespace NQP', () => {
    const table = resourceTable();
    const cf = doc.OfficeApp.VersionOverrides[0].Hosts[0].Host[0].AllFormFactors[0].ExtensionPoint[0];
    expect(cf.$['xsi:type']).toBe('CustomFunctions');
    expect(table.get(resid(cf.Script[0].SourceLocation[0]))?.value).toMatch(/\/functions\.js$/);
    const meta = table.get(resid(cf.Metadata[0].SourceLocation[0]));
    expect(meta?.value).toMatch(/\/functions\.json$/);
    expect(meta?.overrides['zh-CN']).toMatch(/\/functions-zh-CN\.json$/);
    expect(table.get(resid(cf.Namespace[0]))?.value).toBe('NQP');
  });

  it('puts an NQP group on the Home tab whose buttons run commands the task pane registers', () => {
    const table = resourceTable();
    const tab = findAll(doc, 'OfficeTab')[0];
    expect(tab.$.id).toBe('TabHome');
    const group = tab.Group[0];
    expect(table.get(resid(group.Label[0]))?.value).toBe('NQP');
    const names = findAll(group, 'FunctionName').map((n: Node) => (typeof n === 'string' ? n : n._));
    expect(names).toEqual(['showGlossary', 'showTemplates']);
    const source = fs.readFileSync(path.join(ROOT, 'src', 'commands', 'commands.ts'), 'utf8');
    const bundle = distFile('taskpane.js');
    for (const n of names) {
      expect(source).toContain(`Office.actions.associate('${n}'`);
      expect(bundle).toContain(n);
    }
  });

  it('translates its name, description and ribbon labels into Chinese', () => {
    const cjk = /[\u4e00-\u9fff]/;
    expect(doc.OfficeApp.DisplayName[0].Override[0].$).toEqual({ Locale: 'zh-CN', Value: expect.stringMatching(cjk) });
    expect(doc.OfficeApp.Description[0].Override[0].$).toEqual({ Locale: 'zh-CN', Value: expect.stringMatching(cjk) });
    const table = resourceTable();
    for (const id of ['TaskpaneButton.Label', 'TaskpaneButton.Tooltip', 'GlossaryButton.Label', 'TemplatesButton.Label', 'GlossaryButton.Tooltip', 'TemplatesButton.Tooltip', 'GetStarted.Title', 'GetStarted.Description']) {
      expect(table.get(id)?.overrides['zh-CN']).toMatch(cjk);
    }
  });

  it('has real PNG icons of the declared sizes (16, 32, 64, 80)', () => {
    const table = resourceTable();
    const images = findAll(resources(), 'bt:Image').map((i: Node) => i.$.id as string);
    const files = [
      ...images.map((id: string) => table.get(id)!.value),
      doc.OfficeApp.IconUrl[0].$.DefaultValue,
      doc.OfficeApp.HighResolutionIconUrl[0].$.DefaultValue,
    ];
    for (const url of files) {
      const name = url.split('/assets/')[1];
      const png = fs.readFileSync(path.join(ROOT, 'assets', name));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      const size = Number(/-(\d+)\.png$/.exec(name)![1]);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
      expect([16, 32, 64, 80]).toContain(size);
    }
  });

  it('is copied into dist/ with the build URL in place of the development one', () => {
    const built = distFile('manifest.xml');
    expect(built).toBe(xml.split('https://localhost:3000').join(builtUrl()));
  });
});

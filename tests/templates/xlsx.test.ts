/**
 * The downloadable .xlsx files (scripts/build-template-files.js): every
 * template in both languages is written, read back with exceljs (sheets,
 * values, formulas, formats, validation, tables, notes), and recomputed in a
 * real spreadsheet engine, HyperFormula, with the NQP functions registered
 * through the add-in's adapter (tests/templates/hyperformula.ts): every
 * formula computes without an error on the sample data, and every NQP result
 * equals the direct computation of the function on the definition's cells.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { ExcelError } from '../../src/excel/adapter';
import { TEMPLATE_FILES_DIR, templateFileName, templateFileUrl, templates } from '../../src/templates';
import { specByName } from '../../src/registry';
import { definitions } from '../../src/templates/definitions';
import { ANY_NUMBER } from '../../src/templates/insert';
import { type Lang, type TemplateDef, areaAddress, blockArea, contains, isFormula, parseArea, parseCell, resolve } from '../../src/templates/model';
import { DetailedCellError, NqpPlugin, computeWorkbook, valueAt } from './hyperformula';
import { type DirectResults, build, directResults, engineCells, isFormulaValue, readWorkbook } from './xlsx';

const langs: Lang[] = ['en', 'zh'];
const cases = definitions.flatMap((d) => langs.map((lang) => [d.id, lang, d] as [string, Lang, TemplateDef]));
const CJK = /[\u3400-\u9fff]/;
/** Functions whose result has as many rows as the data calls for (the reserved area is their maximum). */
const DATA_DEPENDENT_LENGTH = ['ISIC_MISSING'];
/** Blocks that lay out a table (as opposed to running text). */
const TABLE_ROLES = ['header', 'label', 'input', 'output'];

/** A calendar year as the templates hold them. */
function isYear(v: number): boolean {
  return Number.isInteger(v) && v >= 1900 && v <= 2100;
}

/**
 * Whether Excel shows `value` with decimals in number format `format`: the section that applies
 * (a conditional section such as [>=1000] when its condition holds; else positive;negative;zero)
 * has a decimal point followed by digit placeholders. "General" shows an integer as an integer.
 */
function showsDecimals(format: string | undefined, value: number): boolean {
  if (!format || format === 'General') return false;
  const sections = format.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  const condition = (section: string): ((v: number) => boolean) | undefined => {
    const m = /\[(<=|>=|<>|<|>|=)(-?[\d.]+)\]/.exec(section);
    if (!m) return undefined;
    const n = Number(m[2]);
    return { '<=': (v: number) => v <= n, '>=': (v: number) => v >= n, '<>': (v: number) => v !== n, '<': (v: number) => v < n, '>': (v: number) => v > n, '=': (v: number) => v === n }[m[1]];
  };
  let section: string | undefined;
  if (sections.some((x) => condition(x))) {
    section = sections.find((x) => condition(x)?.(value)) ?? sections.find((x) => !condition(x));
  } else {
    section = value > 0 ? sections[0] : value < 0 ? (sections[1] ?? sections[0]) : (sections[2] ?? sections[0]);
  }
  const bare = (section ?? '').replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '');
  return /\.[0#?]/.test(bare);
}

/** Whether a formula calls an NQP function outside its strings: every NQP function may return an array. */
function callsNqp(text: string): boolean {
  return /(?<![A-Za-z0-9_.])NQP\.[A-Z0-9_.]+\(/.test(text.replace(/"(?:[^"]|"")*"/g, '""'));
}

let dir: string;
let written: string[];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nqp-templates-'));
  written = await build.writeTemplateFiles(dir);
}, 60_000);

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('file names', () => {
  test('English <id>.xlsx, Chinese <id>.zh-CN.xlsx, under assets/templates', () => {
    expect(templateFileName('inclusiveness', 'en')).toBe('inclusiveness.xlsx');
    expect(templateFileName('inclusiveness', 'zh')).toBe('inclusiveness.zh-CN.xlsx');
    expect(templateFileUrl('six-aspects', 'zh')).toBe('assets/templates/six-aspects.zh-CN.xlsx');
    expect(TEMPLATE_FILES_DIR).toBe('assets/templates');
  });

  test('one file per template and language, nothing else', () => {
    const expected = templates.flatMap((t) => langs.map((l) => templateFileName(t.id, l))).sort();
    expect(written.map((f) => path.basename(f)).sort()).toEqual(expected);
    expect(fs.readdirSync(dir).sort()).toEqual(expected);
    expect(templates.length).toBe(11);
  });
});

describe('formula text in the file format', () => {
  test('functions newer than Excel 2007 get their prefix, NQP functions the add-in prefix; strings are left alone', () => {
    expect(build.fileFormula('=IFERROR(RANK.EQ(P7,$P$7:$P$16),"")')).toBe('IFERROR(_xlfn.RANK.EQ(P7,$P$7:$P$16),"")');
    expect(build.fileFormula('=SORTBY(B7:B16,P7:P16,-1)')).toBe('_xlfn.SORTBY(B7:B16,P7:P16,-1)');
    expect(build.fileFormula('=NQP.GINI(C6:C17,"SORTBY(")')).toBe('_xldudf_NQP_GINI(C6:C17,"SORTBY(")');
    expect(build.fileFormula('=IFERROR(NQP.SIX_ASPECT_SCORE(B5:G5),"NQP.GINI(")')).toBe('IFERROR(_xldudf_NQP_SIX_ASPECT_SCORE(B5:G5),"NQP.GINI(")');
    expect(build.typedFormula('_xlfn.SORTBY(B7:B16,P7:P16,-1)')).toBe('=SORTBY(B7:B16,P7:P16,-1)');
    expect(build.typedFormula('_xlfn._xlws.SORT(A1:A3)')).toBe('=SORT(A1:A3)');
    expect(build.typedFormula('IFERROR(_xldudf_NQP_SIX_ASPECT_SCORE(B5:G5),"_xldudf_NQP_X(")')).toBe('=IFERROR(NQP.SIX_ASPECT_SCORE(B5:G5),"_xldudf_NQP_X(")');
  });

  test('column widths: points → characters', () => {
    expect(build.widthInCharacters(80)).toBeCloseTo((80 * 4) / 3 / 7 - 5 / 7, 2);
    expect(build.widthInCharacters(1)).toBe(1);
  });
});

describe('the webpack plugin', () => {
  test('writes the files into <output.path>/assets/templates after emit', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'nqp-dist-'));
    let hook: (() => Promise<void>) | undefined;
    const compiler = {
      options: { output: { path: out } },
      hooks: { afterEmit: { tapPromise: (name: string, fn: () => Promise<void>) => ((hook = fn), expect(name).toBe('TemplateFilesPlugin')) } },
    };
    new build.TemplateFilesPlugin().apply(compiler);
    expect(hook).toBeDefined();
    await hook!();
    const files = fs.readdirSync(path.join(out, ...TEMPLATE_FILES_DIR.split('/')));
    expect(files).toContain('inclusiveness.zh-CN.xlsx');
    expect(files.length).toBe(templates.length * 2);
    fs.rmSync(out, { recursive: true, force: true });
  }, 60_000);
});

/** Cells the download adds: the note under the title and one where each chart would be. */
function noteCells(def: TemplateDef, sheetIndex: number): string[] {
  return [build.FILE_NOTE_AT, ...(def.sheets[sheetIndex].charts ?? []).map((c) => c.from)];
}

describe.each(cases)('the file of %s in %s, read back', (id, lang, def) => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await readWorkbook(path.join(dir, templateFileName(id, lang)));
  });

  test('has the template\'s sheets, named in the language, with the title and description', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(def.sheets.map((s) => s.name[lang]));
    expect(wb.title).toBe(def.title[lang]);
    if (lang === 'zh') expect(wb.worksheets.every((w) => CJK.test(w.name))).toBe(true);
  });

  test('stores every NQP function as Excel stores an add-in function (_xldudf_NQP_NAME), naming a registered function', () => {
    let calls = 0;
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (!isFormulaValue(cell.value)) return;
          const stored = (cell.value as { formula: string }).formula;
          const outsideStrings = stored.replace(/"(?:[^"]|"")*"/g, '""');
          expect(outsideStrings).not.toMatch(/(?<![A-Za-z0-9_])NQP\./);
          for (const [, name] of outsideStrings.matchAll(/_xldudf_NQP_([A-Z0-9_]+)\(/g)) {
            expect(specByName.has(name)).toBe(true);
            calls++;
          }
        }),
      );
    }
    expect(calls).toBeGreaterThan(0);
  });

  test('every value and formula of the definition is in its cell; spilling and NQP formulas are array formulas over their area, others ordinary', () => {
    def.sheets.forEach((sheetDef, i) => {
      const ws = wb.worksheets[i];
      for (const b of sheetDef.blocks) {
        const at = parseCell(b.at);
        b.cells.forEach((row, r) =>
          row.forEach((content, c) => {
            const cell = ws.getCell(at.row + r + 1, at.col + c + 1);
            const expected = resolve(content, lang);
            if (isFormula(content)) {
              expect(isFormulaValue(cell.value)).toBe(true);
              const v = cell.value as { formula: string; shareType?: string; ref?: string };
              expect(build.typedFormula(v.formula)).toBe(expected);
              if (b.spill) {
                expect(v.shareType).toBe('array');
                expect(v.ref).toBe(areaAddress(blockArea(b)));
              } else if (callsNqp(String(expected))) {
                // One value, but Excel 365 would show it as =@NQP.… if it were an ordinary formula.
                expect(v.shareType).toBe('array');
                expect(v.ref).toBe(cell.address);
              } else {
                expect(v.shareType).toBeUndefined();
              }
            } else if (expected === '') {
              expect(cell.value).toBeNull();
            } else {
              expect(cell.value).toBe(expected);
            }
          }),
        );
      }
    });
  });

  test('styles: number formats, input and output fills, bold headers, column widths, frozen rows', () => {
    def.sheets.forEach((sheetDef, i) => {
      const ws = wb.worksheets[i];
      for (const b of sheetDef.blocks) {
        const area = blockArea(b);
        const corner = ws.getCell(area.top + area.rows, area.left + area.cols); // the last cell of the block's area
        const first = ws.getCell(area.top + 1, area.left + 1);
        for (const cell of [first, corner]) {
          if (b.numberFormat) expect(cell.numFmt).toBe(b.numberFormat);
          if (b.role === 'input') expect(cell.fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFFFF2CC' } });
          if (b.role === 'output') expect(cell.fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFE2EFDA' } });
          if (b.role === 'header') expect(cell.font?.bold).toBe(true);
        }
      }
      for (const [letters, points] of Object.entries(sheetDef.widths ?? {})) expect(ws.getColumn(letters).width).toBeCloseTo(build.widthInCharacters(points), 2);
      if (sheetDef.freezeRows) expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: sheetDef.freezeRows });
    });
  });

  test('data validation on every validated input cell', () => {
    def.sheets.forEach((sheetDef, i) => {
      const ws = wb.worksheets[i];
      for (const b of sheetDef.blocks.filter((x) => x.validation)) {
        const v = b.validation!;
        const at = parseCell(b.at);
        b.cells.forEach((row, r) =>
          row.forEach((_, c) => {
            const dv = ws.getCell(at.row + r + 1, at.col + c + 1).dataValidation;
            expect(dv.type).toBe(v.kind);
            expect(dv.prompt).toBe(v.message[lang]);
            expect(dv.showErrorMessage).toBe(true);
            if (v.kind !== 'list') {
              const bounds = (dv.formulae ?? []).map(Number);
              if (v.min !== undefined) expect(bounds[0]).toBe(v.min);
              if (v.max !== undefined) expect(bounds[bounds.length - 1]).toBe(v.max);
              if (v.min === undefined && v.max === undefined) expect(bounds).toEqual([-ANY_NUMBER, ANY_NUMBER]);
            }
          }),
        );
      }
    });
  });

  test('the Excel tables of the definition', () => {
    def.sheets.forEach((sheetDef, i) => {
      const ws = wb.worksheets[i] as ExcelJS.Worksheet & { tables?: Record<string, { table?: { tableRef?: string; ref?: string } }> };
      const refs = Object.values(ws.tables ?? {}).map((t) => t.table?.tableRef ?? t.table?.ref);
      expect(refs).toEqual(sheetDef.tables ?? []);
    });
  });

  test('every formula that can return an array is a dynamic array (cm="1", XLDAPR fDynamic="1"); the others are ordinary', async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, templateFileName(id, lang))));
    const sheetXml = await Promise.all(def.sheets.map((_, i) => zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async('string')));
    def.sheets.forEach((sheetDef, i) => {
      const cells = new Map([...sheetXml[i].matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/g)].map((m) => [m[1], { attrs: m[2], body: m[3] ?? '' }]));
      for (const b of sheetDef.blocks) {
        const at = parseCell(b.at);
        b.cells.forEach((row, r) =>
          row.forEach((content, c) => {
            if (!isFormula(content)) return;
            const text = String(resolve(content, lang));
            const address = areaAddress({ top: at.row + r, left: at.col + c, rows: 1, cols: 1 });
            const xml = cells.get(address)!;
            expect(xml).toBeDefined();
            const where = `${sheetDef.name.en}!${address} ${text}`;
            if (b.spill || callsNqp(text)) {
              const ref = b.spill ? areaAddress(blockArea(b)) : address;
              expect([where, xml.attrs]).toEqual([where, expect.stringMatching(/ cm="1"$/)]);
              expect([where, xml.body]).toEqual([where, expect.stringContaining(`<f t="array" ref="${ref}">`)]);
            } else {
              expect([where, xml.attrs]).toEqual([where, expect.not.stringContaining('cm=')]);
              expect([where, xml.body]).toEqual([where, expect.not.stringContaining('t="array"')]);
            }
          }),
        );
      }
      // Nothing else is an array formula.
      const arrays = [...cells.values()].filter((x) => x.body.includes('<f t="array"')).length;
      const dynamic = sheetDef.blocks.flatMap((b) => b.cells.flat().filter((content) => isFormula(content) && (b.spill || callsNqp(String(resolve(content, lang)))))).length;
      expect(arrays).toBe(dynamic);
    });
    // The metadata part as Excel 365 writes it: one XLDAPR cell metadata block, cm="1" (1-based) pointing at it.
    const metadata = await zip.file('xl/metadata.xml')!.async('string');
    expect(metadata).toContain('<metadataType name="XLDAPR" minSupportedVersion="120000"');
    expect(metadata).toContain('<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/>');
    expect(metadata).toContain('<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata>');
    expect(metadata).toContain('xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray"');
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain(
      '<Override PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"/>',
    );
    expect(await zip.file('xl/_rels/workbook.xml.rels')!.async('string')).toMatch(
      /<Relationship Id="rId\d+" Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/sheetMetadata" Target="metadata.xml"\/>/,
    );
  });

  test('names the add-in as Excel does in a workbook that uses it: web extension and task pane parts, relationships, content types', async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, templateFileName(id, lang))));
    const manifest = fs.readFileSync(path.join(__dirname, '..', '..', 'manifest.xml'), 'utf8');
    const addinId = /<Id>([^<]+)<\/Id>/.exec(manifest)![1];
    const version = /<Version>([^<]+)<\/Version>/.exec(manifest)![1];
    expect(build.addinIdentity()).toEqual({ id: addinId.toLowerCase(), version });

    const we = await zip.file('xl/webextensions/webextension1.xml')!.async('string');
    expect(we).toContain(`<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{${addinId.toUpperCase()}}">`);
    expect(we).toContain(`<we:reference id="${addinId}" version="${version}" store="EXCatalog" storeType="EXCatalog"/>`);
    expect(we).toContain(`<we:alternateReferences><we:reference id="${addinId}" version="${version}" store="developer" storeType="Registry"/></we:alternateReferences>`);
    expect(we).toContain('<we:properties><we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/></we:properties>');
    // [MS-OWEXML] CT_OsfWebExtension: reference, alternateReferences, properties, bindings, snapshot, in this order.
    expect([...we.matchAll(/<we:(\w+)/g)].map((m) => m[1]).filter((n) => n !== 'property')).toEqual([
      'webextension',
      'reference',
      'alternateReferences',
      'reference',
      'properties',
      'bindings',
      'snapshot',
    ]);

    const panes = await zip.file('xl/webextensions/taskpanes.xml')!.async('string');
    expect(panes).toContain('<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11">');
    expect(panes).toContain('<wetp:taskpane dockstate="right" visibility="1" width="350" row="4">');
    expect(panes).toContain('<wetp:webextensionref xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/>');
    expect(await zip.file('xl/webextensions/_rels/taskpanes.xml.rels')!.async('string')).toContain(
      '<Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"/>',
    );
    const rels = await zip.file('_rels/.rels')!.async('string');
    expect(rels).toMatch(/<Relationship Id="rId\d+" Type="http:\/\/schemas.microsoft.com\/office\/2011\/relationships\/webextensiontaskpanes" Target="xl\/webextensions\/taskpanes.xml"\/>/);
    // Relationship ids stay unique.
    const ids = [...rels.matchAll(/Id="(rId\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const types = await zip.file('[Content_Types].xml')!.async('string');
    expect(types).toContain('<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/>');
    expect(types).toContain('<Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/>');
  });

  test('prints landscape, one page wide, the header rows repeated, the tables in the print area', async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, templateFileName(id, lang))));
    const book = await zip.file('xl/workbook.xml')!.async('string');
    const names = [...book.matchAll(/<definedName name="([^"]+)" localSheetId="(\d+)">([^<]*)<\/definedName>/g)].map((m) => ({
      name: m[1],
      sheet: Number(m[2]),
      ref: m[3].replace(/&apos;/g, "'"),
    }));
    for (const [i, sheetDef] of def.sheets.entries()) {
      const xml = await zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async('string');
      expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
      const setup = /<pageSetup ([^>]*)\/>/.exec(xml)![1];
      expect(setup).toContain('orientation="landscape"');
      expect(setup).toContain('fitToWidth="1"');
      expect(setup).toContain('fitToHeight="0"');
      expect(setup.includes('paperSize="9"')).toBe(lang === 'zh');
      const quoted = `'${sheetDef.name[lang]}'!`;
      const titles = names.find((n) => n.name === '_xlnm.Print_Titles' && n.sheet === i);
      if (sheetDef.freezeRows) expect(titles?.ref).toBe(`${quoted}$1:$${sheetDef.freezeRows}`);
      // The print area starts at A1 and holds every table block (and spill area) whole.
      const printArea = names.find((n) => n.name === '_xlnm.Print_Area' && n.sheet === i)!;
      const corner = new RegExp(`^${quoted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\$A\\$1:\\$([A-Z]+)\\$(\\d+)$`).exec(printArea.ref)!;
      expect([printArea.ref, corner]).not.toEqual([printArea.ref, null]);
      const area = parseArea(`A1:${corner[1]}${corner[2]}`);
      for (const b of sheetDef.blocks.filter((x) => TABLE_ROLES.includes(x.role))) expect([b.at, contains(area, blockArea(b))]).toEqual([b.at, true]);
    }
  });

  test('notes: the add-in is needed for NQP.* formulas and charts, on every sheet, in the language', () => {
    def.sheets.forEach((sheetDef, i) => {
      const ws = wb.worksheets[i];
      expect(ws.getCell(build.FILE_NOTE_AT).value).toBe(build.FILE_NOTE[lang]);
      expect(build.FILE_NOTE[lang]).toMatch(/NQP\.\*/);
      for (const c of sheetDef.charts ?? []) expect(ws.getCell(c.from).value).toBe(build.CHART_NOTE[lang](c.title[lang]));
      // The notes never cover a cell of the template.
      for (const address of noteCells(def, i)) {
        const one = parseArea(address);
        for (const b of sheetDef.blocks) expect(contains(blockArea(b), one)).toBe(false);
      }
    });
  });
});

describe.each(cases)('%s in %s, recomputed by HyperFormula', (id, lang, def) => {
  let direct: DirectResults[];
  let engine: Awaited<ReturnType<typeof computeWorkbook>>;
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    wb = await readWorkbook(path.join(dir, templateFileName(id, lang)));
    direct = await Promise.all(def.sheets.map((s) => directResults(s, lang)));
    const sizes = new Map(direct.map((d, i) => [i, d.sizes]));
    engine = await computeWorkbook(
      wb.worksheets.map((ws) => ({ name: ws.name, cells: engineCells(ws) })),
      sizes,
    );
  }, 60_000);

  afterAll(() => engine?.engine.destroy());

  test('every formula of the file computes without an error value on the sample data', () => {
    const errors: string[] = [];
    let formulas = 0;
    wb.worksheets.forEach((ws, i) => {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (!isFormulaValue(cell.value)) return;
          formulas++;
          const v = valueAt(engine.engine, i, Number(cell.row) - 1, Number(cell.col) - 1);
          if (v instanceof DetailedCellError) errors.push(`${ws.name}!${cell.address} ${cell.value.formula}: ${v.value} ${v.message}`);
        }),
      );
    });
    expect(errors).toEqual([]);
    expect(formulas).toBeGreaterThan(0);
  });

  test('every NQP formula was computed by the engine through the adapter, and equals the direct result', () => {
    def.sheets.forEach((_, i) => {
      for (const [anchor, expected] of direct[i].results) {
        const [row, col] = anchor.split(',').map(Number);
        expect(NqpPlugin.calls.has(`${i},${row},${col}`)).toBe(true);
        expected.forEach((line, r) =>
          line.forEach((want, c) => {
            const got = valueAt(engine.engine, i, row + r, col + c);
            const where = `${def.sheets[i].name.en} ${anchor} (+${r},+${c})`;
            expect(want).not.toBeInstanceOf(ExcelError);
            if (typeof want === 'number') {
              if (typeof got !== 'number') throw new Error(`${where}: ${String(got)} instead of ${want}`);
              expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
            } else {
              expect([where, got]).toEqual([where, want === null ? null : want]);
            }
          }),
        );
      }
    });
  });

  test('no column (or row) of years is shown with decimals: years print as integers (2010, not 2010.000)', () => {
    const offenders: string[] = [];
    let yearLines = 0;
    def.sheets.forEach((sheetDef, i) => {
      const ws = wb.worksheets[i];
      const value = (r: number, c: number): unknown => valueAt(engine.engine, i, r, c);
      for (const b of sheetDef.blocks) {
        const area = blockArea(b);
        const lines: [number, number][][] = [
          ...Array.from({ length: area.cols }, (_, c) => Array.from({ length: area.rows }, (_, r): [number, number] => [area.top + r, area.left + c])),
          ...Array.from({ length: area.rows }, (_, r) => Array.from({ length: area.cols }, (_, c): [number, number] => [area.top + r, area.left + c])),
        ];
        for (const line of lines) {
          const numbers = line.filter(([r, c]) => typeof value(r, c) === 'number');
          if (numbers.length < 2 || !numbers.every(([r, c]) => isYear(value(r, c) as number))) continue;
          yearLines++;
          for (const [r, c] of numbers) {
            const format = ws.getCell(r + 1, c + 1).numFmt;
            if (showsDecimals(format, value(r, c) as number)) offenders.push(`${sheetDef.name.en}!${areaAddress({ top: r, left: c, rows: 1, cols: 1 })} ${String(value(r, c))} as "${format}"`);
          }
        }
      }
    });
    expect(offenders).toEqual([]);
    // The templates with years (TFP, structure, regional dynamics) have such lines; the check is not vacuous there.
    if (['tfp-productivity', 'structure-synergy', 'regional-dynamics'].includes(id)) expect(yearLines).toBeGreaterThan(0);
  });

  test('each spilling result fits the area the file reserves for it; only a list of data-dependent length is shorter', () => {
    def.sheets.forEach((sheetDef, i) => {
      for (const b of sheetDef.blocks.filter((x) => x.spill)) {
        const at = parseCell(b.at);
        const text = String(resolve(b.cells[0][0], lang));
        const call = /^=NQP\.([A-Z0-9_]+)\(/.exec(text);
        if (!call) continue;
        const size = direct[i].sizes.get(`${at.row},${at.col}`)!;
        expect(size.rows).toBeLessThanOrEqual(b.spill!.rows);
        expect(size.cols).toBeLessThanOrEqual(b.spill!.cols);
        // Excel 365 spills a dynamic array to its size; an Excel without dynamic arrays pads a shorter result with #N/A.
        if (size.rows !== b.spill!.rows || size.cols !== b.spill!.cols) expect(DATA_DEPENDENT_LENGTH).toContain(call[1]);
      }
    });
  });
});

describe('HyperFormula stays out of the add-in', () => {
  const ROOT = path.join(__dirname, '..', '..');
  const files = (d: string): string[] =>
    fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(d, e.name)) : [path.join(d, e.name)]));

  test('no file under src/ imports it', () => {
    const offenders = files(path.join(ROOT, 'src')).filter((f) => /hyperformula/i.test(fs.readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  test('it is a dev dependency only', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.devDependencies.hyperformula).toBeDefined();
    expect(pkg.dependencies?.hyperformula).toBeUndefined();
  });

  const dist = path.join(ROOT, 'dist');
  const bundles = fs.existsSync(dist) ? fs.readdirSync(dist).filter((f) => f.endsWith('.js')) : [];
  (bundles.length > 0 ? test : test.skip)('the built bundles (dist/*.js) do not contain it', () => {
    for (const f of bundles) expect([f, /hyperformula|handsontable/i.test(fs.readFileSync(path.join(dist, f), 'utf8'))]).toEqual([f, false]);
  });
});

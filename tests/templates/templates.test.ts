/**
 * Every template: inserted into a mock workbook (bounded syncs, unique names,
 * existing sheets untouched), its formulas checked against the registry and
 * its own layout, and its NQP formulas computed on its own sample data.
 */
import { ExcelError } from '../../src/excel/adapter';
import { specByName } from '../../src/registry';
import { loadDefinitions, templateById, templateInfo, templates } from '../../src/templates';
import { definitions } from '../../src/templates/definitions';
import { insertTemplate, unsupportedFeatures } from '../../src/templates/insert';
import {
  type Block,
  type Lang,
  type TemplateDef,
  areaAddress,
  blockArea,
  isFormula,
  isText,
  overlaps,
  parseArea,
  parseCell,
  rangeFrom,
  resolve,
} from '../../src/templates/model';
import { uniqueSheetName } from '../../src/templates/sheet-name';
import { areasOf, arityOk, errorsIn, evaluateSheet, insideAny, parseNqp, plainRefs } from './formulas';
import { install, mockWorkbook } from './mock-workbook';

const langs: Lang[] = ['en', 'zh'];
const cases = definitions.map((d) => [d.id, d] as [string, TemplateDef]);
const CJK = /[\u3400-\u9fff]/;

function allFormulas(def: TemplateDef): { sheet: number; block: Block; text: string; lang: Lang }[] {
  const out: { sheet: number; block: Block; text: string; lang: Lang }[] = [];
  def.sheets.forEach((s, i) =>
    s.blocks.forEach((b) =>
      b.cells.forEach((row) =>
        row.forEach((v) => {
          if (isFormula(v)) for (const lang of langs) out.push({ sheet: i, block: b, text: String(resolve(v, lang)), lang });
        }),
      ),
    ),
  );
  return out;
}

describe('the catalogue', () => {
  test('is what the definitions say, in their order (npm run docs writes it)', () => {
    expect(templates).toEqual(definitions.map(templateInfo));
  });

  test('the definitions load on demand, once', async () => {
    const first = loadDefinitions();
    expect(loadDefinitions()).toBe(first);
    expect(await first).toEqual(definitions);
    expect(await templateById('green-tfp')).toBe(definitions.find((d) => d.id === 'green-tfp'));
    expect(await templateById('no-such-template')).toBeUndefined();
  });

  test('ids are unique kebab-case and match the definitions', () => {
    const ids = templates.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(definitions.find((d) => d.id === id)).toBeDefined();
    }
  });

  test.each(cases)('%s lists exactly the registered functions its formulas use', (id, def) => {
    const info = templates.find((t) => t.id === id)!;
    const used = new Set(allFormulas(def).flatMap((f) => [...f.text.matchAll(/NQP\.([A-Z0-9_]+)/g)].map((m) => m[1])));
    expect(new Set(info.functions)).toEqual(used);
    for (const name of info.functions) expect(specByName.has(name)).toBe(true);
    expect(info.title.en && info.title.zh && info.description.en && info.description.zh).toBeTruthy();
  });
});

test('an unknown template id is refused before Excel is touched', async () => {
  const wb = mockWorkbook(['Sheet1']);
  install(wb);
  await expect(insertTemplate('no-such-template')).rejects.toThrow('no template "no-such-template"');
  expect(wb.syncs()).toBe(0);
});

describe('unique sheet names', () => {
  test('a free name is kept; a taken one gets (2), (3) … compared without case', () => {
    expect(uniqueSheetName('NQP Six aspects', ['Sheet1'])).toBe('NQP Six aspects');
    expect(uniqueSheetName('NQP Six aspects', ['nqp six ASPECTS'])).toBe('NQP Six aspects (2)');
    expect(uniqueSheetName('NQP Six aspects', ['NQP Six aspects', 'NQP Six aspects (2)'])).toBe('NQP Six aspects (3)');
  });

  test('names stay within 31 characters and drop characters Excel forbids', () => {
    const long = 'A very long template sheet name indeed';
    const name = uniqueSheetName(long, [long.slice(0, 31)]);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name.endsWith(' (2)')).toBe(true);
    expect(uniqueSheetName('a/b:c', [])).toBe('a b c');
  });

  test.each(cases)('%s: sheet names fit with a suffix', (_id, def) => {
    for (const s of def.sheets) for (const lang of langs) expect(s.name[lang].length).toBeLessThanOrEqual(27);
  });
});

describe.each(cases)('inserting %s', (id, def) => {
  test.each(langs)('in %s: new sheets, at most 4 syncs, first sheet activated', async (lang) => {
    const wb = mockWorkbook(['Sheet1']);
    install(wb);
    const name = await insertTemplate(id, lang);
    expect(wb.syncs()).toBeLessThanOrEqual(4);
    const added = wb.sheets.filter((s) => !s.existing);
    expect(added.map((s) => s.name)).toEqual(def.sheets.map((s) => s.name[lang]));
    expect(name).toBe(added[0].name);
    expect(added[0].activated).toBe(true);
    expect(wb.sheets[0].calls).toEqual([]);
  });

  test('an existing sheet of the same name is left untouched and the new one is suffixed', async () => {
    const taken = def.sheets.map((s) => s.name.en);
    const wb = mockWorkbook(['Sheet1', ...taken]);
    install(wb);
    const name = await insertTemplate(id);
    expect(name).toBe(`${taken[0]} (2)`);
    for (const s of wb.sheets.filter((x) => x.existing)) {
      expect(s.calls).toEqual([]);
      expect(s.ranges).toEqual([]);
      expect(s.activated).toBe(false);
    }
    expect(wb.sheets.filter((s) => !s.existing).map((s) => s.name)).toEqual(taken.map((n) => `${n} (2)`));
    expect(wb.syncs()).toBeLessThanOrEqual(4);
  });

  test('every block is written where the definition puts it, with formats, validation, tables and charts', async () => {
    const wb = mockWorkbook(['Sheet1']);
    install(wb);
    await insertTemplate(id, 'en');
    def.sheets.forEach((sheetDef, i) => {
      const sheet = wb.sheets.filter((s) => !s.existing)[i];
      for (const b of sheetDef.blocks) {
        const address = rangeFrom(b.at, b.cells.length, b.cells[0].length);
        const written = sheet.ranges.find((r) => r.address === address && (r.mock.values !== undefined || r.mock.formulas !== undefined));
        expect(written).toBeDefined();
        const contents = b.cells.map((row) => row.map((v) => resolve(v, 'en')));
        expect(written!.mock.formulas ?? written!.mock.values).toEqual(contents);
        if (b.validation) expect(written!.mock.dataValidation.rule).toBeDefined();
        if (b.numberFormat) {
          const whole = sheet.ranges.find((r) => r.address === areaAddress(blockArea(b)) && r.mock.numberFormat !== undefined);
          expect(whole?.mock.numberFormat[0][0]).toBe(b.numberFormat);
        }
        if (b.role === 'input') {
          const whole = sheet.ranges.find((r) => r.address === areaAddress(blockArea(b)) && r.mock.format.fill.color !== undefined);
          expect(whole?.mock.format.fill.color).toBe('#FFF2CC');
        }
      }
      expect(sheet.tables.map((x) => x.address)).toEqual(sheetDef.tables ?? []);
      expect(sheet.charts.map((c) => [c.type, c.source])).toEqual((sheetDef.charts ?? []).map((c) => [c.type, c.source]));
      for (const c of sheet.charts) {
        expect(typeof c.mock.title.text).toBe('string');
        expect(c.position).toBeDefined();
      }
      if (sheetDef.freezeRows) expect(sheet.frozenRows).toBe(sheetDef.freezeRows);
    });
  });

  test('an Excel without ExcelApi 1.7/1.8 still gets the template, without validation or frozen rows', async () => {
    const wb = mockWorkbook(['Sheet1'], '1.1');
    install(wb);
    await insertTemplate(id, 'zh');
    const added = wb.sheets.filter((s) => !s.existing);
    expect(added.length).toBe(def.sheets.length);
    for (const s of added) {
      expect(s.frozenRows).toBeUndefined();
      expect(s.ranges.every((r) => r.mock.dataValidation.rule === undefined)).toBe(true);
    }
    expect(unsupportedFeatures('en', { layout: false, names: false, freeze: false, validation: false }).length).toBe(4);
    expect(unsupportedFeatures('zh', { layout: true, names: true, freeze: true, validation: true })).toEqual([]);
  });
});

describe.each(cases)('the layout of %s', (_id, def) => {
  test('blocks and spill areas never overlap', () => {
    for (const sheet of def.sheets) {
      const areas = sheet.blocks.map((b) => ({ b, area: blockArea(b) }));
      for (let i = 0; i < areas.length; i++) {
        for (let j = i + 1; j < areas.length; j++) {
          const clash = overlaps(areas[i].area, areas[j].area);
          if (clash) throw new Error(`${areas[i].b.at} and ${areas[j].b.at} overlap on ${sheet.name.en}`);
        }
      }
    }
  });

  test('text-formatted blocks (codes) hold no formula, which Excel would show as text', () => {
    for (const sheet of def.sheets) {
      for (const b of sheet.blocks.filter((x) => x.numberFormat === '@')) {
        expect(b.cells.some((row) => row.some(isFormula))).toBe(false);
      }
    }
  });

  test('blocks are rectangular; only single-formula blocks spill', () => {
    for (const sheet of def.sheets) {
      for (const b of sheet.blocks) {
        expect(b.cells.length).toBeGreaterThan(0);
        for (const row of b.cells) expect(row.length).toBe(b.cells[0].length);
        if (b.spill) {
          expect(b.cells.length * b.cells[0].length).toBe(1);
          expect(isFormula(b.cells[0][0])).toBe(true);
        }
      }
    }
  });

  test('tables hold no spilling formula; charts read data the sheet has', () => {
    for (const sheet of def.sheets) {
      const spills = sheet.blocks.filter((b) => b.spill).map(blockArea);
      for (const t of sheet.tables ?? []) for (const s of spills) expect(overlaps(parseArea(t), s)).toBe(false);
      const all = areasOf(sheet, ['header', 'label', 'input', 'output']);
      for (const c of sheet.charts ?? []) {
        const src = parseArea(c.source);
        // The corner of a chart's source may be an empty cell; every other cell is part of a block.
        const cells: { top: number; left: number; rows: number; cols: number }[] = [];
        for (let r = 0; r < src.rows; r++) for (let k = 0; k < src.cols; k++) if (r > 0 || k > 0) cells.push({ top: src.top + r, left: src.left + k, rows: 1, cols: 1 });
        for (const one of cells) expect(insideAny(one, all)).toBe(true);
        expect(parseCell(c.from).row).toBeLessThan(parseCell(c.to).row);
      }
    }
  });

  test('all sheet text is in English and Chinese', () => {
    for (const sheet of def.sheets) {
      expect(CJK.test(sheet.name.zh)).toBe(true);
      for (const c of sheet.charts ?? []) expect(CJK.test(c.title.zh) && c.title.en.length > 0).toBe(true);
      for (const b of sheet.blocks) {
        for (const row of b.cells) {
          for (const v of row) {
            if (typeof v === 'string') {
              // A bare string is a language-neutral value (a code, a number as text): never words.
              expect(v).not.toMatch(/[a-z]{4,}/i);
            }
            if (isText(v)) {
              expect(v.en.trim().length).toBeGreaterThan(0);
              expect(v.zh.trim().length).toBeGreaterThan(0);
              if (['title', 'heading', 'text', 'note', 'source', 'header'].includes(b.role)) {
                expect(CJK.test(v.zh)).toBe(true);
              }
            }
          }
        }
        if (b.validation) expect(CJK.test(b.validation.message.zh) && b.validation.message.en.length > 0).toBe(true);
      }
    }
  });

  test('every formula is =NQP.NAME(...) of a registered function with a valid argument count, or plain Excel', () => {
    for (const f of allFormulas(def)) {
      expect(f.text.startsWith('=')).toBe(true);
      const call = parseNqp(f.text);
      if (call === null) continue;
      const spec = specByName.get(call.name);
      if (!spec) throw new Error(`${f.text}: NQP.${call.name} is not registered`);
      if (!arityOk(spec, call.args.length)) throw new Error(`${f.text}: ${call.args.length} arguments for NQP.${call.name}`);
      // Options given as literals are among the allowed ones.
      call.args.forEach((a, i) => {
        const p = spec.params[i];
        if (a.kind === 'string' && p.type === 'option') expect(p.options).toContain(a.value.toLowerCase());
        if (a.kind === 'empty') expect(p.optional).toBe(true);
      });
    }
  });

  test('NQP arguments refer to input blocks or computed outputs; plain formulas to cells the sheet fills', () => {
    for (const f of allFormulas(def)) {
      const sheet = def.sheets[f.sheet];
      const call = parseNqp(f.text);
      if (call) {
        const sources = areasOf(sheet, ['input', 'output', 'header', 'label']);
        const numeric = areasOf(sheet, ['input', 'output']);
        const spec = specByName.get(call.name)!;
        call.args.forEach((a, i) => {
          if (a.kind !== 'ref') return;
          const p = spec.params[i];
          const ok = p.type === 'number' || p.type === 'direction' ? insideAny(a.area, numeric) : insideAny(a.area, sources);
          if (!ok) throw new Error(`${f.text}: ${a.address} (${p.name}) is not inside an input or output block`);
        });
      } else {
        const sources = areasOf(sheet, ['input', 'output', 'header', 'label']);
        for (const r of plainRefs(f.text)) {
          if (!insideAny(parseArea(r.replace(/\$/g, '')), sources)) throw new Error(`${f.text}: ${r} points at an empty area`);
        }
      }
    }
  });

  test.each(langs)('in %s, every NQP formula computes on the sample data without an error', async (lang) => {
    for (const sheet of def.sheets) {
      const evaluation = await evaluateSheet(sheet, lang);
      expect(errorsIn(evaluation)).toEqual([]);
      expect(evaluation.results.size).toBeGreaterThan(0);
      for (const r of evaluation.results.values()) for (const row of r) for (const v of row) expect(v).not.toBeInstanceOf(ExcelError);
    }
  });
});

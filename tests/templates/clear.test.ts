/**
 * "Clear sample data" under office-addin-mock: the sample blocks of each
 * template are marked in its definition and named on insertion (within the
 * insertion's sync budget); clearing the active sheet empties exactly the
 * sample cells that still hold their sample value, keeps the analyst's own
 * entries, never touches a cell outside the sample names, finds the sample
 * after rows and columns were inserted, and takes at most three syncs.
 */
import { clearMessage, clearSampleInputs, type ClearOutcome, type ClearQuestion } from '../../src/templates/clear';
import { definitions } from '../../src/templates/definitions';
import { insertTemplate } from '../../src/templates/insert';
import { type Lang, type TemplateDef, blockArea, cell, isFormula, parseCell, rangeFrom, resolve } from '../../src/templates/model';
import { sampleBlockOf, sampleBlocks, sampleCells, sampleName } from '../../src/templates/sample';
import { type CellRecord, cellValue, insertColumns, insertRows, install, mockWorkbook, snapshot, typeInto } from './mock-workbook';

const illustrative = definitions.filter((d) => d.sample === 'illustrative').map((d) => [d.id, d] as [string, TemplateDef]);
const langs: Lang[] = ['en', 'zh'];

/** "row,col" keys of every cell of the sample blocks of one sheet of a template. */
function sampleKeys(def: TemplateDef, sheet: number): Set<string> {
  const out = new Set<string>();
  for (const { block } of sampleBlocks(def).filter((b) => b.sheet === sheet)) {
    const a = blockArea(block);
    for (let i = 0; i < a.rows; i++) for (let j = 0; j < a.cols; j++) out.add(`${a.top + i},${a.left + j}`);
  }
  return out;
}

/** How many sample cells of one sheet hold a value (empty sample cells have nothing to clear). */
function filledSampleCells(def: TemplateDef, sheet: number): number {
  return sampleBlocks(def)
    .filter((b) => b.sheet === sheet)
    .reduce((n, { block }) => n + block.cells.flat().filter((v) => v !== null).length, 0);
}

/** Cells that differ between two snapshots, by key. */
function changed(before: Map<string, CellRecord>, after: Map<string, CellRecord>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => JSON.stringify(before.get(k)) !== JSON.stringify(after.get(k))).sort();
}

/** Inserts a template into a workbook that holds Sheet1; returns the workbook and the added sheets. */
async function inserted(id: string, lang: Lang = 'en', sets = '1.8') {
  const wb = mockWorkbook(['Sheet1'], sets);
  install(wb);
  typeInto(wb.sheets[0], 'B5', 'my own data');
  await insertTemplate(id, lang);
  const added = wb.sheets.filter((s) => !s.existing);
  wb.resetSyncs();
  return { wb, added };
}

const key = (address: string): string => {
  const c = parseCell(address);
  return `${c.row},${c.col}`;
};

describe('the sample blocks of the definitions', () => {
  test.each(definitions.map((d) => [d.id, d] as [string, TemplateDef]))('%s: sample blocks only where the template has an illustrative sample, only on inputs', (_id, def) => {
    const blocks = sampleBlocks(def);
    if (def.sample === 'illustrative') expect(blocks.length).toBeGreaterThan(0);
    else expect(blocks).toEqual([]);
    for (const { block } of blocks) {
      expect(block.role).toBe('input');
      // Data, not formulas; and something to clear.
      expect(block.cells.flat().some(isFormula)).toBe(false);
      expect(block.cells.flat().some((v) => v !== null)).toBe(true);
    }
  });

  test('settings are not sample: weights, cut points, directions, parameters and choosers stay', () => {
    for (const def of definitions) {
      for (const sheet of def.sheets) {
        for (const block of sheet.blocks.filter((b) => b.role === 'input' && !b.sample)) {
          // Every unmarked input is a setting (one row or one column, beside or below the data), or empty by design.
          const empty = block.cells.flat().every((v) => v === null);
          const vector = block.cells.length === 1 || block.cells[0].length === 1;
          expect(empty || vector).toBe(true);
        }
      }
    }
  });

  test('names are valid Excel names and lead back to their block', () => {
    for (const def of definitions) {
      for (const { sheet, index, block } of sampleBlocks(def)) {
        const name = sampleName(def.id, sheet, index);
        expect(name).toMatch(/^NQP_SAMPLE_[A-Za-z0-9_]+$/);
        expect(sampleBlockOf(name, definitions)?.block).toBe(block);
        expect(sampleBlockOf(name.toLowerCase(), definitions)?.block).toBe(block);
      }
    }
    expect(sampleBlockOf('NQP_SAMPLE_no_such_template_0_1', definitions)).toBeUndefined();
    expect(sampleBlockOf('NQP_SAMPLE_six_aspects_0_0', definitions)).toBeUndefined(); // the title: not a sample block
    expect(sampleBlockOf('Revenue', definitions)).toBeUndefined();
  });
});

describe.each(illustrative)('%s', (id, def) => {
  test('insertion names every sample block on its sheet, within the sync budget', async () => {
    const wb = mockWorkbook(['Sheet1']);
    install(wb);
    await insertTemplate(id, 'zh');
    expect(wb.syncs()).toBeLessThanOrEqual(4);
    const added = wb.sheets.filter((s) => !s.existing);
    def.sheets.forEach((sheetDef, i) => {
      const expected = sampleBlocks(def)
        .filter((b) => b.sheet === i)
        .map(({ index, block }) => ({ name: sampleName(id, i, index), address: rangeFrom(block.at, block.cells.length, block.cells[0].length) }));
      expect(added[i].names.map(({ name, address }) => ({ name, address }))).toEqual(expected);
      expect(added[i].names.every((n) => /示例/.test(n.comment ?? ''))).toBe(true);
      expect(sheetDef.blocks.length).toBeGreaterThan(0);
    });
    expect(wb.sheets[0].names).toEqual([]);
  });

  test('an Excel without ExcelApi 1.4 gets the template without names, and clearing says what it needs', async () => {
    const { wb, added } = await inserted(id, 'en', '1.3');
    expect(added.every((s) => s.names.length === 0)).toBe(true);
    const before = snapshot(added[0]);
    const r = await clearSampleInputs('en');
    expect(r.outcome).toBe('unsupported');
    expect(r.cleared).toBe(0);
    expect(r.message).toContain('ExcelApi 1.4');
    expect(wb.syncs()).toBe(0);
    expect(changed(before, snapshot(added[0]))).toEqual([]);
  });

  test.each(langs)('inserted in %s: clearing each sheet empties exactly its sample cells, in at most 3 syncs', async (lang) => {
    const { wb, added } = await inserted(id, lang);
    const other = snapshot(wb.sheets[0]);
    for (let i = 0; i < added.length; i++) {
      wb.activate(added[i]);
      wb.resetSyncs();
      const before = snapshot(added[i]);
      const r = await clearSampleInputs(lang);
      expect(wb.syncs()).toBeLessThanOrEqual(3);
      const samples = sampleKeys(def, i);
      const expected = [...before.keys()].filter((k) => samples.has(k)).sort();
      expect(r.cleared).toBe(filledSampleCells(def, i));
      if (r.cleared === 0) {
        expect(r.outcome).toBe('no-sample');
        continue;
      }
      expect(r).toMatchObject({ outcome: 'cleared', kept: 0, sheet: added[i].name });
      expect(changed(before, snapshot(added[i]))).toEqual(expected);
      expect(expected.length).toBe(r.cleared);
      // Contents only: formats and data validation stay.
      expect(added[i].clears.every((c) => c.applyTo === 'Contents')).toBe(true);
      // A second click finds nothing left to clear and changes nothing.
      wb.resetSyncs();
      const again = await clearSampleInputs(lang);
      expect(again).toMatchObject({ outcome: 'all-replaced', cleared: 0 });
      expect(wb.syncs()).toBe(2);
    }
    expect(changed(other, snapshot(wb.sheets[0]))).toEqual([]);
  });
});

describe('clearing around the analyst’s own work', () => {
  test("the analyst's entries over the sample are kept, even a formula giving the sample value, and nothing outside the sample names is touched", async () => {
    const { wb, added } = await inserted('six-aspects', 'en');
    const sheet = added[0];
    const sampleNumber = cellValue(sheet, 'C6');
    typeInto(sheet, 'C5', 42.5); // a new number over a sample score
    typeInto(sheet, 'B6', 'Shanxi'); // a real unit over a fictional one
    typeInto(sheet, 'C6', sampleNumber, `=${String(sampleNumber)}`); // a formula that happens to give the sample value
    typeInto(sheet, 'Z40', 'Region A'); // a sample value outside the sample cells
    const before = snapshot(sheet);
    const weights = ['C16', 'H16'].map((a) => cellValue(sheet, a));
    const chooser = cellValue(sheet, 'C20');
    expect(weights).toEqual([1, 1]);
    expect(chooser).toBe('Region A');

    const r = await clearSampleInputs('en');
    expect(wb.syncs()).toBeLessThanOrEqual(3);
    const samples = sampleKeys(definitions.find((d) => d.id === 'six-aspects')!, 0);
    const mine = new Set([key('C5'), key('B6'), key('C6')]);
    const expected = [...before.keys()].filter((k) => samples.has(k) && !mine.has(k)).sort();
    expect(changed(before, snapshot(sheet))).toEqual(expected);
    expect(r).toMatchObject({ outcome: 'cleared', cleared: expected.length, kept: 3 });
    expect(r.message).toBe(`Cleared ${expected.length} cells of sample data on sheet “${sheet.name}”. 3 cells with your own entries were kept.`);
    expect([cellValue(sheet, 'C5'), cellValue(sheet, 'B6'), cellValue(sheet, 'C6'), cellValue(sheet, 'Z40')]).toEqual([42.5, 'Shanxi', sampleNumber, 'Region A']);
    // Settings stay: the weights and the unit chooser are inputs but not sample.
    expect(['C16', 'H16'].map((a) => cellValue(sheet, a))).toEqual(weights);
    expect(cellValue(sheet, 'C20')).toBe(chooser);
  });

  test('the sample is found and cleared after the analyst inserted rows and columns, above and inside it', async () => {
    const { wb, added } = await inserted('structure-synergy', 'en');
    const sheet = added[0];
    const def = definitions.find((d) => d.id === 'structure-synergy')!;
    const first = parseCell(sampleBlocks(def)[0].block.at).row;
    insertRows(sheet, 1, 2); // above everything: the names move down
    insertRows(sheet, first + 2 + 3, 1); // inside the sample: the names grow
    insertColumns(sheet, 4, 1); // a column inside the numbers block
    const row = first + 2 + 3 + 1; // the inserted row, 1-based
    typeInto(sheet, `B${row}`, 1999); // the analyst fills the new row
    typeInto(sheet, `C${row}`, 123.4);
    const names = sheet.names.map((n) => n.address);
    expect(names).not.toEqual(def.sheets[0].blocks.filter((b) => b.sample).map((b) => rangeFrom(b.at, b.cells.length, b.cells[0].length)));
    const before = snapshot(sheet);

    const r = await clearSampleInputs('en');
    expect(wb.syncs()).toBeLessThanOrEqual(3);
    expect(r).toMatchObject({ outcome: 'cleared', cleared: filledSampleCells(def, 0), kept: 2 });
    // Only cells that held sample values changed; the new row is the analyst's.
    const gone = changed(before, snapshot(sheet));
    expect(gone.length).toBe(r.cleared);
    expect(gone.every((k) => before.get(k) !== undefined)).toBe(true);
    expect([cellValue(sheet, `B${row}`), cellValue(sheet, `C${row}`)]).toEqual([1999, 123.4]);
  });

  test('a sheet inserted in Chinese is cleared with the pane in English (text samples in either language)', async () => {
    const { added } = await inserted('inclusiveness', 'zh');
    const def = definitions.find((d) => d.id === 'inclusiveness')!;
    expect(cellValue(added[0], 'B6')).toBe('地区 A');
    const r = await clearSampleInputs('en');
    expect(r.cleared).toBe(filledSampleCells(def, 0));
    expect(cellValue(added[0], 'B6')).toBe('');
    expect(cellValue(added[0], 'G6')).toBe('');
  });

  test('a sheet without sample names reports 0 and changes nothing, in one sync', async () => {
    const { wb } = await inserted('six-aspects', 'en');
    wb.activate(wb.sheets[0]);
    const before = snapshot(wb.sheets[0]);
    const r = await clearSampleInputs('zh');
    expect(r).toMatchObject({ outcome: 'no-sample', cleared: 0, sheet: 'Sheet1' });
    expect(r.message).toBe('活动工作表“Sheet1”中没有 NQP 示例数据：请先选中由模板插入的工作表。');
    expect(wb.syncs()).toBe(1);
    expect(changed(before, snapshot(wb.sheets[0]))).toEqual([]);
    expect(wb.sheets.every((s) => s.clears.length === 0)).toBe(true);
  });

  test('a sheet of the empty-by-design template has no sample to clear', async () => {
    const { wb, added } = await inserted('cae-26-industries', 'en');
    expect(added.every((s) => s.names.length === 0)).toBe(true);
    const before = snapshot(added[0]);
    const r = await clearSampleInputs('en');
    expect(r).toMatchObject({ outcome: 'no-sample', cleared: 0 });
    expect(wb.syncs()).toBe(1);
    expect(changed(before, snapshot(added[0]))).toEqual([]);
  });

  test('every sample cell replaced: 0, "all-replaced", two syncs, nothing changed', async () => {
    const { wb, added } = await inserted('four-bases-infrastructure', 'en');
    const sheet = added[0];
    const def = definitions.find((d) => d.id === 'four-bases-infrastructure')!;
    let n = 0;
    for (const { block } of sampleBlocks(def)) {
      const a = blockArea(block);
      for (let i = 0; i < a.rows; i++) for (let j = 0; j < a.cols; j++) typeInto(sheet, cell(a.top + i, a.left + j), `mine ${n++}`);
    }
    const before = snapshot(sheet);
    const r = await clearSampleInputs('en');
    expect(r).toMatchObject({ outcome: 'all-replaced', cleared: 0, kept: n });
    expect(wb.syncs()).toBe(2);
    expect(changed(before, snapshot(sheet))).toEqual([]);
  });

  test('the question gets the sheet and the count; "no" changes nothing', async () => {
    const { wb, added } = await inserted('openness-dependence', 'en');
    const def = definitions.find((d) => d.id === 'openness-dependence')!;
    const before = snapshot(added[0]);
    const asked: ClearQuestion[] = [];
    const r = await clearSampleInputs('en', async (q) => {
      asked.push(q);
      return false;
    });
    expect(asked).toEqual([{ sheet: added[0].name, cells: filledSampleCells(def, 0) }]);
    expect(r).toMatchObject({ outcome: 'cancelled', cleared: 0, message: 'Nothing was cleared.' });
    expect(wb.syncs()).toBe(2);
    expect(changed(before, snapshot(added[0]))).toEqual([]);
    const yes = await clearSampleInputs('en', async () => true);
    expect(yes.cleared).toBe(filledSampleCells(def, 0));
  });

  test('names whose cells were deleted (#REF!) and names of other versions are skipped', async () => {
    const { added } = await inserted('six-aspects', 'en');
    const sheet = added[0];
    sheet.names[0].address = undefined; // the unit names' rows deleted
    sheet.names.push({ name: 'NQP_SAMPLE_retired_template_0_3', address: 'Z1:Z3' });
    typeInto(sheet, 'Z1', 'Region A');
    const r = await clearSampleInputs('en');
    const def = definitions.find((d) => d.id === 'six-aspects')!;
    const numbers = sampleBlocks(def)[1].block;
    expect(r.cleared).toBe(numbers.cells.flat().length);
    expect(cellValue(sheet, 'B5')).toBe('Region A');
    expect(cellValue(sheet, 'Z1')).toBe('Region A');
  });
});

describe('matching sample cells', () => {
  const block = { at: 'B2', role: 'input' as const, sample: true as const, cells: [[{ en: 'Unit A', zh: '单位 A' }, 1], [{ en: 'Unit B', zh: '单位 B' }, 2], [null, 3]] };

  test('same shape: cell by cell, text in either language, never a formula, never an empty sample cell', () => {
    expect(sampleCells(block, [['单位 A', 1], ['Unit B', 5], ['x', 3]], [['单位 A', 1], ['Unit B', 5], ['x', '=1+2']])).toEqual([
      [true, true],
      [true, false],
      [false, false],
    ]);
  });

  test('a row inserted inside: cells match the sample rows they can have come from, each sample cell once', () => {
    const values = [['Unit A', 1], ['Unit A', 1], ['Unit B', 2], ['', 3]];
    expect(sampleCells(block, values)).toEqual([
      [true, true],
      [false, false],
      [true, true],
      [false, true],
    ]);
  });

  test('resolve and isSampleValue agree on what insertion wrote', () => {
    for (const def of definitions) {
      for (const { block: b } of sampleBlocks(def)) {
        for (const lang of langs) {
          const written = b.cells.map((row) => row.map((v) => (v === null ? '' : resolve(v, lang))));
          const marks = sampleCells(b, written);
          expect(marks.flat().filter(Boolean).length).toBe(b.cells.flat().filter((v) => v !== null).length);
        }
      }
    }
  });

  test('Chinese messages use full-width punctuation', () => {
    const outcomes: ClearOutcome[] = ['cleared', 'no-sample', 'all-replaced', 'cancelled', 'unsupported'];
    for (const o of outcomes) {
      const zh = clearMessage(o, 3, 2, 'Sheet1', 'zh');
      expect(zh).not.toMatch(/[,:;!?()]/);
      expect(clearMessage(o, 3, 2, 'Sheet1', 'en')).not.toMatch(/[\u3400-\u9fff]/);
    }
    expect(clearMessage('cleared', 1, 1, 'S', 'en')).toBe('Cleared 1 cell of sample data on sheet “S”. 1 cell with your own entries was kept.');
  });
});

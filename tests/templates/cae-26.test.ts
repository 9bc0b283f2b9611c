/**
 * The 26-industry template: the published status classes, no security class
 * prefilled anywhere, the source on the sheet, and the formulas computing on
 * the analyst's data (test data typed in here, never shipped).
 */
import * as fs from 'fs';
import * as path from 'path';
import { CAE_SECURITY_CLASSES, CAE_STATUS_CLASSES } from '../../src/data/cae-classes';
import { CAE_INDUSTRIES, cae26 } from '../../src/templates/definitions/cae-26';
import { type CellContent, isText, parseCell, resolve } from '../../src/templates/model';
import { type Value, cellKey, errorsIn, evaluateSheet } from './formulas';

const sheet = cae26.sheets[0];
const block = (at: string) => sheet.blocks.find((b) => b.at === at)!;

test('26 industries with the published status classes, 5 / 6 / 10 / 5', () => {
  const rows = block('B5').cells;
  expect(rows.length).toBe(26);
  expect(CAE_INDUSTRIES.length).toBe(26);
  for (const c of CAE_STATUS_CLASSES) {
    const inClass = rows.filter((r) => isText(r[2]) && r[2].en === c.en && r[2].zh === c.zh);
    expect(inClass.length).toBe(c.count);
  }
  expect(rows.map((r) => r[0])).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
});

test('the list matches the shared reference data when it is available', () => {
  const file = path.resolve(__dirname, '../../../shared/data/cae-26-industries.json');
  if (!fs.existsSync(file)) return;
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    status_classes: { id: string; industries: { en: string; zh: string }[] }[];
  };
  const expected = data.status_classes.flatMap((c) => c.industries.map((i) => ({ status: c.id, en: i.en, zh: i.zh })));
  expect(CAE_INDUSTRIES).toEqual(expected);
});

test('no security class is prefilled for any industry; the trade inputs are empty', () => {
  const labels = new Set(CAE_SECURITY_CLASSES.flatMap((c) => [c.en, c.zh]));
  for (const b of sheet.blocks) {
    const at = parseCell(b.at);
    b.cells.forEach((row) =>
      row.forEach((v: CellContent, c) => {
        if (!isText(v) || !(labels.has(v.en) || labels.has(v.zh))) return;
        // Security class names appear only as the row labels of the summary table (column K), never in the industry columns B–I.
        expect(b.at).toBe('K17');
        expect(at.col + c).toBeGreaterThan(parseCell('I1').col);
      }),
    );
  }
  expect(block('E5').role).toBe('input');
  expect(block('E5').cells.every((row) => row.every((v) => v === null))).toBe(true);
});

test('the published security counts are counts only, 6 / 10 / 2 / 8', () => {
  expect(block('L17').cells.map((r) => r[0])).toEqual(CAE_SECURITY_CLASSES.map((c) => c.count));
  expect(CAE_SECURITY_CLASSES.map((c) => c.count)).toEqual([6, 10, 2, 8]);
});

test('the source and the caveat are on the sheet in both languages', () => {
  const texts = sheet.blocks.flatMap((b) => b.cells.flat()).filter(isText);
  expect(texts.some((x) => /Zhou Ji/.test(x.en) && /21st Century Business Herald/.test(x.en) && /周济/.test(x.zh))).toBe(true);
  expect(texts.some((x) => /No security class is filled in/.test(x.en) && /未给任何行业预填安全等级/.test(x.zh))).toBe(true);
});

test('the benchmarks are the article\'s 40/60 and 60/40', () => {
  expect(block('K24').cells.map((r) => r[1])).toEqual([0.4, 0.6, 0.6, 0.4]);
});

test.each(['en', 'zh'] as const)('in %s, the analyst\'s data flow through DEPENDENCE_RATIO into SECURITY_LEVEL', async (lang) => {
  // Test data typed in by the test (not shipped): imports, output, exports per industry.
  const override = new Map<string, Value>();
  const trade: [number, number, number][] = CAE_INDUSTRIES.map((_, i) => [5 + 7 * i, 100, i % 3 === 0 ? 10 : 0]);
  trade.forEach(([m, q, x], i) => {
    override.set(cellKey(4 + i, 4), m);
    override.set(cellKey(4 + i, 5), q);
    override.set(cellKey(4 + i, 6), x);
  });
  const evaluation = await evaluateSheet(sheet, lang, override);
  expect(errorsIn(evaluation)).toEqual([]);
  const ratios = evaluation.results.get(cellKey(4, 7))!;
  const classes = evaluation.results.get(cellKey(4, 8))!;
  trade.forEach(([m, q, x], i) => {
    const d = m / (q + m - x);
    expect(ratios[i][0] as number).toBeCloseTo(d, 12);
    const band = d < 0.1 ? 0 : d < 0.3 ? 1 : d < 0.5 ? 2 : 3;
    expect(classes[i][0]).toBe(CAE_SECURITY_CLASSES[band][lang]);
  });
});

test('with the inputs empty, every result is blank rather than an error', async () => {
  const evaluation = await evaluateSheet(sheet, 'en');
  for (const result of evaluation.results.values()) {
    for (const row of result) for (const v of row) expect(v).toBe('');
  }
  expect(resolve(block('H5').cells[0][0], 'en')).toBe('=NQP.DEPENDENCE_RATIO(E5:E30,F5:F30,G5:G30)');
});

/** The ISIC completeness template: the 162 classes of B–E as text codes, and coverage computed from the marks. */
import { isicCompleteness } from '../../src/templates/definitions/isic-completeness';
import { cellKey, evaluateSheet } from './formulas';

const sheet = isicCompleteness.sheets[0];
const block = (at: string) => sheet.blocks.find((b) => b.at === at)!;

test('the checklist holds the 162 ISIC Rev.4 classes of sections B–E as text codes', () => {
  const codes = block('B5').cells.map((r) => r[0]);
  expect(codes.length).toBe(162);
  expect(codes.every((c) => typeof c === 'string' && /^\d{4}$/.test(c))).toBe(true);
  expect(codes[0]).toBe('0510');
  expect(block('B5').numberFormat).toBe('@');
});

test('marking every class gives full coverage; clearing one class lowers it', async () => {
  const all = await evaluateSheet(sheet, 'en', new Map(Array.from({ length: 162 }, (_, i) => [cellKey(4 + i, 3), 'x'])));
  for (let level = 0; level < 4; level++) expect(all.results.get(cellKey(5 + level, 8))![0][0]).toBe(1);
  const sample = await evaluateSheet(sheet, 'en');
  const classShare = sample.results.get(cellKey(8, 8))![0][0] as number;
  expect(classShare).toBeCloseTo(142 / 162, 12);
  const missingDivisions = sample.results.get(cellKey(12, 6))!;
  expect(missingDivisions.map((r) => r[0])).toEqual(['code', '09', '12', '39']);
});

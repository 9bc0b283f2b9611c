/**
 * The inclusiveness template: Gini and Theil results on the sample data equal
 * the core functions called directly, the Theil split adds up, and the sheet
 * has the inputs, validation and charts the aspect needs.
 */
import { gini } from '../../src/core/inclusiveness/gini';
import { theilIndex } from '../../src/core/inclusiveness/theil-index';
import { inclusiveness } from '../../src/templates/definitions/inclusiveness';
import { type Block, type Lang, isText, parseCell } from '../../src/templates/model';
import { cellKey, evaluateSheet } from './formulas';

const sheet = inclusiveness.sheets[0];
const at = (address: string): Block => {
  const b = sheet.blocks.find((x) => x.at === address);
  if (!b) throw new Error(`no block at ${address}`);
  return b;
};
const column = (address: string, index = 0): number[] => (at(address).cells as number[][]).map((r) => r[index]);
const labels = (address: string, lang: Lang): string[] => at(address).cells.map((r) => (isText(r[0]) ? r[0][lang] : String(r[0])));
const result = (e: Awaited<ReturnType<typeof evaluateSheet>>, address: string) => {
  const c = parseCell(address);
  const r = e.results.get(cellKey(c.row, c.col));
  if (!r) throw new Error(`no NQP result at ${address}`);
  return r;
};

test('illustrative sample of twelve regions in three groups and ten industries in two, inputs validated ≥ 0', () => {
  expect(inclusiveness.sample).toBe('illustrative');
  expect(column('C6').length).toBe(12);
  expect(new Set(labels('G6', 'en'))).toEqual(new Set(['East', 'Central', 'West']));
  expect(column('C33').length).toBe(10);
  expect(new Set(labels('F33', 'zh'))).toEqual(new Set(['数字密集型', '其他']));
  for (const a of ['C6', 'D6', 'C33']) expect(at(a).validation).toMatchObject({ kind: 'decimal', min: 0 });
  expect(sheet.charts?.map((c) => c.type)).toEqual(['ColumnClustered', 'BarClustered', 'ColumnClustered']);
});

test.each(['en', 'zh'] as Lang[])('in %s, GINI and THEIL_INDEX equal the core functions on the sample data', async (lang) => {
  const e = await evaluateSheet(sheet, lang);
  const income = column('C6');
  const population = column('D6');
  const wage = column('C33', 0);
  const employment = column('C33', 1);
  const before = column('C33', 2);

  expect(result(e, 'C20')[0][0]).toBeCloseTo(gini(income), 12);
  expect(result(e, 'C21')[0][0]).toBeCloseTo(gini(income, population), 12);
  expect(result(e, 'C22')[0][0]).toBeCloseTo(gini(income, null, true), 12);
  expect(result(e, 'C45')[0][0]).toBeCloseTo(gini(wage), 12);
  expect(result(e, 'C46')[0][0]).toBeCloseTo(gini(wage, employment), 12);
  expect(result(e, 'C47')[0][0]).toBeCloseTo(gini(wage, before), 12);

  for (const [anchor, values, groups] of [
    ['C26', income, labels('G6', lang)],
    ['C53', wage, labels('F33', lang)],
  ] as const) {
    const split = result(e, anchor);
    const direct = theilIndex(values, groups) as (string | number)[][];
    expect(split[0]).toEqual(['total', 'within-group', 'between-group']);
    split[1].forEach((v, i) => expect(v).toBeCloseTo(direct[1][i] as number, 12));
    const [total, within, between] = split[1] as number[];
    expect(within + between).toBeCloseTo(total, 12);
    expect(total).toBeCloseTo(theilIndex(values) as number, 12);
  }
});

test('the sample tells a story: weighting by population lowers the regional Gini; most of the regional gap is between groups', async () => {
  const e = await evaluateSheet(sheet, 'en');
  expect(result(e, 'C21')[0][0] as number).toBeLessThan(result(e, 'C20')[0][0] as number);
  const [total, , between] = result(e, 'C26')[1] as number[];
  expect(between / total).toBeGreaterThan(0.5);
});

/**
 * Slips named where they happen (issue #18): rates and shares typed as percentages are #VALUE! naming the
 * fraction to use; a DEA unit whose inputs or outputs are all 0 is #NUM! in its own cell only, left out of
 * the frontier, so that the other units are as in a run without it.
 */
import { ExcelError, invoke } from '../../../src/excel/adapter';
import { specByName } from '../../../src/registry';
import type { FunctionSpec } from '../../../src/registry/types';
import { DomainError, type Cell } from '../../../src/core/shared/errors';
import { capitalStock } from '../../../src/core/productivity/capital-stock';
import { deaDetails } from '../../../src/core/productivity/dea-details';
import { deaEfficiency } from '../../../src/core/productivity/dea-efficiency';
import { malmquist } from '../../../src/core/productivity/malmquist';
import { tfpGrowth } from '../../../src/core/productivity/tfp-growth';
import { tfpIndex } from '../../../src/core/productivity/tfp-index';
import { expectDomainError } from '../../helpers/domain-error';
import { settle } from '../../helpers/expect-cells';

const spec = (name: string): FunctionSpec => specByName.get(name)!;
const excelError = (v: unknown): ExcelError => {
  expect(v).toBeInstanceOf(ExcelError);
  return v as ExcelError;
};
const kindOf = (c: Cell) => (c instanceof DomainError ? c.kind : typeof c);

describe('CAPITAL_STOCK: rates typed as percentages', () => {
  it('a depreciation of 1 or more is #VALUE! naming the fraction; just below 1 computes; a negative one stays #NUM!', () => {
    expectDomainError(
      () => capitalStock([10, 11, 12], 9.6, 0.1),
      'value',
      /^requires depreciation to be a fraction below 1, not 9\.6: a percentage\? use 0\.096 \(or 9\.6%\)$/,
    );
    expectDomainError(() => capitalStock([10, 11, 12], 1, 0.1), 'value', /use 0\.01 \(or 1%\)/);
    const k = capitalStock([10, 11, 12], 0.999, 0.1);
    expect(k[0][0] as number).toBeCloseTo(10 / 1.099, 12);
    expect(k[1][0] as number).toBeCloseTo((10 / 1.099) * 0.001 + 11, 12);
    expectDomainError(() => capitalStock([10, 11, 12], -0.1, 0.1), 'num');
  });
  it('a growth of 1 or more (or −1 or less) is #VALUE! naming the fraction; just inside computes', () => {
    expectDomainError(
      () => capitalStock([10, 11, 12], 0.096, 10),
      'value',
      /^requires growth to be a fraction between −1 and 1, not 10: a percentage\? use 0\.1 \(or 10%\)$/,
    );
    expectDomainError(() => capitalStock([10, 11, 12], 0.096, -5), 'value', /use -0\.05 \(or -5%\)/);
    expect(capitalStock([10, 11, 12], 0.1, 0.99)[0][0] as number).toBeCloseTo(10 / 1.09, 12);
    // an implied growth rate is the data's own and is not checked
    expect(capitalStock([10, 30], 0.1, null)[0][0] as number).toBeCloseTo(10 / 2.1, 12);
  });
  it('through the adapter: #VALUE! with the message (no bare #NUM! from a bound)', () => {
    const r = invoke(spec('CAPITAL_STOCK'), [[[10], [11], [12]], 9.6, 0.1, null]) as unknown[][];
    const e = excelError(r[0][0]);
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toBe('NQP.CAPITAL_STOCK requires depreciation to be a fraction below 1, not 9.6: a percentage? use 0.096 (or 9.6%)');
  });
});

describe('TFP_GROWTH and TFP_INDEX: a capital share typed as a percentage', () => {
  const [y, k, l] = [[100, 108], [300, 330], [50, 51]];
  it('α above 1 is #VALUE! naming the item and the fraction; α just below 1 computes; α = 1 and α ≤ 0 stay #NUM!', () => {
    const message = /^requires capitalShare to be a share below 1, not 40 \(item 1\): a percentage\? use 0\.4 \(or 40%\)$/;
    expectDomainError(() => tfpGrowth(y, k, l, 40), 'value', message);
    expectDomainError(() => tfpIndex(y, k, l, 40), 'value', message);
    expectDomainError(() => tfpGrowth([100, 108, 115], [300, 330, 360], [50, 51, 51.5], [0.4, 35]), 'value', /not 35 \(item 2\).*use 0\.35/);
    const g = Math.log(108 / 100) - 0.99 * Math.log(330 / 300) - 0.01 * Math.log(51 / 50);
    expect(tfpGrowth(y, k, l, 0.99)[0][0] as number).toBeCloseTo(g, 12);
    expect(tfpIndex(y, k, l, 0.99)[1][0] as number).toBeCloseTo(Math.exp(g), 12);
    expectDomainError(() => tfpGrowth(y, k, l, 1), 'num');
    expectDomainError(() => tfpIndex(y, k, l, 1), 'num');
    expectDomainError(() => tfpGrowth(y, k, l, 0), 'num');
  });
  it('through the adapter: #VALUE! with the message', () => {
    for (const name of ['TFP_GROWTH', 'TFP_INDEX']) {
      const r = invoke(spec(name), [[[100], [108]], [[300], [330]], [[50], [51]], 40, null].slice(0, spec(name).params.length)) as unknown[][];
      const e = excelError(r[0][0]);
      expect(e.code).toBe('#VALUE!');
      expect(e.message).toBe(`NQP.${name} requires capitalShare to be a share below 1, not 40 (item 1): a percentage? use 0.4 (or 40%)`);
    }
  });
});

// DEAP example 1 (Coelli 1996): five firms, two inputs, one output; row 3 is replaced to make it degenerate.
const X = [[2, 5], [2, 4], [6, 6], [3, 2], [6, 2]];
const Y = [[1], [2], [3], [1], [2]];
const without = <T>(rows: T[], j: number): T[] => rows.filter((_, i) => i !== j);
const MODELS = [
  ['crs', 'input'],
  ['vrs', 'input'],
  ['vrs', 'output'],
  ['nirs', 'output'],
] as const;

describe('DEA_EFFICIENCY: a unit whose inputs or outputs are all 0', () => {
  const zeroInputs = X.map((r, i) => (i === 2 ? [0, 0] : r));
  const zeroOutputs = Y.map((r, i) => (i === 2 ? [0] : r));
  it.each(MODELS)('is #NUM! in its own cell only, the others as without it (%s, %s)', async (rts, orientation) => {
    const reference = await deaEfficiency(without(X, 2), without(Y, 2), rts, orientation);
    for (const [x, y, what] of [[zeroInputs, Y, 'inputs'], [X, zeroOutputs, 'outputs']] as const) {
      const out = await deaEfficiency(x, y, rts, orientation);
      expect(out.map(kindOf)).toEqual(['number', 'number', 'num', 'number', 'number']);
      expect((out[2] as DomainError).message).toBe(`row 3 has all ${what} 0: its efficiency is undefined, and it is left out of the frontier`);
      expect(without(out, 2)).toEqual(reference);
    }
  });
  it('with fewer than 2 units left to span a frontier, #N/A for the whole call', async () => {
    await expect(deaEfficiency([[0], [2], [3]], [[1], [0], [2]])).rejects.toMatchObject({ kind: 'na', message: expect.stringMatching(/at least 2 units/) });
  });
  it('through the adapter: #NUM! in that cell (its message kept for the pane), the others as without it', async () => {
    const r = await settle(invoke(spec('DEA_EFFICIENCY'), [zeroInputs, Y, null, null]));
    const ref = await settle(invoke(spec('DEA_EFFICIENCY'), [without(X, 2), without(Y, 2), null, null]));
    const e = excelError(r[2][0]);
    expect(e.code).toBe('#NUM!');
    expect(e.detail).toBe('NQP.DEA_EFFICIENCY: row 3 has all inputs 0: its efficiency is undefined, and it is left out of the frontier');
    expect(without(r, 2)).toEqual(ref);
  });
});

describe('DEA_DETAILS: a unit whose inputs are all 0', () => {
  const names = ['A', 'B', 'C', 'D', 'E'];
  it.each(MODELS)('keeps its row with #NUM! in every cell; the others, peers included, as without it (%s, %s)', async (rts, orientation) => {
    const x = X.map((r, i) => (i === 2 ? [0, 0] : r));
    const table = await deaDetails(x, Y, rts, orientation, names);
    const reference = await deaDetails(without(X, 2), without(Y, 2), rts, orientation, without(names, 2));
    expect(table).toHaveLength(6);
    expect(table[3][0]).toBe('C');
    expect(table[3].slice(1).map(kindOf)).toEqual(new Array(12).fill('num'));
    expect((table[3][1] as DomainError).message).toBe('"C" has all inputs 0: its efficiency is undefined, and it is left out of the frontier');
    expect(without(table, 3)).toEqual(reference);
    expect(table.some((row) => /\bC \d/.test(String(row[12])))).toBe(false);
  });
});

describe('MALMQUIST: a unit whose inputs are all 0 in one period', () => {
  // Three units over four periods; C's period-2 data is all-zero inputs, or (the reference) a point every
  // frontier ignores: more of both inputs and less output than unit A of that period.
  const names = ['A', 'B', 'C'];
  const periods = [2020, 2021, 2022, 2023];
  const x = [
    [[2, 3], [3, 2], [4, 4]],
    [[2, 2], [3, 2], [0, 0]],
    [[2, 2], [2, 2], [3, 4]],
    [[1, 2], [2, 2], [3, 3]],
  ];
  const y = [[[2], [2], [3]], [[3], [2], [1]], [[3], [3], [4]], [[3], [4], [4]]];
  const panel = (c2021: { x: number[]; y: number[] }) => {
    const rows = periods.flatMap((t, k) => names.map((u, j) => ({ u, t, x: k === 1 && j === 2 ? c2021.x : x[k][j], y: k === 1 && j === 2 ? c2021.y : y[k][j] })));
    return [rows.map((r) => r.u), rows.map((r) => r.t), rows.map((r) => r.x), rows.map((r) => r.y)] as const;
  };
  it.each(['input', 'output'])('is #NUM! in its pairs with that period only; everything else as if the point were not there (%s)', async (orientation) => {
    const table = await malmquist(...panel({ x: [0, 0], y: [1] }), orientation);
    const reference = await malmquist(...panel({ x: [50, 50], y: [0.5] }), orientation);
    expect(table).toHaveLength(1 + 3 * 3);
    const c = table.slice(1).filter((r) => r[0] === 'C');
    expect(c.map((r) => [r[1], r[2], ...r.slice(3).map(kindOf)])).toEqual([
      [2020, 2021, 'num', 'num', 'num', 'num', 'num'],
      [2021, 2022, 'num', 'num', 'num', 'num', 'num'],
      [2022, 2023, 'number', 'number', 'number', 'number', 'number'],
    ]);
    expect((c[0][3] as DomainError).message).toBe('unit "C" in period 2021 has all inputs 0: its efficiency is undefined, and it is left out of the frontier');
    table.forEach((row, i) => {
      if (i === 0 || (row[0] === 'C' && row[1] !== 2022)) return;
      row.forEach((v, j) => (typeof v === 'number' && j >= 3 ? expect(v).toBeCloseTo(reference[i][j] as number, 9) : expect(v).toEqual(reference[i][j])));
    });
  });
  it('with fewer than 2 units left in a period, #N/A for the whole call', async () => {
    const [u, t, xs, ys] = panel({ x: [0, 0], y: [1] });
    const two = u.map((name, i) => ({ name, t: t[i], x: xs[i], y: ys[i] })).filter((r) => r.name !== 'B');
    await expect(malmquist(two.map((r) => r.name), two.map((r) => r.t), two.map((r) => r.x), two.map((r) => r.y))).rejects.toMatchObject({
      kind: 'na',
      message: expect.stringMatching(/not 1 in period 2021/),
    });
  });
});

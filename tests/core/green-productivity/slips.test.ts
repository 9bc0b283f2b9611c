/**
 * Slips named where they happen (issue #18): a unit whose inputs or good outputs are all 0 is #NUM! in its
 * own cell (or row) only, and is left out of the frontier, so that the other units are as in a run without it.
 */
import { ExcelError, invoke } from '../../../src/excel/adapter';
import { specByName } from '../../../src/registry';
import { DomainError, type Cell } from '../../../src/core/shared/errors';
import { ddfEfficiency } from '../../../src/core/green-productivity/ddf-efficiency';
import { malmquistLuenberger } from '../../../src/core/green-productivity/malmquist-luenberger';
import { sbmDetails } from '../../../src/core/green-productivity/sbm-details';
import { sbmEfficiency } from '../../../src/core/green-productivity/sbm-efficiency';
import { deaSuperEfficiency } from '../../../src/core/green-productivity/super-efficiency';
import { settle } from '../../helpers/expect-cells';
import { crossSection, kindOf, longPanel } from './green-data';

const { x, y, b } = crossSection(7, 2, 2, 1, 20240518);
const without = <T>(rows: T[], j: number): T[] => rows.filter((_, i) => i !== j);
const at3 = <T>(rows: T[], v: T): T[] => rows.map((r, i) => (i === 2 ? v : r));
const zeroInputs = at3(x, [0, 0]);
const zeroOutputs = at3(y, [0, 0]);
const kinds = (out: Cell[]) => out.map(kindOf);
/** Numbers as they are; an error by its kind and its message with the row renumbered as in a run without row 3. */
const asWithout = (out: Cell[]) =>
  without(out, 2).map((c) =>
    c instanceof DomainError ? `${c.kind}: ${c.message.replace(/\brow (\d+)/g, (_m, r: string) => `row ${Number(r) > 3 ? Number(r) - 1 : r}`)}` : c,
  );
const plain = (out: Cell[]) => out.map((c) => (c instanceof DomainError ? `${c.kind}: ${c.message}` : c));
const message = (what: string) => `row 3 has all ${what} 0: its efficiency is undefined, and it is left out of the frontier`;

describe('DEA_SUPER_EFFICIENCY', () => {
  it.each([
    ['crs', 'input'],
    ['vrs', 'output'],
  ])('%s, %s: #NUM! in that cell only; the others as without it', async (rts, orientation) => {
    const reference = await deaSuperEfficiency(without(x, 2), without(y, 2), rts, orientation);
    for (const [xs, ys, what] of [[zeroInputs, y, 'inputs'], [x, zeroOutputs, 'outputs']] as const) {
      const out = await deaSuperEfficiency(xs, ys, rts, orientation);
      expect(kinds(out)[2]).toBe('num');
      expect((out[2] as DomainError).message).toBe(message(what));
      expect(asWithout(out)).toEqual(plain(reference));
    }
  });
});

describe('SBM_EFFICIENCY and SBM_DETAILS', () => {
  it.each([
    ['non', false],
    ['input', true],
    ['output', false],
  ] as const)('orientation %s, super %s: #NUM! in that unit only; the others as without it', async (orientation, superSbm) => {
    const reference = await sbmEfficiency(without(x, 2), without(y, 2), without(b, 2), 'vrs', orientation, superSbm);
    for (const [xs, ys, what] of [[zeroInputs, y, 'inputs'], [x, zeroOutputs, 'outputs']] as const) {
      const out = await sbmEfficiency(xs, ys, b, 'vrs', orientation, superSbm);
      expect(kinds(out)[2]).toBe('num');
      expect((out[2] as DomainError).message).toBe(message(what));
      expect(asWithout(out)).toEqual(plain(reference));
    }
  });
  it('SBM_DETAILS keeps the unit\'s row, its name then #NUM!; the others, peers included, as without it', async () => {
    const names = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
    const table = await sbmDetails(zeroInputs, y, b, 'crs', 'non', true, names);
    const reference = await sbmDetails(without(x, 2), without(y, 2), without(b, 2), 'crs', 'non', true, without(names, 2));
    expect(table[3][0]).toBe('C');
    expect(table[3].slice(1).map(kindOf)).toEqual(new Array(table[0].length - 1).fill('num'));
    expect((table[3][1] as DomainError).message).toBe('"C" has all inputs 0: its efficiency is undefined, and it is left out of the frontier');
    expect(without(table, 3)).toEqual(reference);
  });
});

describe('DDF_EFFICIENCY', () => {
  it.each([
    ['outputs', 'crs', 'weak'],
    ['all', 'vrs', 'strong'],
  ])('direction %s, %s, %s: #NUM! in that cell only; the others as without it', async (direction, rts, disposability) => {
    const reference = await ddfEfficiency(without(x, 2), without(y, 2), without(b, 2), direction, rts, disposability);
    for (const [xs, ys, what] of [[zeroInputs, y, 'inputs'], [x, zeroOutputs, 'outputs']] as const) {
      const out = await ddfEfficiency(xs, ys, b, direction, rts, disposability);
      expect(kinds(out)[2]).toBe('num');
      expect((out[2] as DomainError).message).toBe(message(what));
      expect(asWithout(out)).toEqual(plain(reference));
    }
  });
  it('through the adapter: #NUM! in that cell, its message kept for the pane', async () => {
    const r = await settle(invoke(specByName.get('DDF_EFFICIENCY')!, [zeroInputs, y, b, null, null, null]));
    const e = r[2][0] as ExcelError;
    expect(e).toBeInstanceOf(ExcelError);
    expect(e.code).toBe('#NUM!');
    expect(e.detail).toBe(`NQP.DDF_EFFICIENCY: ${message('inputs')}`);
    expect(without(r, 2)).toEqual(await settle(invoke(specByName.get('DDF_EFFICIENCY')!, [without(x, 2), without(y, 2), without(b, 2), null, null, null])));
  });
});

describe('MALMQUIST_LUENBERGER: a unit whose inputs are all 0 in one period', () => {
  // Four units over four periods; U2's 2016 row is all-zero inputs, or (the reference) a point inside every
  // frontier: 50 times unit U1's inputs and bad outputs with a hundredth of its good output.
  const base = longPanel(4, 4, 99);
  const r2016 = base.units.findIndex((u, i) => u[0] === 'U2' && base.periods[i][0] === 2016);
  const r1 = base.units.findIndex((u, i) => u[0] === 'U1' && base.periods[i][0] === 2016);
  const panel = (x2: number[], y2: number[], b2: number[]) =>
    [base.units, base.periods, at(base.inputs, x2), at(base.outputs, y2), at(base.undesirable, b2)] as const;
  const at = (rows: number[][], v: number[]) => rows.map((r, i) => (i === r2016 ? v : r));
  const degenerate = panel([0, 0, 0], base.outputs[r2016], base.undesirable[r2016]);
  const inside = panel(base.inputs[r1].map((v) => 50 * v), base.outputs[r1].map((v) => v / 100), base.undesirable[r1].map((v) => 50 * v));
  it.each([
    ['contemporaneous', 'ddf', 'strong'],
    ['global', 'ddf', 'strong'],
    ['contemporaneous', 'sbm', 'weak'],
    ['global', 'sbm', 'weak'],
  ])('%s %s (%s): #NUM! in its pairs with that period only; the rest as if the point were not there', async (frontier, model, disposability) => {
    const table = await malmquistLuenberger(...degenerate, frontier, model, 'crs', disposability);
    const reference = await malmquistLuenberger(...inside, frontier, model, 'crs', disposability);
    const u2 = table.filter((r) => r[0] === 'U2');
    expect(u2.map((r) => [r[1], r[2], ...r.slice(3).map(kindOf)])).toEqual([
      [2015, 2016, 'num', 'num', 'num'],
      [2016, 2017, 'num', 'num', 'num'],
      [2017, 2018, ...reference.filter((r) => r[0] === 'U2')[2].slice(3).map(kindOf)],
    ]);
    expect((u2[0][3] as DomainError).message).toBe('unit "U2" in period 2016 has all inputs 0: its efficiency is undefined, and it is left out of the frontier');
    table.forEach((row, i) => {
      if (row[0] === 'U2' && row[1] !== 2017) return;
      row.forEach((v, j) => (typeof v === 'number' && j >= 3 ? expect(v).toBeCloseTo(reference[i][j] as number, 8) : expect(kindOf(v as Cell)).toEqual(kindOf(reference[i][j]))));
    });
  });
  it('under weak disposability, the unit\'s cells only', async () => {
    const table = await malmquistLuenberger(...degenerate, 'contemporaneous', 'ddf', 'crs', 'weak');
    const cells = table.slice(1).map((r) => (r[0] === 'U2' && r[1] !== 2017 ? 'degenerate' : r.slice(3).some((c) => kindOf(c) === 'num') ? 'num' : 'other'));
    expect(cells.filter((c) => c === 'degenerate')).toHaveLength(2);
    expect(cells.filter((c) => c === 'num')).toHaveLength(0);
  });
});

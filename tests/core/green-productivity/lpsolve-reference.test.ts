/**
 * Every function of the green family against an independent implementation:
 * tests/fixtures/green/lpsolve-reference.json, written by
 * tests/fixtures/green/lpsolve-reference.R (R 4.2.2, lpSolve 5.6.18: another
 * solver, each model written out as an explicit LP, not the add-in's code) and
 * cross-checked by tests/fixtures/green/scipy-crosscheck.py (scipy's HiGHS on
 * the unscaled data) to 1e-11. The data (12 units with 3 inputs, GDP and two
 * emissions; a panel of 8 units × 4 years) were made to reach the edge cases:
 * infeasible VRS super-efficiency, units where weak and strong disposability
 * differ, negative and infeasible mixed-period distances.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Cell } from '../../../src/core/shared/errors';
import { deaSuperEfficiency } from '../../../src/core/green-productivity/super-efficiency';
import { sbmEfficiency } from '../../../src/core/green-productivity/sbm-efficiency';
import { sbmDetails } from '../../../src/core/green-productivity/sbm-details';
import { ddfEfficiency } from '../../../src/core/green-productivity/ddf-efficiency';
import { malmquistLuenberger } from '../../../src/core/green-productivity/malmquist-luenberger';
import { kindOf, num } from './green-data';

interface Reference {
  datasets: {
    cross: { inputs: number[][]; outputs: number[][]; undesirable: number[][] };
    panel: { units: string[]; periods: number[]; inputs: number[][]; outputs: number[][]; undesirable: number[][] };
  };
  cases: { id: string; function: string; dataset: string; args: Record<string, string | boolean>; expected: unknown }[];
}

const reference = JSON.parse(readFileSync(join(__dirname, '../../fixtures/green/lpsolve-reference.json'), 'utf8')) as Reference;
const { cross, panel } = reference.datasets;
const casesOf = (fn: string) => reference.cases.filter((c) => c.function === fn).map((c) => [c.id, c] as const);
const TOLERANCE = 1e-8;

/** A relative comparison for the large super-SBM scores, absolute below 1. */
function expectClose(actual: Cell, expected: number | null, what: string): void {
  if (expected === null) {
    expect({ what, kind: kindOf(actual) }).toEqual({ what, kind: 'na' });
    return;
  }
  const v = num(actual);
  expect({ what, close: Math.abs(v - expected) <= TOLERANCE * Math.max(1, Math.abs(expected)) }).toEqual({ what, close: true });
}

describe('DEA_SUPER_EFFICIENCY agrees with the lpSolve reference', () => {
  it.each(casesOf('DEA_SUPER_EFFICIENCY'))('%s', async (_id, c) => {
    const out = await deaSuperEfficiency(cross.inputs, cross.outputs, c.args.rts, c.args.orientation);
    (c.expected as (number | null)[]).forEach((e, j) => expectClose(out[j], e, `unit ${j + 1}`));
  });
});

describe('SBM_EFFICIENCY agrees with the lpSolve reference', () => {
  it.each(casesOf('SBM_EFFICIENCY'))('%s', async (_id, c) => {
    const out = await sbmEfficiency(cross.inputs, cross.outputs, c.args.undesirable ? cross.undesirable : null, c.args.rts, c.args.orientation, c.args.super);
    (c.expected as (number | null)[]).forEach((e, j) => expectClose(out[j], e, `unit ${j + 1}`));
  });
});

describe('SBM_DETAILS gives the reference slacks where they are unique, and targets that follow from them', () => {
  it.each(casesOf('SBM_SLACKS'))('%s', async (_id, c) => {
    const e = c.expected as { rho: number[]; slack_x: (number[] | null)[]; slack_y: (number[] | null)[]; slack_b: (number[] | null)[] };
    const table = await sbmDetails(cross.inputs, cross.outputs, cross.undesirable, c.args.rts);
    const [m, s, k] = [3, 1, 2];
    table.slice(1).forEach((row, j) => {
      expectClose(row[1], e.rho[j], `ρ of unit ${j + 1}`);
      const slacks = row.slice(2, 2 + m + s + k).map(num);
      const unique = [e.slack_x[j], e.slack_y[j], e.slack_b[j]];
      [0, m, m + s].forEach((start, g) => {
        const ref = unique[g];
        if (ref !== null) ref.forEach((v, i) => expectClose(slacks[start + i], v, `slack ${g} ${i} of unit ${j + 1}`));
      });
      // Targets: x − s⁻, y + sᵍ, b − sᵇ.
      const own = [...cross.inputs[j], ...cross.outputs[j], ...cross.undesirable[j]];
      const targets = row.slice(2 + m + s + k, 2 + 2 * (m + s + k)).map(num);
      own.forEach((v, i) => expect(targets[i]).toBeCloseTo(v + (i >= m && i < m + s ? 1 : -1) * slacks[i], 9));
    });
  });
});

describe('DDF_EFFICIENCY agrees with the lpSolve reference', () => {
  it.each(casesOf('DDF_EFFICIENCY'))('%s', async (_id, c) => {
    const out = await ddfEfficiency(cross.inputs, cross.outputs, cross.undesirable, c.args.direction, c.args.rts, c.args.disposability);
    (c.expected as (number | null)[]).forEach((e, j) => expectClose(out[j], e, `unit ${j + 1}`));
  });
});

describe('MALMQUIST_LUENBERGER agrees with the lpSolve reference', () => {
  const col = <T>(v: T[]) => v.map((x) => [x]);
  it.each(casesOf('MALMQUIST_LUENBERGER'))('%s', async (_id, c) => {
    const table = await malmquistLuenberger(
      col(panel.units),
      col(panel.periods),
      panel.inputs,
      panel.outputs,
      panel.undesirable,
      c.args.frontier,
      c.args.model,
      c.args.rts,
      c.args.disposability ?? null,
    );
    const expected = c.expected as (string | number | null)[][];
    expect(table[0]).toEqual(['unit', 'from', 'to', 'ML', 'EC', 'TC']);
    expect(table.length - 1).toBe(expected.length);
    expected.forEach((row, r) => {
      expect(table[r + 1].slice(0, 3)).toEqual(row.slice(0, 3));
      for (let k = 3; k < 6; k++) expectClose(table[r + 1][k], row[k] as number | null, `${row.slice(0, 3).join(' ')} ${table[0][k]}`);
    });
  });
});

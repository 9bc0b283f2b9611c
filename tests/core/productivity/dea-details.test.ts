/**
 * DEA_DETAILS. Reference values: Coelli (1996) DEAP 2.1 guide, example 1, via
 * tests/fixtures/vectors/dea_ccr_bcc.json (TE, input slacks, input targets and
 * peers with their weights), and the analytic cases of that file.
 */
import { deaDetails, deaDetailsHeader, formatWeight, returnsToScale } from '../../../src/core/productivity/dea-details';
import { DomainError } from '../../../src/core/shared/errors';
import { deaCase } from '../../helpers/dea-fixture';

const byId = deaCase;
const close = (a: unknown, b: number, tol: number) => {
  expect(typeof a).toBe('number');
  expect(Math.abs((a as number) - b)).toBeLessThanOrEqual(tol);
};

/** "B 0.50; E 0.29" → { B: 0.5, E: 0.29 } */
const parsePeers = (s: string): Record<string, number> =>
  Object.fromEntries(s.split('; ').map((p) => [p.split(' ')[0], Number(p.split(' ')[1])]));

describe('DEAP example 1 (Coelli 1996), CRS input orientation', () => {
  const c = byId('deap_eg1_ccr_input');
  const x = c.inputs.inputs_x as number[][];
  const y = c.inputs.outputs_y as number[][];
  const tol = c.tolerance.abs;
  let table: unknown[][] = [];
  beforeAll(async () => {
    table = await deaDetails(x, y, 'crs', 'input', null);
  });

  it('has the header row and one row per unit', () => {
    expect(table[0]).toEqual(deaDetailsHeader(2, 1));
    expect(table).toHaveLength(6);
    expect(table.slice(1).map((r) => r[0])).toEqual([1, 2, 3, 4, 5]);
  });
  it('reproduces the published efficiencies', () => {
    c.expected.te.forEach((te, i) => {
      close(table[i + 1][1], te, tol);
      close(table[i + 1][2], te, tol);
    });
  });
  it('reproduces the published input slacks (firm 1: 0.5 in input 2, weakly efficient projection)', () => {
    c.expected.input_slacks.forEach((s, i) => s.forEach((v, k) => close(table[i + 1][6 + k], v, tol)));
    table.slice(1).forEach((r) => close(r[8], 0, 1e-9)); // output slack
  });
  it('reproduces the published input targets, and outputs are not changed', () => {
    c.expected.input_targets.forEach((t, i) => t.forEach((v, k) => close(table[i + 1][9 + k], v, tol)));
    y.forEach((v, i) => close(table[i + 1][11], v[0], 1e-9));
  });
  it('reproduces the published peers and their weights', () => {
    const peers = c.expected.peers as Record<string, Record<string, number>>;
    for (const [firm, want] of Object.entries(peers)) {
      const got = parsePeers(table[Number(firm)][12] as string);
      expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
      for (const [peer, w] of Object.entries(want)) expect(Math.abs(got[peer] - w)).toBeLessThanOrEqual(0.005);
    }
  });
  it('scale efficiency = CRS/VRS, with returns to scale from the NIRS test', () => {
    expect(table.slice(1).map((r) => r[3])).toEqual([1, 1, 1, 1, 1]);
    table.slice(1).forEach((r) => close(r[4], (r[2] as number) / (r[3] as number), 1e-12));
    expect(table.slice(1).map((r) => r[5])).toEqual(['irs', 'crs', 'drs', 'irs', 'crs']);
  });
  it('uses names in the unit and peers columns', async () => {
    const named = await deaDetails(x, y, 'crs', 'input', ['A', 'B', 'C', 'D', 'E']);
    expect(named[1][0]).toBe('A');
    expect(named[4][12]).toBe('B 0.21; E 0.29');
    expect(named[3][12]).toBe('B 1.00; E 0.50');
  });
  it('targets equal Σλ x and Σλ y of the peers', () => {
    table.slice(1).forEach((r) => {
      const peers = parsePeers(r[12] as string);
      // weights are rounded to 2 decimals in the text, so compare loosely
      const tx = [0, 1].map((k) => Object.entries(peers).reduce((s, [j, w]) => s + w * x[Number(j) - 1][k], 0));
      tx.forEach((v, k) => expect(Math.abs(v - (r[9 + k] as number))).toBeLessThan(0.05));
    });
  });
});

describe('analytic cases', () => {
  it('CST layout: unit F (10, 1) is radially efficient but has slack 2 in input 1 against C (8, 1)', async () => {
    const c = byId('two_input_unit_output_weak_efficiency');
    const t = await deaDetails(c.inputs.x as number[][], (c.inputs.y as number[]).map((v) => [v]), 'crs', 'input', 'ABCDEF'.split(''));
    c.expected.theta.forEach((th, i) => close(t[i + 1][1], th, 1e-6));
    const f = t[6];
    expect(f[1]).toBe(1);
    close(f[6], 2, 1e-9);
    close(f[7], 0, 1e-9);
    expect(f[12]).toBe('C 1.00');
    expect(t[1][12]).toBe('D 0.71; E 0.29');
  });
  it('output orientation: targets are x − s⁻ and φy + s⁺', async () => {
    const x = [[2], [4], [6]];
    const y = [[1], [4], [3]];
    const t = await deaDetails(x, y, 'crs', 'output', null);
    // best ratio 1 (unit 2); unit 3 (6, 3): φ = 2, target output 6 with λ_2 = 1.5
    close(t[3][1], 0.5, 1e-9);
    close(t[3][5 + 1 + 1 + 1 + 1], 6, 1e-9); // target output 1
    close(t[3][5 + 1 + 1 + 1], 6, 1e-9); // target input 1
    expect(t[3][10]).toBe('2 1.50');
  });
  it('VRS details use VRS slacks and peers', async () => {
    const x = [
      [2, 5],
      [2, 4],
      [6, 6],
      [3, 2],
      [6, 2],
    ];
    const y = [[1], [2], [3], [1], [2]];
    const t = await deaDetails(x, y, 'vrs', 'input', null);
    // firm 1 is VRS efficient radially but firm 2 uses 1 less of input 2 and makes 1 more
    expect(t[1][1]).toBe(1);
    close(t[1][7], 1, 1e-9);
    close(t[1][8], 1, 1e-9);
    expect(t[1][12]).toBe('2 1.00');
  });
});

describe('helpers', () => {
  it('returns to scale: crs when SE = 1, drs when NIRS = VRS, else irs', () => {
    expect(returnsToScale(0.8, 0.8, 0.8)).toBe('crs');
    expect(returnsToScale(0.8, 0.9, 0.9)).toBe('drs');
    expect(returnsToScale(0.8, 0.9, 0.8)).toBe('irs');
  });
  it('formats peer weights like "0.50", small ones with two significant digits', () => {
    expect(formatWeight(0.5)).toBe('0.50');
    expect(formatWeight(0.2857)).toBe('0.29');
    expect(formatWeight(0.0031)).toBe('0.0031');
    expect(formatWeight(12.5)).toBe('12.50');
  });
});

describe('errors', () => {
  it('#VALUE! when names do not match the units', async () => {
    await expect(deaDetails([[1], [2]], [[1], [1]], 'crs', 'input', ['A'])).rejects.toThrow(/2 units but 1 names/);
  });
  it('#N/A when a unit without a positive input leaves a single unit to span the frontier', async () => {
    await expect(deaDetails([[0], [2]], [[1], [1]])).rejects.toMatchObject({ kind: 'na' });
  });
  it('#N/A for a single unit', async () => {
    await expect(deaDetails([[1]], [[1]])).rejects.toBeInstanceOf(DomainError);
  });
});

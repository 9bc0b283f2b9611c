/**
 * SBM_DETAILS: Tone's example (slacks unique there), and on seeded data two
 * checks that do not trust the LP's objective: ρ recomputed from the reported
 * slacks by Tone's formula, and the targets equal to the λ-combination of the
 * peers' data (for SBM units x − s⁻ = Σλx, y + sᵍ = Σλy, b − sᵇ = Σλb; for
 * super-SBM units the super model's constraints hold at x + s⁻, y − s⁺, b + sᵇ).
 */
import { sbmDetails } from '../../../src/core/green-productivity/sbm-details';
import { solveSbm } from '../../../src/core/green-productivity/sbm-efficiency';
import { crossSection, kindOf, num, vectorCase } from './green-data';

const tone = vectorCase('tone2001_sbm');

describe('SBM_DETAILS', () => {
  it('Tone (2001), CRS: header, slacks, λ of A and peers by name', async () => {
    const names = [['A'], ['B'], ['C'], ['D'], ['E']];
    const table = await sbmDetails(tone.inputs.X, tone.inputs.Y, null, null, null, null, names);
    expect(table[0]).toEqual(['name', 'efficiency', 'slack x1', 'slack x2', 'slack y1', 'slack y2', 'target x1', 'target x2', 'target y1', 'target y2', 'peers']);
    const sx = tone.expected.slack_input_crs as number[][];
    const sy = tone.expected.slack_output_crs as number[][];
    table.slice(1).forEach((row, j) => {
      expect(row[0]).toBe(names[j][0]);
      [...sx[j], ...sy[j]].forEach((v, c) => expect(num(row[2 + c])).toBeCloseTo(v, 8));
    });
    // λ of A: C 0.357…, E 0.571… (two decimals in the peers column).
    expect(table[1][10]).toBe('C 0.36; E 0.57');
  });

  it('adds b columns with bad outputs, and shows a failed unit\'s error across its row', async () => {
    const table = await sbmDetails([[1], [2], [3]], [[1], [2], [1]], [[1], [0], [2]]);
    expect(table[0]).toEqual(['name', 'efficiency', 'slack x1', 'slack y1', 'slack b1', 'target x1', 'target y1', 'target b1', 'peers']);
    expect(table[2].map(kindOf)).toEqual(['number', ...new Array(8).fill('num')]);
    expect(table[2][0]).toBe(2);
  });
});

describe('SBM slacks and λ are consistent with ρ and the targets (30 seeded units, bads, super)', () => {
  const data = crossSection(30, 3, 2, 2, 9);
  const [m, s, k] = [3, 2, 2];
  it.each([
    ['crs', 'non'],
    ['vrs', 'non'],
    ['crs', 'input'],
    ['vrs', 'output'],
  ] as const)('%s %s', async (rts, orientation) => {
    const units = await solveSbm(data, { rts, orientation, superSbm: true }, (o) => `row ${o + 1}`);
    let supers = 0;
    units.forEach((u, o) => {
      if (!('rho' in u)) return;
      const [x, y, b] = [data.x[o], data.y[o], data.b[o]];
      const sx = u.slacks.slice(0, m);
      const sy = u.slacks.slice(m, m + s);
      const sb = u.slacks.slice(m + s);
      const mean = (v: number[], w: number[]) => v.reduce((a, vi, i) => a + vi / w[i], 0) / v.length;
      const outs = (sy.reduce((a, v, r) => a + v / y[r], 0) + sb.reduce((a, v, q) => a + v / b[q], 0)) / (s + k);
      const combo = (rows: number[][], c: number) => u.lambda.reduce((a, l, j) => a + l * rows[j][c], 0);
      if (!u.super) {
        const rho = orientation === 'non' ? (1 - mean(sx, x)) / (1 + outs) : orientation === 'input' ? 1 - mean(sx, x) : 1 / (1 + outs);
        expect(u.rho).toBeCloseTo(rho, 8);
        x.forEach((v, i) => expect(v - sx[i]).toBeCloseTo(combo(data.x, i), 8));
        y.forEach((v, r) => expect(v + sy[r]).toBeCloseTo(combo(data.y, r), 8));
        b.forEach((v, q) => expect(v - sb[q]).toBeCloseTo(combo(data.b, q), 8));
      } else {
        supers++;
        expect(u.lambda[o]).toBe(0);
        const rho = orientation === 'output' ? 1 / (1 - outs) : (1 + mean(sx, x)) / (orientation === 'input' ? 1 : 1 - outs);
        expect(u.rho).toBeCloseTo(rho, 8);
        x.forEach((v, i) => expect(combo(data.x, i)).toBeLessThanOrEqual(v + sx[i] + 1e-8));
        y.forEach((v, r) => expect(combo(data.y, r)).toBeGreaterThanOrEqual(v - sy[r] - 1e-8));
        b.forEach((v, q) => expect(combo(data.b, q)).toBeLessThanOrEqual(v + sb[q] + 1e-8));
      }
    });
    expect(supers).toBeGreaterThan(0);
  });
});

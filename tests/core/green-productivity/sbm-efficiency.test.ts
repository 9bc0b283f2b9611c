/**
 * SBM_EFFICIENCY: Tone's published example (through the shared vectors, deaR
 * and an independent HiGHS LP agree there), super-SBM by hand, and the
 * model's known relations checked on seeded data: SBM ρ never exceeds the
 * radial CCR score of the same unit (Tone 2001, Theorem 3), the non-oriented ρ
 * never exceeds the input- or output-oriented one, and `super` changes only
 * the efficient units, lifting them to ≥ 1.
 */
import { sbmEfficiency } from '../../../src/core/green-productivity/sbm-efficiency';
import { deaEfficiency } from '../../../src/core/productivity/dea-efficiency';
import { crossSection, kindOf, num, vectorCase } from './green-data';

const tone = vectorCase('tone2001_sbm');
const X = tone.inputs.X as number[][];
const Y = tone.inputs.Y as number[][];

describe('SBM_EFFICIENCY on Tone (2001)', () => {
  it('reproduces ρ under CRS and VRS', async () => {
    const crs = (await sbmEfficiency(X, Y)).map(num);
    const vrs = (await sbmEfficiency(X, Y, null, 'vrs')).map(num);
    (tone.expected.rho_crs as number[]).forEach((v, j) => expect(crs[j]).toBeCloseTo(v, 8));
    (tone.expected.rho_vrs as number[]).forEach((v, j) => expect(vrs[j]).toBeCloseTo(v, 8));
  });

  it('gives the efficient units C and E super-SBM scores ≥ 1 and leaves the others alone', async () => {
    const plain = (await sbmEfficiency(X, Y)).map(num);
    const sup = (await sbmEfficiency(X, Y, null, 'crs', 'non', true)).map(num);
    // C by hand: without C, D (8, 1; 6, 1) is nearest: ρ* = ½(8/8 + 1/1) / ½(6/6 + 1/2) = 4/3.
    expect(sup[2]).toBeCloseTo(4 / 3, 9);
    expect(sup[4]).toBeGreaterThan(1);
    for (const j of [0, 1, 3]) expect(sup[j]).toBe(plain[j]);
  });

  it('reads options case-insensitively and rejects unknown ones with the allowed values', async () => {
    expect(await sbmEfficiency(X, Y, null, 'VRS', 'Non')).toEqual(await sbmEfficiency(X, Y, null, 'vrs'));
    await expect(sbmEfficiency(X, Y, null, 'nirs')).rejects.toThrow(/rts to be "crs" or "vrs"/);
    await expect(sbmEfficiency(X, Y, null, 'crs', 'radial')).rejects.toThrow(/"non", "input" or "output"/);
    await expect(sbmEfficiency(X, Y, null, 'crs', 'non', 'yes')).rejects.toThrow(/super to be TRUE or FALSE/);
  });
});

describe('SBM_EFFICIENCY: relations that hold for every data set', () => {
  const { x, y, b } = crossSection(40, 3, 2, 2, 7);

  it('ρ ≤ the CCR input efficiency θ of the same unit (no bad outputs)', async () => {
    const rho = (await sbmEfficiency(x, y)).map(num);
    const theta = (await deaEfficiency(x, y)).map(num);
    rho.forEach((r, j) => expect(r).toBeLessThanOrEqual(theta[j] + 1e-9));
    expect(rho.some((r, j) => r < theta[j] - 1e-3)).toBe(true);
  });

  it('non-oriented ρ ≤ input-oriented and ≤ output-oriented ρ, with bad outputs, CRS and VRS', async () => {
    for (const rts of ['crs', 'vrs']) {
      const non = (await sbmEfficiency(x, y, b, rts, 'non')).map(num);
      const inp = (await sbmEfficiency(x, y, b, rts, 'input')).map(num);
      const out = (await sbmEfficiency(x, y, b, rts, 'output')).map(num);
      non.forEach((r, j) => {
        expect(r).toBeLessThanOrEqual(inp[j] + 1e-9);
        expect(r).toBeLessThanOrEqual(out[j] + 1e-9);
        expect(r).toBeGreaterThan(0);
        expect(r).toBeLessThanOrEqual(1);
      });
    }
  });

  it('VRS ρ ≥ CRS ρ, and bad outputs can only lower ρ (more slacks to count)', async () => {
    const crs = (await sbmEfficiency(x, y, b)).map(num);
    const vrs = (await sbmEfficiency(x, y, b, 'vrs')).map(num);
    crs.forEach((r, j) => expect(r).toBeLessThanOrEqual(vrs[j] + 1e-9));
  });

  it('super TRUE changes exactly the units with ρ = 1, each to ≥ 1', async () => {
    for (const orientation of ['non', 'input', 'output']) {
      const plain = (await sbmEfficiency(x, y, b, 'crs', orientation)).map(num);
      const sup = await sbmEfficiency(x, y, b, 'crs', orientation, true);
      expect(plain.filter((r) => r === 1).length).toBeGreaterThan(0);
      plain.forEach((r, j) => {
        if (r < 1) expect(sup[j]).toBe(r);
        // Input orientation holds the good and bad outputs (Σλy ≥ y, Σλb ≤ b): a unit with the best
        // ratio of good to bad output cannot be matched by the others even under CRS (#N/A).
        else if (!(orientation === 'input' && kindOf(sup[j]) === 'na')) expect(num(sup[j])).toBeGreaterThanOrEqual(1);
      });
      expect(sup.some((r) => typeof r === 'number' && r > 1)).toBe(true);
    }
    // Non- and output-oriented super-SBM are feasible under CRS for every efficient unit.
    for (const orientation of ['non', 'output']) (await sbmEfficiency(x, y, b, 'crs', orientation, true)).map(num);
  });
});

describe('SBM_EFFICIENCY: data that the model cannot take', () => {
  it('a zero the score divides by is #NUM! in that unit only; a zero elsewhere is fine', async () => {
    const out = await sbmEfficiency([[1], [2], [3]], [[1, 1], [2, 0], [1, 1]]);
    expect(out.map(kindOf)).toEqual(['number', 'num', 'number']);
    // Input orientation does not divide by outputs: unit 2 computes.
    expect((await sbmEfficiency([[1], [2], [3]], [[1, 1], [2, 0], [1, 1]], null, 'crs', 'input')).map(kindOf)).toEqual(['number', 'number', 'number']);
    // A zero bad output of the unit evaluated is #NUM! (non-oriented).
    expect((await sbmEfficiency([[1], [2], [3]], [[1], [2], [1]], [[1], [0], [2]])).map(kindOf)).toEqual(['number', 'num', 'number']);
  });

  it('a negative value anywhere is #NUM!; a blank is #VALUE! naming the cell; rows that differ are #VALUE!', async () => {
    await expect(sbmEfficiency([[1], [2]], [[1], [2]], [[1], [-1]])).rejects.toMatchObject({ kind: 'num' });
    await expect(sbmEfficiency([[1], [null]], [[1], [2]])).rejects.toThrow(/row 2, column 1 of inputs, which is blank/);
    await expect(sbmEfficiency([[1], [2]], [[1], [2]], [[1]])).rejects.toThrow(/undesirable to have one row per unit/);
    await expect(sbmEfficiency([[1]], [[1]])).rejects.toMatchObject({ kind: 'na' });
  });

  it('VRS super-SBM of an extreme unit can have no solution: #N/A in its cell only', async () => {
    // Unit 2 makes the most output; input-oriented super-SBM keeps the outputs (Σλy ≥ y), and no
    // convex combination of the other two makes 3. Unit 3 is efficient too but can be reached (by unit 1).
    const out = await sbmEfficiency([[4], [5], [1]], [[2], [3], [1]], null, 'vrs', 'input', true);
    expect(out.map(kindOf)).toEqual(['number', 'na', 'number']);
  });
});

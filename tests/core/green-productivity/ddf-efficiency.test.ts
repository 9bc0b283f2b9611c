/**
 * DDF_EFFICIENCY: the published environmental example (DataEnvelopmentAnalysis.jl,
 * strong disposability), weak disposability on the same data checked by hand,
 * and the relations between the options on seeded data: strong disposability
 * spans a larger technology than weak, so its β is never smaller; VRS never
 * gives a larger β than CRS.
 */
import { ddfEfficiency } from '../../../src/core/green-productivity/ddf-efficiency';
import { column, crossSection, num, vectorCase } from './green-data';

const apz = vectorCase('ddf_environmental_APZ_published');
const X = apz.inputs.X as number[][];
const Y = column(apz.inputs.Y_t1 as number[]);
const B = column(apz.inputs.B_t1 as number[]);

describe('DDF_EFFICIENCY', () => {
  it('reproduces the published β with strong disposability', async () => {
    const out = (await ddfEfficiency(X, Y, B, 'outputs', 'crs', 'strong')).map(num);
    (apz.expected.beta_t1 as number[]).forEach((v, j) => expect(out[j]).toBeCloseTo(v, 8));
  });

  it('weak disposability (the default) puts unit 2 on the frontier', async () => {
    // By hand: with Σλ ≤ 1 (one input of 1), bads Σλb = 5(1 − β) and goods Σλy ≥ 5(1 + β) give
    // 9λ₁ + 10λ₂ ≥ 10 over units 1 (7, 2) and 2 (5, 5), which with λ₁ + λ₂ ≤ 1 forces λ₂ = 1, β = 0.
    const out = (await ddfEfficiency(X, Y, B)).map(num);
    expect(out[1]).toBe(0);
    expect(out[2]).toBeCloseTo(apz.expected.beta_t1 ? (apz.expected.beta_t1 as number[])[2] : NaN, 8);
  });

  it('β_strong ≥ β_weak ≥ 0 and β_vrs ≤ β_crs, in both directions (40 seeded units)', async () => {
    const { x, y, b } = crossSection(40, 3, 1, 2, 5);
    for (const direction of ['outputs', 'all']) {
      const weak = (await ddfEfficiency(x, y, b, direction, 'crs', 'weak')).map(num);
      const strong = (await ddfEfficiency(x, y, b, direction, 'crs', 'strong')).map(num);
      const vrs = (await ddfEfficiency(x, y, b, direction, 'vrs', 'strong')).map(num);
      weak.forEach((w, j) => {
        expect(w).toBeGreaterThanOrEqual(0);
        expect(strong[j]).toBeGreaterThanOrEqual(w - 1e-9);
        expect(vrs[j]).toBeLessThanOrEqual(strong[j] + 1e-9);
      });
      expect(strong.some((v, j) => v > weak[j] + 1e-6)).toBe(true);
    }
  });

  it('requires the bad outputs, and reads its options', async () => {
    await expect(ddfEfficiency(X, Y, null)).rejects.toThrow(/requires undesirable/);
    await expect(ddfEfficiency(X, Y, B, 'inputs')).rejects.toThrow(/direction to be "outputs" or "all"/);
    await expect(ddfEfficiency(X, Y, B, 'outputs', 'crs', 'free')).rejects.toThrow(/disposability to be "weak" or "strong"/);
  });

  it('a zero bad output is allowed: it cannot be contracted, and β is still finite', async () => {
    // By hand (strong), units (x, y, b) = (1, 1, 0) and (1, 2, 1). Unit 1: Σλb = λ₂ ≤ 0 forces λ₂ = 0, then
    // λ₁ ≥ 1 + β with λ₁ ≤ 1 gives β = 0. Unit 2: λ₁ + λ₂ ≤ 1 and λ₁ + 2λ₂ ≥ 2(1 + β) give β ≤ (λ₂ − 1)/2 ≤ 0.
    expect((await ddfEfficiency([[1], [1]], [[1], [2]], [[0], [1]], 'outputs', 'crs', 'strong')).map(num)).toEqual([0, 0]);
  });
});

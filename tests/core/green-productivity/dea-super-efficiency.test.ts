/**
 * DEA_SUPER_EFFICIENCY: DEAP's example 1, where the super-efficiencies of the
 * two efficient firms follow by hand; the identity with DEA_EFFICIENCY for
 * inefficient units (leaving out a unit that is not on the frontier changes
 * nothing), and ≥ 1 for efficient ones, on seeded data.
 */
import { deaSuperEfficiency } from '../../../src/core/green-productivity/super-efficiency';
import { deaEfficiency } from '../../../src/core/productivity/dea-efficiency';
import { crossSection, kindOf, num } from './green-data';

const X = [
  [2, 5],
  [2, 4],
  [6, 6],
  [3, 2],
  [6, 2],
];
const Y = [[1], [2], [3], [1], [2]];

describe('DEA_SUPER_EFFICIENCY', () => {
  it('DEAP example 1, CRS: the efficient firms 2 and 5 score 2, the others keep their efficiency', async () => {
    const out = (await deaSuperEfficiency(X, Y)).map(num);
    [0.5, 2, 5 / 6, 5 / 7, 2].forEach((v, j) => expect(out[j]).toBeCloseTo(v, 9));
    expect((await deaSuperEfficiency(X, Y, 'crs', 'output')).map(num)).toEqual(out.map((v) => expect.closeTo(v, 9)));
  });

  it('VRS, output orientation: the firms no convex combination of the others can envelop are #N/A in their cells only', async () => {
    expect((await deaSuperEfficiency(X, Y, 'vrs', 'output')).map(kindOf)).toEqual(['number', 'na', 'number', 'na', 'number']);
  });

  it.each([
    ['crs', 'input'],
    ['vrs', 'input'],
    ['vrs', 'output'],
    ['nirs', 'input'],
    ['ndrs', 'output'],
  ])('%s %s: inefficient units equal DEA_EFFICIENCY, efficient ones are ≥ 1 (40 seeded units)', async (rts, orientation) => {
    const { x, y } = crossSection(40, 3, 2, 0, 11);
    const sup = await deaSuperEfficiency(x, y, rts, orientation);
    const dea = (await deaEfficiency(x, y, rts, orientation)).map(num);
    dea.forEach((e, j) => {
      if (e < 1 - 1e-9) expect(num(sup[j])).toBeCloseTo(e, 8);
      else if (kindOf(sup[j]) !== 'na') expect(num(sup[j])).toBeGreaterThanOrEqual(1 - 1e-9);
      else expect(rts).not.toBe('crs');
    });
  });

  it('rejects what DEA_EFFICIENCY rejects', async () => {
    await expect(deaSuperEfficiency(X, Y, 'drs')).rejects.toMatchObject({ kind: 'value' });
    await expect(deaSuperEfficiency([[1, -1], [1, 1]], [[1], [1]])).rejects.toMatchObject({ kind: 'num' });
    await expect(deaSuperEfficiency([[1]], [[1]])).rejects.toMatchObject({ kind: 'na' });
  });
});

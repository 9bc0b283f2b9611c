/**
 * The green family's LP engine (frontier-lp.ts, green-models.ts): reference
 * sets above 200 units are solved by column generation with the evaluated
 * unit's own column in the slot; that must give the optimum of the full LP.
 * Each model is solved both ways — the whole set in the solver, and by
 * column generation — on 400 seeded units, for members of the set, units left
 * out of it (super-efficiency) and points outside it (another period).
 * Also: the functions yield to the event loop between solves.
 */
import { Pacer } from '../../../src/core/shared/pacer';
import { loadSolver } from '../../../src/core/shared/lp/highs-solver';
import { DdfModel, RadialSuperModel, SbmModel, type Dimensions } from '../../../src/core/green-productivity/green-models';
import { greenScales, scaledSet, scaledUnit } from '../../../src/core/green-productivity/green-data';
import { WHOLE_SET_LIMIT } from '../../../src/core/green-productivity/frontier-lp';
import { sbmEfficiency } from '../../../src/core/green-productivity/sbm-efficiency';
import { crossSection } from './green-data';

const N = 400;
const data = crossSection(N, 3, 1, 2, 21);
// Points evaluated against the set without belonging to it, more productive than most of it (as a later period's).
const later = crossSection(30, 3, 1, 2, 22);
const outside = { x: later.x, y: later.y.map((r) => r.map((v) => 1.6 * v)), b: later.b.map((r) => r.map((v) => 0.6 * v)) };
const dim: Dimensions = { m: 3, s: 1, k: 2 };
const scale = greenScales(data, outside);
const ref = scaledSet(data, scale);

type Evaluation = { score: number } | { rho: number } | { failure: string };
const value = (r: Evaluation) => ('score' in r ? r.score : 'rho' in r ? r.rho : r.failure);

async function bothWays(make: (limit: number) => { evaluate(zo: Float64Array, self: number): Evaluation; dispose(): void }) {
  const generated = make(WHOLE_SET_LIMIT);
  const whole = make(Infinity);
  const pairs: [number | string, number | string][] = [];
  try {
    for (let o = 0; o < 60; o++) pairs.push([value(generated.evaluate(scaledUnit(data, o, scale), o)), value(whole.evaluate(scaledUnit(data, o, scale), o))]);
    for (let o = 0; o < outside.x.length; o++) {
      pairs.push([value(generated.evaluate(scaledUnit(outside, o, scale), -1)), value(whole.evaluate(scaledUnit(outside, o, scale), -1))]);
    }
  } finally {
    generated.dispose();
    whole.dispose();
  }
  for (const [a, b] of pairs) {
    if (typeof a === 'number' && typeof b === 'number') expect(a).toBeCloseTo(b, 8);
    else expect(a).toBe(b);
  }
  return pairs;
}

describe('column generation gives the full LP optimum (400 units)', () => {
  it('SBM and super-SBM with bad outputs, CRS and VRS', async () => {
    const highs = await loadSolver();
    expect(N).toBeGreaterThan(WHOLE_SET_LIMIT);
    for (const rts of ['crs', 'vrs'] as const) {
      for (const superSbm of [false, true]) {
        await bothWays((limit) => {
          const model = new SbmModel(highs, ref, N, dim, 'non', superSbm, limit);
          return { evaluate: (zo, self) => model.evaluate(zo, superSbm && self < 0 ? -1 : self, rts), dispose: () => model.dispose() };
        });
      }
    }
  });

  it('the DDF, weak and strong, and radial super-efficiency', async () => {
    const highs = await loadSolver();
    for (const disposability of ['weak', 'strong'] as const) {
      const pairs = await bothWays((limit) => {
        const model = new DdfModel(highs, ref, N, dim, 'outputs', disposability, limit);
        return { evaluate: (zo, self) => model.evaluate(zo, self, 'crs'), dispose: () => model.dispose() };
      });
      // Points outside the set: some lie beyond it (negative β); under weak disposability some have no solution.
      expect(pairs.some(([a]) => typeof a === 'number' && a < 0)).toBe(true);
    }
    const ref2 = scaledSet({ x: data.x, y: data.y, b: [] }, scale.subarray(0, 4));
    await bothWays((limit) => {
      const model = new RadialSuperModel(highs, ref2, N, { m: 3, s: 1, k: 0 }, 'input', limit);
      return {
        evaluate: (zo, self) => (self < 0 ? { failure: 'skipped' } : model.evaluate(zo.subarray(0, 4), self, 'vrs')),
        dispose: () => model.dispose(),
      };
    });
  });
});

describe('pacing', () => {
  it('SBM_EFFICIENCY yields between solves (it awaits the pacer once per unit)', async () => {
    // Counted, not timed: the work between two ticks is one unit's LP (how long that takes is npm run bench's to say).
    const tick = jest.spyOn(Pacer.prototype, 'tick');
    const { x, y, b } = crossSection(600, 3, 1, 2, 4);
    await sbmEfficiency(x, y, b, 'crs', 'non', true);
    const ticks = tick.mock.calls.length;
    tick.mockRestore();
    expect(ticks).toBeGreaterThanOrEqual(600);
  });
});

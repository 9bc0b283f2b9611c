/**
 * DEA_EFFICIENCY. Reference values: Coelli (1996) DEAP 2.1 guide, example 1,
 * via tests/fixtures/vectors/dea_ccr_bcc.json, and the analytic cases of that file.
 */
import { deaEfficiency } from '../../../src/core/productivity/dea-efficiency';
import { DomainError } from '../../../src/core/shared/errors';
import { columnScales, EnvelopmentModel, type Rts } from '../../../src/core/productivity/dea-model';
import { loadSolver } from '../../../src/core/shared/lp/highs-solver';
import { deaCase } from '../../helpers/dea-fixture';

const byId = deaCase;
const col = (v: number[]) => v.map((x) => [x]);

function expectClose(got: unknown[], want: number[], tol: number): void {
  expect(got).toHaveLength(want.length);
  got.forEach((g, i) => {
    expect(typeof g).toBe('number');
    expect(Math.abs((g as number) - want[i])).toBeLessThanOrEqual(tol);
  });
}

async function kind(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'none';
  } catch (e) {
    return e instanceof DomainError ? e.kind : 'other';
  }
}

describe('DEAP example 1 (Coelli 1996), CRS input orientation', () => {
  const c = byId('deap_eg1_ccr_input');
  const x = c.inputs.inputs_x as number[][];
  const y = c.inputs.outputs_y as number[][];

  it('reproduces the published technical efficiencies (0.5, 1, 0.833, 0.714, 1)', async () => {
    expectClose(await deaEfficiency(x, y), c.expected.te, c.tolerance.abs);
    expectClose(await deaEfficiency(x, y), c.recomputed.te, 1e-6);
  });
  it('reproduces the published mean efficiency 0.81', async () => {
    const te = (await deaEfficiency(x, y, 'crs', 'input')) as number[];
    expect(Math.abs(te.reduce((a, b) => a + b, 0) / te.length - c.recomputed.mean_te)).toBeLessThan(1e-6);
  });
  it('gives the same scores in output orientation under CRS (1/φ = θ)', async () => {
    expectClose(await deaEfficiency(x, y, 'crs', 'output'), c.recomputed.te, 1e-6);
  });
  it('gives the VRS, NIRS and NDRS scores derived by hand', async () => {
    expectClose(await deaEfficiency(x, y, 'vrs', 'input'), [1, 1, 1, 1, 1], 1e-9);
    expectClose(await deaEfficiency(x, y, 'vrs', 'output'), [0.5, 1, 1, 1, 1], 1e-9);
    // NIRS = CRS below the most productive scale, VRS above it; NDRS the reverse.
    expectClose(await deaEfficiency(x, y, 'nirs', 'input'), [0.5, 1, 1, 5 / 7, 1], 1e-9);
    expectClose(await deaEfficiency(x, y, 'ndrs', 'input'), [1, 1, 5 / 6, 1, 1], 1e-9);
  });
});

describe('analytic cases of dea_ccr_bcc.json', () => {
  it('one input and one output: (y/x) / max(y/x)', async () => {
    const c = byId('one_input_one_output_ratio');
    const x = c.inputs.x as number[];
    const y = c.inputs.y as number[];
    expectClose(await deaEfficiency(col(x), col(y)), c.expected.te, c.tolerance.abs);
    // VRS ≥ CRS for every unit
    const vrs = (await deaEfficiency(col(x), col(y), 'vrs')) as number[];
    vrs.forEach((v, i) => expect(v).toBeGreaterThanOrEqual(c.expected.te[i] - 1e-6));
  });
  it('two inputs, unit output: θ_A = 6/7, θ_B = 12/19, F weakly efficient at 1', async () => {
    const c = byId('two_input_unit_output_weak_efficiency');
    expectClose(await deaEfficiency(c.inputs.x as number[][], col(c.inputs.y as number[])), c.expected.theta, c.tolerance.abs);
  });
});

describe('invariances', () => {
  const x = [
    [2, 5],
    [2, 4],
    [6, 6],
    [3, 2],
    [6, 2],
  ];
  const y = [[1], [2], [3], [1], [2]];
  it('does not depend on the units of measurement of an input or an output', async () => {
    const base = (await deaEfficiency(x, y, 'vrs', 'output')) as number[];
    const scaled = await deaEfficiency(
      x.map((r) => [r[0] * 1e6, r[1] / 1000]),
      y.map((r) => [r[0] * 1e-4]),
      'vrs',
      'output',
    );
    expectClose(scaled, base, 1e-9);
  });
  it('gives 1 to every unit when all units are identical', async () => {
    expectClose(await deaEfficiency([[1, 2], [1, 2], [1, 2]], [[3], [3], [3]]), [1, 1, 1], 1e-12);
  });
});

describe('errors', () => {
  it('#VALUE! for inputs and outputs with different numbers of rows, naming them', async () => {
    await expect(deaEfficiency([[1], [2]], [[1]])).rejects.toThrow(/inputs has 2, outputs has 1/);
  });
  it('#VALUE! for a blank cell, naming it', async () => {
    await expect(deaEfficiency([[1], [null]], [[1], [1]])).rejects.toThrow(/row 2, column 1 of inputs/);
    expect(await kind(deaEfficiency([[1], ['']], [[1], [1]]))).toBe('value');
  });
  it('#VALUE! for an unknown option, listing the allowed ones', async () => {
    await expect(deaEfficiency([[1], [2]], [[1], [1]], 'sbm')).rejects.toThrow(/"crs", "vrs", "nirs", "ndrs"/);
    expect(await kind(deaEfficiency([[1], [2]], [[1], [1]], 'crs', 'both'))).toBe('value');
  });
  it('#N/A with fewer than 2 units', async () => {
    expect(await kind(deaEfficiency([[1, 2]], [[1]]))).toBe('na');
  });
  it('#NUM! for a negative value; #N/A when fewer than 2 units have a positive input and a positive output', async () => {
    expect(await kind(deaEfficiency([[1], [-1]], [[1], [1]]))).toBe('num');
    expect(await kind(deaEfficiency([[1, 0], [0, 0]], [[1], [1]]))).toBe('na');
    expect(await kind(deaEfficiency([[1], [1]], [[1], [0]]))).toBe('na');
  });
  it('#VALUE! beyond 5,000 units, before any solving', async () => {
    const big = Array.from({ length: 5001 }, () => [1]);
    await expect(deaEfficiency(big, big)).rejects.toThrow(/at most 5000 units/);
  });
});

describe('column generation (large reference sets) agrees with the whole LP', () => {
  let seed = 42;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const n = 150;
  const x = Array.from({ length: n }, () => [1 + 99 * rnd(), 1 + 99 * rnd(), rnd() < 0.1 ? 0 : 1 + 99 * rnd()]);
  const y = x.map((r) => [(r[0] + r[1] + r[2]) * (0.2 + rnd()), rnd() < 0.1 ? 0 : 10 * rnd() + 0.1]);

  it.each([
    ['input', 'crs'],
    ['input', 'vrs'],
    ['output', 'nirs'],
    ['output', 'ndrs'],
  ] as const)('%s %s: same efficiencies and the same total slack', async (orientation, rts) => {
    const highs = await loadSolver();
    const whole = new EnvelopmentModel(highs, { x, y }, columnScales(x), columnScales(y), orientation, Infinity);
    const generated = new EnvelopmentModel(highs, { x, y }, columnScales(x), columnScales(y), orientation, 0);
    try {
      for (let o = 0; o < n; o++) {
        const a = whole.radial(x[o], y[o], rts as Rts, o)!;
        const b = generated.radial(x[o], y[o], rts as Rts, o)!;
        expect(Math.abs(a.efficiency - b.efficiency)).toBeLessThan(1e-9);
        const total = (s: { inputSlacks: number[]; outputSlacks: number[] }) => [...s.inputSlacks, ...s.outputSlacks].reduce((p, v) => p + v, 0);
        const sa = whole.slacks(x[o], y[o], rts as Rts, a, o);
        const sb = generated.slacks(x[o], y[o], rts as Rts, b, o);
        expect(Math.abs(total(sa) - total(sb))).toBeLessThan(1e-6);
      }
    } finally {
      whole.dispose();
      generated.dispose();
    }
  });
});

/** HiGHS is loaded only when a DEA function first needs it, and only once. */
describe('the LP solver', () => {
  it('is not loaded by importing the registry or the DEA modules, only by the first DEA call', async () => {
    let solver!: typeof import('../../../src/core/shared/lp/highs-solver');
    let dea!: typeof import('../../../src/core/productivity/dea-efficiency');
    jest.isolateModules(() => {
      /* eslint-disable @typescript-eslint/no-require-imports -- a fresh module registry needs require */
      solver = require('../../../src/core/shared/lp/highs-solver');
      require('../../../src/registry');
      dea = require('../../../src/core/productivity/dea-efficiency');
      /* eslint-enable @typescript-eslint/no-require-imports */
    });
    expect(solver.isSolverLoaded()).toBe(false);
    // A data error is reported without loading the solver.
    await expect(dea.deaEfficiency([[1]], [[1]])).rejects.toThrow();
    expect(solver.isSolverLoaded()).toBe(false);
    await dea.deaEfficiency([[1], [2]], [[1], [1]]);
    expect(solver.isSolverLoaded()).toBe(true);
    const [a, b] = await Promise.all([solver.loadSolver(), solver.loadSolver()]);
    expect(a).toBe(b);
  });
});

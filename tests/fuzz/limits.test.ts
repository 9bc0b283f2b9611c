/**
 * The size limits of src/excel/limits.ts: beyond a limit every function answers
 * at once (before computing) with #VALUE! and a message naming the limit; at the
 * limit it computes without overflowing the call stack.
 */
import { ExcelError, type ExcelResult, invoke } from '../../src/excel/adapter';
import {
  MAX_AHP_CRITERIA,
  MAX_CELLS_PER_ARGUMENT,
  MAX_CRITIC_COLUMNS,
  MAX_PAYLOAD_BYTES,
  NUMBER_BYTES,
  MAX_SPATIAL_UNITS,
  payloadBytes,
  resultSizeError,
  trimBlankTails,
  MAX_RANK_RUN_CELLS,
  MAX_RANK_RUN_ROWS,
} from '../../src/excel/limits';
import { specByName, specs } from '../../src/registry';
import { Pacer } from '../../src/core/shared/pacer';
import type { FunctionSpec } from '../../src/registry/types';

jest.setTimeout(120_000);

const spec = (name: string): FunctionSpec => specByName.get(name)!;
const settle = async (r: ExcelResult | Promise<ExcelResult>): Promise<ExcelResult> => await r;
const column = (rows: number, value: (i: number) => number = () => 1): number[][] => Array.from({ length: rows }, (_, i) => [value(i)]);
const table = (rows: number, cols: number, value: (i: number, j: number) => number): number[][] =>
  Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => value(i, j)));
/** A deterministic spread of values (no two equal, no column constant). */
const spread = (i: number, j: number): number => 1 + ((i * 7919 + j * 104729) % 1000) / 10;

/** The error of a 1×1 result, as "#CODE message". */
function onlyError(r: ExcelResult): string {
  expect(r.length).toBe(1);
  expect(r[0].length).toBe(1);
  const e = r[0][0];
  return e instanceof ExcelError ? `${e.code} ${e.message}` : `not an error: ${String(e)}`;
}

/**
 * Calls a function through the adapter and says whether its computation ran: a refusal "at once" is one
 * that the adapter gives before computing (how fast that is, is npm run bench's to time, not a unit test's).
 */
async function refused(s: FunctionSpec, args: unknown[]): Promise<[ExcelResult, boolean]> {
  let computed = false;
  const counting: FunctionSpec = { ...s, compute: (...a: unknown[]) => ((computed = true), (s.compute as (...b: unknown[]) => unknown)(...a)) } as FunctionSpec;
  const r = await settle(invoke(counting, args));
  return [r, computed];
}

/** The result of a call, and the number of ticks of any Pacer (pieces of long work) it made. */
async function ticked(s: FunctionSpec, args: unknown[]): Promise<[ExcelResult, number]> {
  const tick = jest.spyOn(Pacer.prototype, 'tick');
  try {
    const r = await settle(invoke(s, args));
    return [r, tick.mock.calls.length];
  } finally {
    tick.mockRestore();
  }
}

describe(`every argument of every function: at most ${MAX_CELLS_PER_ARGUMENT.toLocaleString('en-US')} cells (two whole columns)`, () => {
  // One shared oversized column, never mutated (the adapter refuses it before reading).
  const oversized = column(MAX_CELLS_PER_ARGUMENT + 1);
  const cases = specs.flatMap((s) => s.params.map((p, i) => ({ label: `${s.name}(${p.name})`, s, i, name: p.name })));

  it.each(cases)('$label beyond it is #VALUE! at once, naming the argument and the limit', async ({ s, i, name }) => {
    const example = s.examples[0]?.args ?? [];
    const args = s.params.map((_, j) => (j === i ? oversized : (example[j] ?? null)));
    const [r, computed] = await refused(s, args);
    expect(onlyError(r)).toBe(
      `#VALUE! NQP.${s.name} requires ${name} to have at most 2,097,152 cells (two whole columns), not 2,097,153 (2,097,153×1)`,
    );
    expect(computed).toBe(false);
  });

  it('counts the cells of a two-dimensional range too', async () => {
    const r = await settle(invoke(spec('NORMALIZE'), [table(2049, 1024, () => 1), null, null, null]));
    expect(onlyError(r)).toMatch(/requires data to have at most 2,097,152 cells \(two whole columns\), not 2,098,176 \(2,049×1,024\)$/);
  });

  it('takes a whole-column reference: the trailing blank rows are not data (GINI, HHI, THEIL_INDEX of A:A)', async () => {
    const values = column(31, (i) => 1 + (i % 7));
    const wholeColumn: (number | null)[][] = [...values, ...Array.from({ length: 1_048_576 - 31 }, () => [null])];
    for (const [name, rest] of [
      ['GINI', [null, null]],
      ['HHI', [null]],
      ['THEIL_INDEX', [null]],
    ] as const) {
      const r = await settle(invoke(spec(name), [wholeColumn, ...rest]));
      expect({ name, r }).toEqual({ name, r: await settle(invoke(spec(name), [values, ...rest])) });
    }
  });

  it('returns long results without overflowing the call stack (TFP_GROWTH, SIX_ASPECT_SCORE at the payload limit)', async () => {
    const n = Math.floor(MAX_PAYLOAD_BYTES / (3 * (NUMBER_BYTES + 3))) - 10;
    const series = column(n, (i) => 100 * 1.01 ** (i % 50));
    const tfp = await settle(invoke(spec('TFP_GROWTH'), [series, series, series, 0.4, null]));
    expect(tfp.length).toBe(n - 1);
    expect(typeof tfp[0][0]).toBe('number');
    const rows = Math.floor(MAX_PAYLOAD_BYTES / (6 * NUMBER_BYTES + 3)) - 10;
    const six = await settle(invoke(spec('SIX_ASPECT_SCORE'), [table(rows, 6, spread), null, null, null]));
    expect(six.length).toBe(rows);
    expect(typeof six[rows - 1][0]).toBe('number');
  });
});

describe('payload: what Excel on the web carries in one call (5 MB each way), on every platform', () => {
  it('arguments beyond 5 MB together are #VALUE! at once, with the size and what to do', async () => {
    const values = column(260_000, (i) => 1 + (i % 997));
    const [r, computed] = await refused(spec('GINI'), [values, null, null]);
    expect(onlyError(r)).toBe(
      '#VALUE! NQP.GINI requires its arguments to take at most 5 MB together as Excel sends them (about 250,000 numbers, what Excel on the web carries), ' +
        'not about 6.0 MB: use fewer rows, or split the data over several calls',
    );
    // Counted before any computation.
    expect(computed).toBe(false);
  });

  it('the arguments count together: two columns of 130,000 are over, one is not', async () => {
    const half = column(130_000, (i) => 1 + (i % 997));
    expect(typeof (await settle(invoke(spec('GINI'), [half, null, null])))[0][0]).toBe('number');
    expect(onlyError(await settle(invoke(spec('GINI'), [half, half, null])))).toMatch(/requires its arguments to take at most 5 MB together/);
  });

  it('just under the limit computes', async () => {
    const n = Math.floor((MAX_PAYLOAD_BYTES - 2) / (NUMBER_BYTES + 3)) - 1;
    const r = await settle(invoke(spec('GINI'), [column(n, (i) => 1 + (i % 997)), null, null]));
    expect(typeof r[0][0]).toBe('number');
  });

  it('a result beyond 5 MB is #VALUE! before it is sent, whatever computed it', async () => {
    // NORMALIZE returns a table the size of its input, so an input under the limit gives a result under it.
    const under = await settle(invoke(spec('NORMALIZE'), [table(100_000, 2, spread), null, null, null]));
    expect(under.length).toBe(100_000);
    // A function whose small arguments give a large table (synchronous and asynchronous).
    const big = (): number[][] => table(2_000, 200, spread);
    const fake = (compute: FunctionSpec['compute']): FunctionSpec => ({ ...spec('GINI'), name: 'PROBE', params: [], compute });
    const message =
      '#VALUE! NQP.PROBE requires its result to take at most 5 MB as Excel returns it (about 250,000 numbers, what Excel on the web carries), ' +
      'not about 8.0 MB (2,000×200 cells): ask for fewer rows, or split the data over several calls';
    expect(onlyError(await settle(invoke(fake(big), [])))).toBe(message);
    expect(onlyError(await settle(invoke(fake(async () => big()), [])))).toBe(message);
    expect(resultSizeError(table(1_000, 200, spread))).toBeNull();
  });

  it('trims only rows blank in every argument of the same height, so aligned ranges stay aligned', () => {
    const a = [[1], [2], [null], ['']];
    const b = [['x'], ['y'], ['z'], [null]];
    const row = [[1, null, null]];
    expect(trimBlankTails([a, b, row, 3])).toEqual([[[1], [2], [null]], [['x'], ['y'], ['z']], row, 3]);
    expect(trimBlankTails([[[null], [null]]])).toEqual([[[null]]]);
    const untouched = [[[1], [2]], null];
    expect(trimBlankTails(untouched)).toBe(untouched);
  });

  it('counts a value as the table in limits.ts says', () => {
    expect(payloadBytes([[1, 'ab', true, null]])).toBe(2 + 3 + NUMBER_BYTES + 5 + 6 + 5);
    expect(payloadBytes(7)).toBe(NUMBER_BYTES);
  });
});

describe('limits of particular functions', () => {
  it(`CRITIC_WEIGHTS: at most ${MAX_CRITIC_COLUMNS} columns`, async () => {
    expect(onlyError(await settle(invoke(spec('CRITIC_WEIGHTS'), [table(5, MAX_CRITIC_COLUMNS + 1, spread), null])))).toBe(
      '#VALUE! NQP.CRITIC_WEIGHTS requires data to have at most 100 columns (indicators), not 101',
    );
    // (1,000 rows here: 10,000 take 0.2 s under Node, but jest's transpiled modules run far slower)
    const r = await settle(invoke(spec('CRITIC_WEIGHTS'), [table(1_000, MAX_CRITIC_COLUMNS, spread), null]));
    expect(r[0].length).toBe(MAX_CRITIC_COLUMNS);
    expect(typeof r[0][0]).toBe('number');
  });

  it.each(['AHP_WEIGHTS', 'AHP_CONSISTENCY'])(`%s: at most ${MAX_AHP_CRITERIA} criteria`, async (name) => {
    const ones = (n: number) => table(n, n, () => 1);
    expect(onlyError(await settle(invoke(spec(name), [ones(MAX_AHP_CRITERIA + 1), null])))).toBe(
      `#VALUE! NQP.${name} requires matrix to compare at most 100 criteria (100×100), not a 101×101 range`,
    );
    expect(onlyError(await settle(invoke(spec(name), [table(MAX_AHP_CRITERIA + 1, 3, () => 1), null])))).toMatch(/at most 100 criteria/);
  });

  it('AHP_WEIGHTS: 100 criteria compute', async () => {
    const a = table(MAX_AHP_CRITERIA, MAX_AHP_CRITERIA, (i, j) => (i === j ? 1 : i < j ? 1 + ((i + 2 * j) % 9) : 1 / (1 + ((j + 2 * i) % 9))));
    const r = await settle(invoke(spec('AHP_WEIGHTS'), [a, null]));
    expect(r[0].length).toBe(MAX_AHP_CRITERIA);
    expect(typeof r[0][0]).toBe('number');
  });

  describe('RANK_UNCERTAINTY', () => {
    const rank = (data: number[][], runs: number | null) => settle(invoke(spec('RANK_UNCERTAINTY'), [data, [data[0].map(() => 1)], null, null, runs, null]));
    it(`runs × cells of data at most ${MAX_RANK_RUN_CELLS.toLocaleString('en-US')}`, async () => {
      expect(onlyError(await rank(table(100, 10, spread), 50_001))).toBe(
        '#VALUE! NQP.RANK_UNCERTAINTY requires runs × cells of data to be at most 50,000,000, not 50,001 × 1,000: use fewer runs or less data',
      );
    });
    it(`runs × rows of data at most ${MAX_RANK_RUN_ROWS.toLocaleString('en-US')}`, async () => {
      expect(onlyError(await rank(table(10_001, 2, spread), null))).toBe(
        '#VALUE! NQP.RANK_UNCERTAINTY requires runs × rows of data to be at most 10,000,000, not 1,000 × 10,001: use fewer runs or fewer rows',
      );
    });
    it('runs outside their bounds stay #NUM!, as the spec says', async () => {
      const r = await rank(table(100, 10, spread), 2_000_000);
      expect(r[0][0]).toBeInstanceOf(ExcelError);
      expect((r[0][0] as ExcelError).code).toBe('#NUM!');
    });
    it('within the limits it computes', async () => {
      const r = await rank(table(50, 4, spread), null);
      expect(r.length).toBe(51);
      expect(typeof r[1][0]).toBe('number');
    });
  });

  describe('spatial functions', () => {
    const places = (n: number) => table(n, 2, (i, j) => (j === 0 ? 20 + (i % 40) * 0.5 : 100 + Math.floor(i / 40) * 0.7));
    it('SPATIAL_WEIGHTS: at most 499 units, since its n×n result must fit 5 MB; says to pass the coordinates instead', async () => {
      const r = await settle(invoke(spec('SPATIAL_WEIGHTS'), [places(500), null, null, null]));
      expect(onlyError(r)).toBe(
        '#VALUE! NQP.SPATIAL_WEIGHTS requires coordinates for at most 499 units, not 500: the 500×500 matrix would take more than the 5 MB Excel on the web returns. ' +
          'Pass the coordinates themselves as the weights of MORAN_I, GEARY_C, LOCAL_MORAN or MARKOV_TRANSITION, which build the same weights inside',
      );
      const ok = await settle(invoke(spec('SPATIAL_WEIGHTS'), [places(499), null, null, null]));
      expect(ok.length).toBe(499);
    });
    it.each(['MORAN_I', 'GEARY_C', 'LOCAL_MORAN', 'MARKOV_TRANSITION'])(`%s: at most ${MAX_SPATIAL_UNITS.toLocaleString('en-US')} units in weights, refused before any weight is built`, async (name) => {
      const n = MAX_SPATIAL_UNITS + 1;
      const values = name === 'MARKOV_TRANSITION' ? table(n, 3, spread) : column(n, (i) => i % 17);
      const s = spec(name);
      const args = s.params.map((p) => (p.name === 'values' ? values : p.name === 'weights' ? places(n) : null));
      const [r, ticks] = await ticked(s, args);
      expect(onlyError(r)).toBe(`#VALUE! NQP.${name} requires weights for at most 4,000 units (rows), not 4,001: the n×n weights of so many units do not fit in memory`);
      expect(ticks).toBe(0);
    });
  });

  // The DEA core enforces its own limits (src/core/productivity/dea-model.ts, src/core/productivity/malmquist.ts).
  const dea = ['DEA_EFFICIENCY', 'DEA_DETAILS'].filter((n) => specByName.has(n));
  (dea.length > 0 ? it.each(dea) : it.skip.each(['DEA_EFFICIENCY']))('%s: at most 5,000 units, refused before any LP', async (name) => {
    const [r, ticks] = await ticked(spec(name), [column(5001), column(5001)]);
    expect(onlyError(r)).toMatch(new RegExp(`^#VALUE! NQP\\.${name}\\b.*\\b5,?000\\b`));
    expect(ticks).toBe(0);
  });
  (specByName.has('MALMQUIST') ? it : it.skip)('MALMQUIST: at most 5,000 units', async () => {
    const units = column(5001 * 2, (i) => i % 5001);
    const periods = column(5001 * 2, (i) => (i < 5001 ? 1 : 2));
    const r = await settle(invoke(spec('MALMQUIST'), [units, periods, column(10_002), column(10_002), null]));
    expect(onlyError(r)).toMatch(/^#VALUE! NQP\.MALMQUIST\b.*\b5,?000\b/);
  });
});

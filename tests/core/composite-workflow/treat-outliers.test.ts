/**
 * TREAT_OUTLIERS. Numbers come from:
 * - tests/fixtures/vectors/analysis/composite_indicator_tools.json (treat_x1, treat_x2: COINr's code and a
 *   Python re-implementation);
 * - tests/fixtures/composite-workflow/treatment.json, written by treatment.py from treatment.R: e1071's
 *   type-2 skewness and kurtosis and COINr's loop written out in R (checked against COINr b9682034 itself);
 * - Excel's SKEW and KURT formulas written out below (a different algebraic form of the same statistics).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { type Cell, DomainError } from '../../../src/core/shared/errors';
import { mulberry32 } from '../../../src/core/shared/random';
import { moments, TREAT_REPORT_HEADER, treatOutliers, treatValues } from '../../../src/core/composite-workflow/treat-outliers';
import { ExcelError, invoke } from '../../../src/excel/adapter';
import { treatOutliersSpec } from '../../../src/registry/functions/composite-workflow/treat-outliers';

interface TreatCase {
  id: string;
  x: (number | null)[];
  skewness: number;
  kurtosis: number;
  maxPoints: number;
  expected: {
    status: 'passed' | 'winsorised' | 'log' | 'undefined' | 'tied';
    treated: (number | null)[];
    skew_before: number | null;
    kurt_before: number | null;
    winsorised: number;
    log: boolean;
    skew_after: number | null;
    kurt_after: number | null;
  };
}
const fixture = JSON.parse(readFileSync(join(__dirname, '../../fixtures/composite-workflow/treatment.json'), 'utf8')) as { treat_outliers: TreatCase[] };
const cases = fixture.treat_outliers;
const byId = (id: string): TreatCase => cases.find((c) => c.id === id)!;

interface VectorCase {
  id: string;
  inputs: { x: number[] };
  expected: { skew: number; kurt_excess: number; treated: number[]; nwin: number; pass_before: boolean };
}
const vectors = JSON.parse(readFileSync(join(__dirname, '../../fixtures/vectors/analysis/composite_indicator_tools.json'), 'utf8')) as { cases: VectorCase[] };

const column = (x: readonly (number | null)[]): (number | null)[][] => x.map((v) => [v]);
const kindOf = (c: Cell): string => (c instanceof DomainError ? c.kind : typeof c);
const TOL = 1e-12;

/** The expected report cell of a statistic: the number, or the error kind (fewer values than needed: na; constant: div0). */
function expectStat(cell: Cell, want: number | null, n: number, need: number): void {
  if (want === null) expect(kindOf(cell)).toBe(n < need ? 'na' : 'div0');
  else expect(Math.abs((cell as number) - want)).toBeLessThan(TOL * Math.max(1, Math.abs(want)));
}

const presentCount = (x: readonly (number | null)[]): number => x.filter((v) => v !== null).length;

describe('treatOutliers: the shipped vectors (composite_indicator_tools.json)', () => {
  it.each(['treat_x1', 'treat_x2'])('case %s: skewness, kurtosis, treated values and nwin', async (id) => {
    const c = vectors.cases.find((v) => v.id === id)!;
    const data = await treatOutliers(column(c.inputs.x));
    data.forEach((row, i) => expect(Math.abs((row[0] as number) - c.expected.treated[i])).toBeLessThan(1e-9));
    const report = await treatOutliers(column(c.inputs.x), null, null, null, 'report');
    expect(Math.abs((report[1][1] as number) - c.expected.skew)).toBeLessThan(1e-9);
    expect(Math.abs((report[1][2] as number) - c.expected.kurt_excess)).toBeLessThan(1e-9);
    expect(report[1][3]).toBe(c.expected.nwin);
    expect(report[1][4]).toBe(false);
  });
});

describe('treatOutliers: the R reference (treatment.json, e1071 + the COINr rules in R)', () => {
  it.each(cases.map((c) => [c.id, c] as const))('case %s: the treated data', async (_id, c) => {
    const data = await treatOutliers(column(c.x), c.skewness, c.kurtosis, c.maxPoints);
    expect(data).toHaveLength(c.x.length);
    data.forEach((row, i) => {
      const want = c.expected.treated[i];
      if (want === null) expect(row[0]).toBe('');
      else expect(Math.abs((row[0] as number) - want)).toBeLessThan(TOL * Math.max(1, Math.abs(want)));
    });
  });

  it.each(cases.map((c) => [c.id, c] as const))('case %s: the report row', async (_id, c) => {
    const report = await treatOutliers(column(c.x), c.skewness, c.kurtosis, c.maxPoints, 'report');
    expect(report[0]).toEqual([...TREAT_REPORT_HEADER]);
    expect(report).toHaveLength(2);
    const [col, skewBefore, kurtBefore, winsorised, log, skewAfter, kurtAfter] = report[1];
    const n = presentCount(c.x);
    const e = c.expected;
    expect(col).toBe(1);
    expectStat(skewBefore, e.skew_before, n, 3);
    expectStat(kurtBefore, e.kurt_before, n, 4);
    expectStat(skewAfter, e.skew_after, n, 3);
    expectStat(kurtAfter, e.kurt_after, n, 4);
    if (e.status === 'tied') expect(kindOf(winsorised)).toBe('div0');
    else expect(winsorised).toBe(e.winsorised);
    expect(log).toBe(e.log);
  });

  it('covers what the brief asks: a log case, ties at the maximum, negative skew, an overshoot past maxPoints', () => {
    expect(byId('needs_log').expected.status).toBe('log');
    expect(byId('ties_at_max').expected.winsorised).toBe(3);
    expect(byId('negative_skew').expected.skew_before).toBeLessThan(-2);
    expect(byId('ties_overshoot').expected.winsorised).toBeGreaterThan(byId('ties_overshoot').maxPoints);
  });

  it('treats several columns of different lengths (padded with blanks) each as it treats it alone', async () => {
    const picked = ['x1_default', 'x2_default', 'needs_log', 'negative_skew', 'with_blanks', 'constant', 'n3'].map(byId);
    const rows = Math.max(...picked.map((c) => c.x.length));
    const data = Array.from({ length: rows }, (_, i) => picked.map((c) => (i < c.x.length ? c.x[i] : null)));
    const treated = await treatOutliers(data);
    const report = await treatOutliers(data, null, null, null, 'report');
    expect(report).toHaveLength(picked.length + 1);
    for (let j = 0; j < picked.length; j++) {
      const alone = await treatOutliers(column(picked[j].x));
      for (let i = 0; i < rows; i++) expect(treated[i][j]).toEqual(i < alone.length ? alone[i][0] : '');
      const aloneReport = await treatOutliers(column(picked[j].x), null, null, null, 'report');
      expect(report[j + 1].slice(1).map(kindOrValue)).toEqual(aloneReport[1].slice(1).map(kindOrValue));
      expect(report[j + 1][0]).toBe(j + 1);
    }
  });

  it('keeps blanks where they were and treats only the values present (case with_blanks)', async () => {
    const c = byId('with_blanks');
    const data = await treatOutliers(column(c.x));
    c.x.forEach((v, i) => expect(data[i][0] === '').toBe(v === null));
    // The values present are those of ties_at_max, in the same order: the same treatment.
    const plain = await treatOutliers(column(byId('ties_at_max').x));
    expect(data.filter((r) => r[0] !== '')).toEqual(plain);
  });

  it('never returns NaN, Infinity or null', async () => {
    for (const c of cases) {
      for (const output of ['data', 'report']) {
        const t = await treatOutliers(column(c.x), c.skewness, c.kurtosis, c.maxPoints, output);
        for (const row of t) for (const v of row) expect(v === null || (typeof v === 'number' && !Number.isFinite(v))).toBe(false);
      }
    }
  });
});

const kindOrValue = (c: Cell): unknown => (c instanceof DomainError ? c.kind : c);

describe('moments: the formulas of Excel SKEW and KURT (another form of e1071 type 2)', () => {
  /** SKEW = n/((n−1)(n−2)) Σ z³ and KURT = n(n+1)/((n−1)(n−2)(n−3)) Σ z⁴ − 3(n−1)²/((n−2)(n−3)), z with the sample sd. */
  function excel(x: number[]): { skew: number; kurt: number } {
    const n = x.length;
    const mean = x.reduce((a, b) => a + b, 0) / n;
    const sd = Math.sqrt(x.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
    const z3 = x.reduce((a, b) => a + ((b - mean) / sd) ** 3, 0);
    const z4 = x.reduce((a, b) => a + ((b - mean) / sd) ** 4, 0);
    return {
      skew: (n / ((n - 1) * (n - 2))) * z3,
      kurt: ((n * (n + 1)) / ((n - 1) * (n - 2) * (n - 3))) * z4 - (3 * (n - 1) ** 2) / ((n - 2) * (n - 3)),
    };
  }

  it('agrees on random samples of 4 to 200 values', () => {
    const next = mulberry32(11);
    for (let r = 0; r < 50; r++) {
      const n = 4 + Math.floor(next() * 197);
      const x = Array.from({ length: n }, () => Math.exp(3 * next()) - 5 * next());
      const got = moments(Float64Array.from(x));
      const want = excel(x);
      expect(Math.abs(got.skew - want.skew)).toBeLessThan(1e-10);
      expect(Math.abs(got.kurt - want.kurt)).toBeLessThan(1e-9);
    }
  });

  it('is undefined (NaN) below 3 values for the skewness, below 4 for the kurtosis, and for a constant column', () => {
    expect(Number.isNaN(moments(Float64Array.of(1, 2)).skew)).toBe(true);
    const three = moments(Float64Array.of(1, 2, 10));
    expect(Number.isFinite(three.skew) && Number.isNaN(three.kurt)).toBe(true);
    // 0.1 three times: a mean that rounds away from 0.1 must not give a skewness of rounding noise.
    const flat = moments(Float64Array.of(0.1, 0.1, 0.1, 0.1, 0.1));
    expect(Number.isNaN(flat.skew) && Number.isNaN(flat.kurt)).toBe(true);
  });
});

describe('treatOutliers: arguments and edge cases', () => {
  it('uses the catalogue defaults when the thresholds are omitted (null)', async () => {
    const c = byId('x1_default');
    expect(await treatOutliers(column(c.x), null, null, null, null)).toEqual(await treatOutliers(column(c.x), 2, 3.5, 5, 'data'));
  });

  it('maxPoints 0 goes straight to log_CT of the original column (R case x1_maxpoints_0)', async () => {
    const c = byId('x1_maxpoints_0');
    const report = await treatOutliers(column(c.x), 2, 3.5, 0, 'report');
    expect(report[1][3]).toBe(0);
    expect(report[1][4]).toBe(true);
  });

  it('the log is ln(x − min + 0.01 (max − min)) of the original values (by hand on treat_x1)', async () => {
    const x = byId('x1_maxpoints_1').x as number[];
    const data = await treatOutliers(column(x), null, null, 1);
    const shift = 0.01 * (22 - 1.2) - 1.2;
    data.forEach((row, i) => expect(row[0]).toBeCloseTo(Math.log(x[i] + shift), 14));
  });

  it('a column that winsorising would make constant is left untreated, flagged #DIV/0! in winsorised (R case tied_after_winsorising)', async () => {
    const c = byId('tied_after_winsorising');
    expect(await treatOutliers(column(c.x))).toEqual(column(c.x));
    const report = await treatOutliers(column(c.x), null, null, null, 'report');
    expect(kindOf(report[1][3])).toBe('div0');
    expect((report[1][3] as DomainError).message).toMatch(/^column 1 of data: winsorising ties every value/);
  });

  it('leaves columns of fewer than 3 values, and constant ones, untreated; an all-blank column stays blank', async () => {
    const data = [
      [1, 4, null],
      [50, 4, null],
      [null, 4, null],
      [null, 4, null],
      [null, 4, null],
    ];
    expect(await treatOutliers(data)).toEqual(data.map((r) => r.map((v) => (v === null ? '' : v))));
    const report = await treatOutliers(data, null, null, null, 'report');
    expect(report.slice(1).map((r) => r.map(kindOrValue))).toEqual([
      [1, 'na', 'na', 0, false, 'na', 'na'],
      [2, 'div0', 'div0', 0, false, 'div0', 'div0'],
      [3, 'na', 'na', 0, false, 'na', 'na'],
    ]);
    expect((report[1][1] as DomainError).message).toBe('column 1 of data has 2 values, and its skewness needs at least 3');
    expect((report[2][2] as DomainError).message).toBe('column 2 of data is constant, so its kurtosis is 0/0');
  });

  it('stricter limits treat a column the defaults pass (treat_x2 with skewness 1, kurtosis −2)', async () => {
    const x = column(byId('x2_default').x);
    const loose = await treatOutliers(x, null, null, null, 'report');
    const strict = await treatOutliers(x, 1, -2, 5, 'report');
    expect(loose[1][3]).toBe(0);
    expect(loose[1][4]).toBe(false);
    expect(strict[1][3] !== 0 || strict[1][4] === true).toBe(true);
  });

  it('rejects bad arguments with the error table', async () => {
    const x = column(byId('x1_default').x);
    await expect(treatOutliers(x, null, null, null, 'table')).rejects.toMatchObject({ kind: 'value', message: 'requires output to be one of "data", "report", not "table"' });
    await expect(treatOutliers(x, -1)).rejects.toMatchObject({ kind: 'num' });
    await expect(treatOutliers(x, null, null, 1.5)).rejects.toMatchObject({ kind: 'num', message: 'requires maxPoints to be a whole number ≥ 0, not 1.5' });
    await expect(treatOutliers(x, null, null, -1)).rejects.toMatchObject({ kind: 'num' });
    await expect(treatOutliers([[1, 2], [3]])).rejects.toMatchObject({ kind: 'value' });
  });
});

describe('TREAT_OUTLIERS through the Excel adapter', () => {
  it('text in data is #VALUE! naming the cell', async () => {
    const r = (await invoke(treatOutliersSpec, [[[1, 2], [3, 'n/a'], [5, 6]]])) as unknown[][];
    expect(r[0][0]).toBeInstanceOf(ExcelError);
    expect((r[0][0] as ExcelError).code).toBe('#VALUE!');
    expect((r[0][0] as ExcelError).message).toBe('NQP.TREAT_OUTLIERS requires numbers in data: found the text "n/a" in row 2, column 2');
  });

  it('an undefined statistic shows as an error in its cell only, with a message', async () => {
    const r = (await invoke(treatOutliersSpec, [[[1], [2], [10]], null, null, null, 'report'])) as unknown[][];
    expect(r[0]).toEqual([...TREAT_REPORT_HEADER]);
    expect(r[1][2]).toBeInstanceOf(ExcelError);
    expect((r[1][2] as ExcelError).code).toBe('#N/A');
    expect((r[1][2] as ExcelError).message).toBe('NQP.TREAT_OUTLIERS: column 1 of data has 3 values, and its kurtosis needs at least 4');
    expect(typeof r[1][1]).toBe('number');
  });

  it('a blank cell sent as "" is missing, as null is', async () => {
    const x = byId('with_blanks').x;
    const asNull = await invoke(treatOutliersSpec, [column(x)]);
    const asText = await invoke(treatOutliersSpec, [x.map((v) => [v === null ? '' : v])]);
    expect(asText).toEqual(asNull);
  });
});

describe('treatOutliers: pacing', () => {
  it('yields between winsorising steps (100,000 values, maxPoints 400; the longest stretch is timed by npm run bench)', async () => {
    // A heavy right tail that needs many steps: 99,600 values in [0, 1) and 400 far out, all distinct.
    const next = mulberry32(5);
    const x = Array.from({ length: 100_000 }, (_, i) => (i < 99_600 ? next() : 50 + i * 0.01 + next() * 1e-3));
    let ticks = 0;
    const pacer = {
      tick: async (): Promise<void> => {
        ticks++;
        await Promise.resolve();
      },
    };
    const report = await treatOutliers(column(x), null, null, 400, 'report', pacer);
    // Every step moves one value, ticking after each: at least as many ticks as values winsorised.
    expect(typeof report[1][3]).toBe('number');
    expect(ticks).toBeGreaterThanOrEqual(report[1][3] as number);
    expect(ticks).toBeGreaterThan(100);
  });

  it('treatValues gives the same result whatever the pacer', async () => {
    const x = Float64Array.from(byId('needs_log').x as number[]);
    const quiet = { tick: async () => undefined };
    const a = await treatValues(x, 2, 3.5, 5, quiet);
    const b = await treatValues(x, 2, 3.5, 5, { tick: () => new Promise<void>((r) => setTimeout(r, 0)) });
    expect(Array.from(b.values)).toEqual(Array.from(a.values));
    expect(a.log).toBe(true);
  });
});

import { DomainError } from '../../../src/core/shared/errors';
import { normalize, packColumns } from '../../../src/core/composite/normalize';

const expectClose = (actual: unknown[][], expected: (number | string)[][], digits = 12): void => {
  expect(actual.length).toBe(expected.length);
  actual.forEach((row, i) =>
    row.forEach((v, j) => {
      const e = expected[i][j];
      if (typeof e === 'string') expect(v).toBe(e);
      else expect(v as number).toBeCloseTo(e, digits);
    }),
  );
};
const kindAt = (t: unknown[][], i: number, j: number): string => (t[i][j] as DomainError).kind;

// x = (2, 5, 11): normalise_aggregate_tfp.json, case minmax_pos_neg (derived).
describe('normalize: min-max', () => {
  const x = [[2], [5], [11]];
  it('benefit, cost and shift reproduce normalise_aggregate_tfp.json', () => {
    expectClose(normalize(x), [[0], [1 / 3], [1]]);
    expectClose(normalize(x, [-1]), [[1], [2 / 3], [0]]);
    expectClose(normalize(x, [1], 'minmax', 0.0001), [[0.0001], [0.3334333333333333], [1.0001]]);
  });

  it('reproduces the Chinese-style z + 0.0001 of entropy_weight.json (cn_style_minmax_shift)', () => {
    // Hwang & Yoon aircraft data; expected z_shifted derived with numpy in tests/fixtures/vectors/entropy_weight.json.
    const data = [
      [2.0, 1500, 20000, 5.5, 5, 9],
      [2.5, 2700, 18000, 6.5, 3, 5],
      [1.8, 2000, 21000, 4.5, 7, 7],
      [2.2, 1800, 20000, 5.0, 5, 5],
    ];
    const expected = [
      [0.28581429, 0.0001, 0.66676667, 0.5001, 0.5001, 1.0001],
      [1.0001, 1.0001, 0.0001, 0.0001, 0.0001, 0.0001],
      [0.0001, 0.41676667, 1.0001, 1.0001, 1.0001, 0.5001],
      [0.57152857, 0.2501, 0.66676667, 0.7501, 0.5001, 0.0001],
    ];
    expectClose(normalize(data, [1, 1, 1, -1, 1, 1], 'minmax', 0.0001), expected, 7);
  });

  it('gives #DIV/0! in a constant column only (normalise_aggregate_tfp.json, minmax_constant)', () => {
    const t = normalize([[4, 1], [4, 2], [4, 3]]);
    expect(kindAt(t, 0, 0)).toBe('div0');
    expect((t[0][0] as DomainError).message).toBe('column 1 of data is constant');
    expectClose([t[0].slice(1), t[1].slice(1), t[2].slice(1)], [[0], [0.5], [1]]);
  });

  it('leaves blank cells blank and out of the statistics', () => {
    const t = normalize([[1, 2], [null, 4], [3, null], [5, 8]]);
    expectClose(t, [[0, 0], ['', 1 / 3], [0.5, ''], [1, 1]]);
  });

  it('keeps the blanks of an erroneous column blank', () => {
    const t = normalize([[4, 1], [null, 2], [4, 3]]);
    expect(t[1][0]).toBe('');
    expect(kindAt(t, 2, 0)).toBe('div0');
  });

  it('leaves an all-blank column blank and gives #N/A to a column with one value', () => {
    const t = normalize([[null, 7, 1], [null, null, 2]]);
    expect(t.map((r) => r[0])).toEqual(['', '']);
    expect(kindAt(t, 0, 1)).toBe('na');
    expect(t[1][1]).toBe('');
  });

  it('needs at least 2 rows', () => {
    expect(() => normalize([[1, 2, 3]])).toThrow(expect.objectContaining({ kind: 'na' }));
  });

  it('checks the directions against the columns', () => {
    expect(() => normalize([[1, 2], [3, 4]], [1])).toThrow(
      expect.objectContaining({ kind: 'value', message: 'requires directions with one value per column of data (2), got 1' }),
    );
  });
});

// Y below; expected values derived with numpy/scipy (scipy.stats.zscore(ddof=1); PERCENTRANK.INC as
// count(values < x)/(n − 1); x / max and min / x).
const Y = [
  [3, 10, 1],
  [1, 20, 4],
  [3, 40, 2],
  [5, 30, 8],
];

describe('normalize: z-score', () => {
  const z = [
    [0.0, -1.161895003862225, -0.8883301383959732],
    [-1.224744871391589, -0.3872983346207417, 0.08075728530872484],
    [0.0, 1.161895003862225, -0.5653009971610738],
    [1.224744871391589, 0.3872983346207417, 1.3728738502483222],
  ];
  it('uses the sample sd (scipy ddof=1)', () => expectClose(normalize(Y, null, 'zscore'), z));
  it('negates a cost column and adds the shift', () => {
    const t = normalize(Y, [-1, 1, 1], 'zscore', 1);
    expectClose(
      t.map((r) => [r[0]]),
      z.map((r) => [1 - r[0]]),
    );
  });
});

describe('normalize: percentile', () => {
  it('ranks ties at their lowest rank, as PERCENTRANK.INC', () => {
    const expected = [
      [1 / 3, 0, 0],
      [0, 1 / 3, 2 / 3],
      [1 / 3, 1, 1 / 3],
      [1, 2 / 3, 1],
    ];
    expectClose(normalize(Y, null, 'percentile'), expected);
    expectClose(
      normalize(Y, [-1, -1, -1], 'percentile'),
      expected.map((r) => r.map((v) => 1 - v)),
    );
  });
});

describe('normalize: fraction of max', () => {
  it('benefit x / max and cost min / x', () => {
    expectClose(normalize(Y, null, 'fracmax'), [
      [0.6, 0.25, 0.125],
      [0.2, 0.5, 0.5],
      [0.6, 1.0, 0.25],
      [1.0, 0.75, 1.0],
    ]);
    expectClose(normalize(Y, [-1, -1, -1], 'fracmax'), [
      [1 / 3, 1.0, 1.0],
      [1.0, 0.5, 0.25],
      [1 / 3, 0.25, 0.5],
      [0.2, 1 / 3, 0.125],
    ]);
  });
  it('rejects negative values (#NUM!) and a zero in a cost column (#DIV/0!) per column', () => {
    const t = normalize([[-1, 0], [2, 3]], [1, -1], 'fracmax');
    expect(kindAt(t, 0, 0)).toBe('num');
    expect(kindAt(t, 1, 1)).toBe('div0');
  });
});

describe('packColumns', () => {
  // Narrow data is packed row by row, wide data (over 32 columns) in blocks of rows: both give
  // each column's values present, in row order, with their rows when the column has a blank.
  const byHand = (data: (number | null)[][], m: number) =>
    Array.from({ length: m }, (_, j) => {
      const rows = data.flatMap((r, i) => (r[j] === null ? [] : [i]));
      const blank = rows.length < data.length;
      return { values: rows.map((i) => data[i][j] as number), rows: blank ? rows : null };
    });
  const packed = (data: (number | null)[][], m: number) => {
    const c = packColumns(data, m);
    return c.values.map((v, j) => ({ values: Array.from(v), rows: c.rows[j] === null ? null : Array.from(c.rows[j] as Int32Array) }));
  };
  it.each([
    [37, 5, null],
    [37, 40, null],
    [37, 40, [0, 0]],
    [37, 40, [36, 39]],
    [37, 40, [17, 33]],
    [20, 8, [19, 0]],
  ] as [number, number, [number, number] | null][])('%i rows × %i columns, blank at %j', (n, m, blank) => {
    const data: (number | null)[][] = Array.from({ length: n }, (_, i) => Array.from({ length: m }, (_, j) => i * 1000 + j));
    if (blank) data[blank[0]][blank[1]] = null;
    expect(packed(data, m)).toEqual(byHand(data, m));
  });
});

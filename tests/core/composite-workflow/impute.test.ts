/**
 * IMPUTE. Numbers come from tests/fixtures/composite-workflow/treatment.json (cases under "impute"),
 * written by treatment.py with numpy's nanmean and nanmedian per column or per group; the properties
 * below (means kept, values present untouched) are checked on seeded random data.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { type Cell, DomainError } from '../../../src/core/shared/errors';
import { mulberry32 } from '../../../src/core/shared/random';
import { impute, labelPositions } from '../../../src/core/composite-workflow/impute';
import { ExcelError, invoke } from '../../../src/excel/adapter';
import { imputeSpec } from '../../../src/registry/functions/composite-workflow/impute';

type Expected = number | { error: string };
interface ImputeCase {
  id: string;
  data: (number | null)[][];
  method: string;
  groups: (string | number | null)[] | null;
  expected: Expected[][];
}
const fixture = JSON.parse(readFileSync(join(__dirname, '../../fixtures/composite-workflow/treatment.json'), 'utf8')) as { impute: ImputeCase[] };

const kinds: Record<string, string> = { '#N/A': 'na', '#VALUE!': 'value', '#DIV/0!': 'div0', '#NUM!': 'num' };

function expectTable(got: Cell[][], want: Expected[][]): void {
  expect(got).toHaveLength(want.length);
  want.forEach((row, i) =>
    row.forEach((w, j) => {
      const g = got[i][j];
      if (typeof w === 'number') expect(Math.abs((g as number) - w)).toBeLessThan(1e-12);
      else {
        expect(g).toBeInstanceOf(DomainError);
        expect((g as DomainError).kind).toBe(kinds[w.error]);
      }
    }),
  );
}

describe('impute: numpy reference (treatment.json)', () => {
  it.each(fixture.impute.map((c) => [c.id, c] as const))('case %s', (_id, c) => {
    expectTable(impute(c.data, c.method, c.groups), c.expected);
  });
});

describe('impute: properties on random data (seeded)', () => {
  const next = mulberry32(3);
  const n = 60;
  const m = 4;
  const data = Array.from({ length: n }, () => Array.from({ length: m }, () => (next() < 0.2 ? null : Math.round(next() * 1000) / 10)));
  const groups = Array.from({ length: n }, () => ['North', 'south', 'SOUTH', 7][Math.floor(next() * 4)]);

  it('leaves every value present as it is and fills every blank', () => {
    for (const method of ['mean', 'median']) {
      const out = impute(data, method);
      data.forEach((row, i) => row.forEach((v, j) => (v === null ? expect(typeof out[i][j]).toBe('number') : expect(out[i][j]).toBe(v))));
    }
  });

  it('keeps each column mean (mean) and each group mean within a column (group-mean)', () => {
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const out = impute(data, 'mean');
    const grouped = impute(data, 'group-mean', groups);
    for (let j = 0; j < m; j++) {
      const present = data.map((r) => r[j]).filter((v): v is number => v !== null);
      expect(mean(out.map((r) => r[j] as number))).toBeCloseTo(mean(present), 10);
      // "south" and "SOUTH" are one group.
      for (const g of ['North', 'south', 7]) {
        const rows = groups.map((x, i) => [x, i] as const).filter(([x]) => (typeof x === 'string' ? x.toLowerCase() === String(g).toLowerCase() : x === g)).map(([, i]) => i);
        const had = rows.map((i) => data[i][j]).filter((v): v is number => v !== null);
        if (had.length > 0) expect(mean(rows.map((i) => grouped[i][j] as number))).toBeCloseTo(mean(had), 10);
      }
    }
  });

  it('fills with the column median (MEDIAN: the mean of the two middle values for an even count)', () => {
    const out = impute([[1], [null], [4], [2], [10]], 'median');
    expect(out[1][0]).toBe(3);
    expect(impute([[1], [null], [4], [2]], 'median')[1][0]).toBe(2);
  });
});

describe('impute: group labels and edge cases', () => {
  it('compares labels as Excel does: texts ignoring case, numbers by value, a number never equal to a text', () => {
    const { labels, index } = labelPositions(['East', 'east', 1, '1', 1.0, null, '', true, 'TRUE']);
    expect(labels).toEqual(['East', 1, '1', true, 'TRUE']);
    expect(Array.from(index)).toEqual([0, 0, 1, 2, 1, -1, -1, 3, 4]);
  });

  it('a blank group label: its values join no group and its blanks are #N/A with a message', () => {
    const out = impute([[1], [null], [5], [9]], 'group-mean', ['a', null, 'a', null]);
    expect(out[0][0]).toBe(1);
    expect(out[3][0]).toBe(9);
    expect((out[1][0] as DomainError).kind).toBe('na');
    expect((out[1][0] as DomainError).message).toBe('row 2 has a blank label in groups, so its blank in column 1 of data cannot be imputed');
  });

  it('a group without values in a column: #N/A in its blanks only, naming the group', () => {
    // Groups x (row 1) and Y (rows 2 and 3, "Y" = "y").
    const out = impute([[1, null], [null, 2], [null, null]], 'group-median', ['x', 'Y', 'y']);
    expect(out[0][0]).toBe(1);
    expect(out[1][0]).toBeInstanceOf(DomainError);
    expect((out[1][0] as DomainError).message).toBe('column 1 of data has no values in group "Y", so its blanks there cannot be imputed');
    expect(out[2][0]).toBeInstanceOf(DomainError);
    expect((out[0][1] as DomainError).message).toBe('column 2 of data has no values in group "x", so its blanks there cannot be imputed');
    expect(out[1][1]).toBe(2);
    expect(out[2][1]).toBe(2);
  });

  it('a column without blanks is returned as it is; a single row and a single column work', () => {
    expect(impute([[1, 2, 3]])).toEqual([[1, 2, 3]]);
    const row = impute([[1, null, 3]]);
    expect((row[0][1] as DomainError).message).toBe('column 2 of data has no values, so its blanks cannot be imputed');
    expect(impute([[2], [null], [4]])).toEqual([[2], [3], [4]]);
  });

  it('rejects bad arguments with #VALUE!', () => {
    const data = [[1], [null]];
    expect(() => impute(data, 'mode')).toThrow(expect.objectContaining({ kind: 'value', message: 'requires method to be one of "mean", "median", "group-mean", "group-median", not "mode"' }));
    expect(() => impute(data, 'group-mean')).toThrow(expect.objectContaining({ kind: 'value' }));
    expect(() => impute(data, 'mean', ['a', 'b'])).toThrow(expect.objectContaining({ kind: 'value' }));
    expect(() => impute(data, 'group-mean', ['a'])).toThrow(expect.objectContaining({ kind: 'value', message: 'requires groups with one label per row of data (2), got 1' }));
    expect(() => impute([[1, 2], [3]])).toThrow(expect.objectContaining({ kind: 'value' }));
  });
});

describe('IMPUTE through the Excel adapter', () => {
  it('text in data is #VALUE! naming the cell', () => {
    const r = invoke(imputeSpec, [[[1, 2], [null, 'x']]]) as unknown[][];
    expect((r[0][0] as ExcelError).code).toBe('#VALUE!');
    expect((r[0][0] as ExcelError).message).toBe('NQP.IMPUTE requires numbers in data: found the text "x" in row 2, column 2');
  });

  it('groups as a column of mixed labels, a blank label sent as ""; #N/A cells carry their message', () => {
    const r = invoke(imputeSpec, [[[1], [null], [3], [null]], 'GROUP-MEAN', [['a'], ['A'], [''], [2]]]) as unknown[][];
    expect(r[0][0]).toBe(1);
    expect(r[1][0]).toBe(1);
    expect(r[2][0]).toBe(3);
    expect((r[3][0] as ExcelError).code).toBe('#N/A');
    expect((r[3][0] as ExcelError).message).toBe('NQP.IMPUTE: column 1 of data has no values in group 2, so its blanks there cannot be imputed');
  });

  it('keeps the shape of the data', () => {
    const r = invoke(imputeSpec, [[[1, null, 3], [null, 5, 6]]]) as unknown[][];
    expect(r).toEqual([[1, 5, 3], [1, 5, 6]]);
  });
});

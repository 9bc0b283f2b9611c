/**
 * INTERPOLATE. Numbers come from tests/fixtures/composite-workflow/treatment.json (cases under
 * "interpolate"), written by treatment.py with numpy.interp (interior blanks and ends "nearest") and
 * scipy.interpolate.interp1d(fill_value = "extrapolate"); the properties below (a straight line is
 * recovered exactly, the order of the units in the range does not matter) on seeded random data.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { type Cell, DomainError } from '../../../src/core/shared/errors';
import { mulberry32 } from '../../../src/core/shared/random';
import { interpolate } from '../../../src/core/composite-workflow/interpolate';
import { ExcelError, invoke } from '../../../src/excel/adapter';
import { interpolateSpec } from '../../../src/registry/functions/composite-workflow/interpolate';

interface InterpolateCase {
  id: string;
  values: (number | null)[][];
  units: (string | number)[] | null;
  ends: string;
  expected: (number | null)[][];
}
const fixture = JSON.parse(readFileSync(join(__dirname, '../../fixtures/composite-workflow/treatment.json'), 'utf8')) as { interpolate: InterpolateCase[] };

function expectTable(got: Cell[][], want: (number | null)[][]): void {
  expect(got).toHaveLength(want.length);
  want.forEach((row, i) => {
    expect(got[i]).toHaveLength(row.length);
    row.forEach((w, j) => {
      if (w === null) expect(got[i][j]).toBe('');
      else expect(Math.abs((got[i][j] as number) - w)).toBeLessThan(1e-12);
    });
  });
}

describe('interpolate: numpy / scipy reference (treatment.json)', () => {
  it.each(fixture.interpolate.map((c) => [c.id, c] as const))('case %s', (_id, c) => {
    expectTable(interpolate(c.values, c.units, c.ends), c.expected);
  });

  it('the panel cases cover interleaved units, a unit written in two cases, a single value and no value', () => {
    const c = fixture.interpolate.find((x) => x.id === 'panel_extrapolate')!;
    expect(c.units!.slice(0, 5)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(c.units).toContain('c');
    // Unit D (one value, 2.5) stays blank around it under "extrapolate"; E has none.
    expect(c.expected.filter((_, i) => c.units![i] === 'D').map((r) => r[0])).toEqual([null, null, 2.5, null, null]);
  });
});

describe('interpolate: properties', () => {
  it('recovers a straight line exactly from any two or more of its points (extrapolate fills every blank)', () => {
    const next = mulberry32(9);
    for (let r = 0; r < 40; r++) {
      const n = 3 + Math.floor(next() * 30);
      const a = next() * 10 - 5;
      const b = next() * 4 - 2;
      const line = Array.from({ length: n }, (_, t) => a + b * t);
      const values = line.map((v) => [next() < 0.4 ? null : v]);
      const keep = values.filter((x) => x[0] !== null).length;
      if (keep < 2) continue;
      const out = interpolate(values, null, 'extrapolate');
      out.forEach((row, t) => expect(row[0] as number).toBeCloseTo(line[t], 10));
    }
  });

  it('gives the same values whether the units stand in blocks or interleaved', () => {
    const next = mulberry32(21);
    const units = ['u1', 'u2', 'u3', 'u4'];
    const years = 7;
    // Interleaved: year by year, unit by unit.
    const inter: { unit: string; v: number | null }[] = [];
    for (let t = 0; t < years; t++) for (const u of units) inter.push({ unit: u, v: next() < 0.35 ? null : Math.round(next() * 100) });
    // Blocks: the same rows sorted by unit (a stable sort keeps the years in order).
    const order = inter.map((_, i) => i).sort((i, j) => units.indexOf(inter[i].unit) - units.indexOf(inter[j].unit));
    for (const ends of ['blank', 'nearest', 'extrapolate']) {
      const a = interpolate(inter.map((r) => [r.v]), inter.map((r) => r.unit), ends);
      const b = interpolate(order.map((i) => [inter[i].v]), order.map((i) => inter[i].unit), ends);
      order.forEach((i, k) => expect(b[k][0]).toBe(a[i][0]));
    }
  });

  it('leaves a series without blanks as it is, and a series with no value blank', () => {
    expect(interpolate([[1, null], [2, null], [4, null]], null, 'nearest')).toEqual([[1, ''], [2, ''], [4, '']]);
  });

  it('a single value: "nearest" copies it, "extrapolate" and "blank" leave the ends blank', () => {
    const v = [[null], [null], [7], [null]];
    expect(interpolate(v, null, 'nearest')).toEqual([[7], [7], [7], [7]]);
    expect(interpolate(v, null, 'extrapolate')).toEqual([[''], [''], [7], ['']]);
    expect(interpolate(v, null, 'blank')).toEqual([[''], [''], [7], ['']]);
  });

  it('a row whose unit is blank belongs to no series and is returned as it is', () => {
    const out = interpolate([[1], [null], [null], [3]], ['a', 'a', null, 'a'], 'blank');
    // Unit a: 1, ·, 3 at its own positions 0, 1, 2 → 2 in the middle; the unlabelled row stays blank.
    expect(out).toEqual([[1], [2], [''], [3]]);
  });

  it('several columns are independent', () => {
    const out = interpolate([[0, 10, null], [null, null, 1], [2, 30, null], [null, 40, 3]], null, 'blank');
    expect(out).toEqual([[0, 10, ''], [1, 20, 1], [2, 30, 2], ['', 40, 3]]);
  });

  it('a single row without units is one series along the row; with units it is one period', () => {
    expect(interpolate([[null, 2, null, 6]], null, 'nearest')).toEqual([[2, 2, 4, 6]]);
    expect(interpolate([[null, 2, null, 6]], ['a'], 'nearest')).toEqual([['', 2, '', 6]]);
  });

  it('rejects bad arguments with #VALUE!', () => {
    expect(() => interpolate([[1]], null, 'spline')).toThrow(expect.objectContaining({ kind: 'value', message: 'requires ends to be one of "blank", "nearest", "extrapolate", not "spline"' }));
    expect(() => interpolate([[1], [2]], ['a'])).toThrow(expect.objectContaining({ kind: 'value', message: 'requires units with one label per row of values (2), got 1' }));
    expect(() => interpolate([[1, 2], [3]])).toThrow(DomainError);
  });
});

describe('INTERPOLATE through the Excel adapter', () => {
  it('text in values is #VALUE! naming the cell', () => {
    const r = invoke(interpolateSpec, [[[1], [null], ['missing'], [4]]]) as unknown[][];
    expect((r[0][0] as ExcelError).code).toBe('#VALUE!');
    expect((r[0][0] as ExcelError).message).toBe('NQP.INTERPOLATE requires numbers in values: found the text "missing" in row 3');
  });

  it('an unknown ends lists the allowed values', () => {
    const r = invoke(interpolateSpec, [[[1], [null], [4]], null, 'linear']) as unknown[][];
    expect((r[0][0] as ExcelError).message).toBe('NQP.INTERPOLATE requires ends to be one of "blank", "nearest", "extrapolate", not the text "linear"');
  });

  it('blanks sent as "" are filled like null, units as a row or a column', () => {
    const values = [[1], [''], [3], [''], [5], ['']];
    const units = ['a', 'b', 'a', 'b', 'a', 'b'];
    const asColumn = invoke(interpolateSpec, [values, units.map((u) => [u]), 'nearest']);
    const asRow = invoke(interpolateSpec, [values, [units], 'nearest']);
    // Unit b has no value: it stays blank; unit a has no blank.
    expect(asColumn).toEqual([[1], [''], [3], [''], [5], ['']]);
    expect(asRow).toEqual(asColumn);
    const filled = invoke(interpolateSpec, [[[1], [''], [3], [8], [5], ['']], [units], 'nearest']);
    expect(filled).toEqual([[1], [8], [3], [8], [5], [8]]);
  });
});

/** Compares results with an example's expected cells: numbers within a tolerance, errors by code. */
import { DomainError } from '../../src/core/shared/errors';
import { ExcelError, type ExcelResult } from '../../src/excel/adapter';
import type { ExpectedCell } from '../../src/registry/types';

const errorCodes: Record<string, string> = { value: '#VALUE!', na: '#N/A', div0: '#DIV/0!', num: '#NUM!' };

/** A result cell in the form an example states it: a number, text, logical, or { error }. */
export function asExpected(v: unknown): unknown {
  if (v instanceof ExcelError) return { error: v.code };
  if (v instanceof DomainError) return { error: errorCodes[v.kind] };
  return v;
}

export function expectCells(actual: unknown[][], expected: ExpectedCell[][], tolerance = 1e-9, label = ''): void {
  const shape = (t: unknown[][]) => `${t.length}×${t.length ? t[0].length : 0}`;
  expect(`${label} ${shape(actual)}`).toBe(`${label} ${shape(expected)}`);
  expected.forEach((row, r) =>
    row.forEach((want, c) => {
      const got = asExpected(actual[r][c]);
      if (typeof want === 'number' && typeof got === 'number') {
        if (Math.abs(got - want) > tolerance) {
          throw new Error(`${label}: cell (${r + 1}, ${c + 1}) is ${got}, expected ${want} ± ${tolerance}`);
        }
      } else {
        expect({ cell: `${label} (${r + 1}, ${c + 1})`, value: got }).toEqual({ cell: `${label} (${r + 1}, ${c + 1})`, value: want });
      }
    }),
  );
}

/** The result as a plain 2-D array, awaiting a promise. */
export async function settle(r: ExcelResult | Promise<ExcelResult>): Promise<ExcelResult> {
  return r instanceof Promise ? await r : r;
}

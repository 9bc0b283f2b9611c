/**
 * Slips named where they happen (issue #18): scores and degrees on a 0–100 scale are #VALUE! naming the fix,
 * in the core and through the Excel adapter; values just inside the bound still compute.
 */
import { ExcelError, invoke } from '../../../src/excel/adapter';
import { specByName } from '../../../src/registry';
import type { FunctionSpec } from '../../../src/registry/types';
import { DomainError, type Cell } from '../../../src/core/shared/errors';
import { coordinationLevel } from '../../../src/core/synergy/coordination-level';
import { couplingCoordination } from '../../../src/core/synergy/coupling-coordination';
import { expectDomainError } from '../../helpers/domain-error';

const spec = (name: string): FunctionSpec => specByName.get(name)!;
const call = (name: string, ...args: unknown[]) => invoke(spec(name), args) as Cell[][];
const kindOf = (c: Cell) => (c instanceof DomainError ? c.kind : typeof c);

describe('COUPLING_COORDINATION: scores above 1', () => {
  it('are #VALUE! in their row, naming the score, its cell and the fix; the other rows compute', () => {
    const table = couplingCoordination([[0.3, 0.6], [63.5, 70], [0.5, 0.5]], null, null, 'all');
    expect(table[2].map(kindOf)).toEqual(['value', 'value', 'value']);
    expect((table[2][0] as DomainError).message).toBe(
      'requires scores in [0, 1], not 63.5 (row 2, column 1): scores on a 0–100 scale? divide them by 100, or normalise them with NQP.NORMALIZE',
    );
    expect(table[1][2] as number).toBeCloseTo(0.65135556, 8);
    expect(table[3][2] as number).toBeCloseTo(0.70710678, 8);
    // the first score above 1 in the row is the one named
    expect((couplingCoordination([[0.5, 80]])[0][0] as DomainError).message).toMatch(/not 80 \(row 1, column 2\)/);
  });
  it('1 and a rounding error above it compute (as 1); a negative score stays #NUM!', () => {
    const edge = couplingCoordination([[1 + 1e-13, 0.5], [1, 0.5]], null, null, 'all');
    expect(edge[1]).toEqual(edge[2]);
    expect(edge[1][1]).toBe(0.75);
    expect(kindOf(couplingCoordination([[1 + 1e-9, 0.5]])[0][0])).toBe('value');
    expect(kindOf(couplingCoordination([[-0.1, 0.5]])[0][0])).toBe('num');
  });
  it('through the adapter: #VALUE! with the message in that row only', () => {
    const r = call('COUPLING_COORDINATION', [[0.3, 0.6], [63.5, 70]], null, null, null);
    expect(r[0][0] as number).toBeCloseTo(0.65135556, 8);
    const e = r[1][0] as unknown as ExcelError;
    expect(e).toBeInstanceOf(ExcelError);
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toBe(
      'NQP.COUPLING_COORDINATION requires scores in [0, 1], not 63.5 (row 2, column 1): scores on a 0–100 scale? divide them by 100, or normalise them with NQP.NORMALIZE',
    );
  });
});

describe('COORDINATION_LEVEL: a D above 1', () => {
  it('is #VALUE! naming the fix; 1 and a rounding error above it are the top band; a negative D stays #NUM!', () => {
    expectDomainError(
      () => coordinationLevel(65.1),
      'value',
      /^requires d in \[0, 1\], not 65\.1: D on a 0–100 scale\? divide it by 100, or compute it from scores in \[0, 1\] with NQP\.COUPLING_COORDINATION$/,
    );
    expectDomainError(() => coordinationLevel(1.01), 'value');
    expect(coordinationLevel(1)).toBe('High-quality coordination');
    expect(coordinationLevel(1 + 1e-13)).toBe('High-quality coordination');
    expectDomainError(() => coordinationLevel(-0.2), 'num');
  });
  it('through the adapter: #VALUE! with the message in its own cell (no bare #NUM! from a bound)', () => {
    const r = call('COORDINATION_LEVEL', [[0.65135556], [65.1]], null);
    expect(r[0][0]).toBe('Primary coordination');
    const e = r[1][0] as unknown as ExcelError;
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/^NQP\.COORDINATION_LEVEL requires d in \[0, 1\], not 65\.1: D on a 0–100 scale\? divide it by 100/);
  });
});

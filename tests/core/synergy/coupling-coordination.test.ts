import { DomainError, type Cell } from '../../../src/core/shared/errors';
import { couplingCoordination } from '../../../src/core/synergy/coupling-coordination';
import { modifiedCouplingDegree } from '../../../src/core/synergy/modified-coupling-degree';
import { expectDomainError } from '../../helpers/domain-error';


const num = (c: Cell): number => {
  if (typeof c !== 'number') throw new Error(`expected a number, got ${String(c)}`);
  return c;
};

// tests/fixtures/vectors/coupling_coordination.json, "original" (= standard) form, tolerance 1e-8
const vectors: { u: number[]; c: number; t: number; d: number }[] = [
  { u: [0.3, 0.6], c: 0.94280904, t: 0.45, d: 0.65135556 },
  { u: [0.5, 0.5], c: 1.0, t: 0.5, d: 0.70710678 },
  { u: [0.2, 0.4, 0.6], c: 0.9085603, t: 0.4, d: 0.60284668 },
  { u: [0.1, 0.9], c: 0.6, t: 0.5, d: 0.54772256 },
  { u: [0.0, 0.7], c: 0.0, t: 0.35, d: 0.0 },
];

describe('couplingCoordination (standard form)', () => {
  it.each(vectors)('reproduces U = $u (derived: coupling_coordination.json)', ({ u, c, t, d }) => {
    const table = couplingCoordination([u], null, null, 'all');
    expect(table[0]).toEqual(['C', 'T', 'D']);
    expect(num(table[1][0])).toBeCloseTo(c, 7);
    expect(num(table[1][1])).toBeCloseTo(t, 8);
    expect(num(table[1][2])).toBeCloseTo(d, 8);
  });
  it('gives D by default, one row per unit, and C or T on request', () => {
    const scores = [[0.3, 0.6], [0.5, 0.5]];
    const d = couplingCoordination(scores);
    expect(d).toHaveLength(2);
    expect(num(d[0][0])).toBeCloseTo(0.65135556, 8);
    expect(num(d[1][0])).toBeCloseTo(0.70710678, 8);
    expect(num(couplingCoordination(scores, null, 'standard', 'c')[0][0])).toBeCloseTo(0.94280904, 8);
    expect(num(couplingCoordination(scores, null, 'standard', 't')[0][0])).toBeCloseTo(0.45, 12);
  });
  it('keeps the coefficient n: C = 1 (not 1/2) when all U are equal, for any k', () => {
    for (const u of [[0.4, 0.4], [0.7, 0.7, 0.7], [0.2, 0.2, 0.2, 0.2, 0.2], [1, 1]]) {
      expect(num(couplingCoordination([u], null, null, 'c')[0][0])).toBeCloseTo(1, 12);
    }
    // and so D = √T when the subsystems are balanced
    expect(num(couplingCoordination([[0.36, 0.36]])[0][0])).toBeCloseTo(0.6, 12);
  });
  it('matches the n·[ΠU/(ΣU)^n]^(1/n) form (derived by hand)', () => {
    const u = [0.2, 0.5, 0.9];
    const explicit = 3 * Math.pow((0.2 * 0.5 * 0.9) / Math.pow(1.6, 3), 1 / 3);
    expect(num(couplingCoordination([u], null, null, 'c')[0][0])).toBeCloseTo(explicit, 12);
  });
  it('weights T only (derived with numpy: U = 0.2, 0.4, 0.6, w = 0.5, 0.3, 0.2 → T 0.34, D 0.5557971759387265)', () => {
    const table = couplingCoordination([[0.2, 0.4, 0.6]], [5, 3, 2], null, 'all');
    expect(num(table[1][0])).toBeCloseTo(0.9085602964160697, 12);
    expect(num(table[1][1])).toBeCloseTo(0.34, 12);
    expect(num(table[1][2])).toBeCloseTo(0.5557971759387265, 12);
  });
  it('confines failures to the unit’s row', () => {
    const table = couplingCoordination([[0.3, 0.6], [0.3, null], [-0.2, 0.5], [0, 0], [null, null]], null, null, 'all');
    expect(num(table[1][2])).toBeCloseTo(0.65135556, 8);
    expect((table[2][0] as DomainError).kind).toBe('na');
    expect((table[2][0] as DomainError).message).toBe('row 2: the score in column 2 is missing');
    expect((table[3][2] as DomainError).kind).toBe('num');
    expect((table[3][2] as DomainError).message).toMatch(/^row 3, column 1/);
    // all U = 0: C is 0/0 (coupling_coordination.json edge case), T = 0
    expect((table[4][0] as DomainError).kind).toBe('div0');
    expect(table[4][1]).toBe(0);
    expect((table[4][2] as DomainError).kind).toBe('div0');
    expect(table[5]).toEqual(['', '', '']);
  });
  it('rejects fewer than two subsystems, bad weights and unknown options', () => {
    expectDomainError(() => couplingCoordination([[0.5], [0.4]]), 'na', /^requires at least two subsystems/);
    expectDomainError(() => couplingCoordination([[0.5, 0.4]], [1, 2, 3]), 'value', /weights has 3 values/);
    expectDomainError(() => couplingCoordination([[0.5, 0.4]], [1, -1]), 'num');
    expectDomainError(() => couplingCoordination([[0.5, 0.4]], [0, 0]), 'div0');
    expectDomainError(() => couplingCoordination([[0.5, 0.4]], null, 'dynamic'), 'value', /formula/);
    expectDomainError(() => couplingCoordination([[0.5, 0.4]], null, null, 'x'), 'value', /output/);
  });
  it('refuses the modified form until its transcription is verified', () => {
    expectDomainError(() => couplingCoordination([[0.5, 0.4]], null, 'modified'), 'value', /not yet available.*unverified/);
  });
});

// The transcribed (unverified) formula of Wang Shujia et al. (2021); not exposed in Excel.
describe('modifiedCouplingDegree (transcription, unverified)', () => {
  it.each([
    { u: [0.3, 0.6], c: 0.59160798 },
    { u: [0.5, 0.5], c: 1.0 },
    { u: [0.2, 0.4, 0.6], c: 0.58143889 },
    { u: [0.1, 0.9], c: 0.1490712 },
    { u: [0.0, 0.7], c: 0.0 },
  ])('reproduces U = $u (derived: coupling_coordination.json, modified_wang2021)', ({ u, c }) => {
    expect(modifiedCouplingDegree(u)).toBeCloseTo(c, 7);
  });
  it('is consistent with the implied U of the Table 8 plausibility check (coupling_coordination.json)', () => {
    // implied U for the first city: Umax 0.3196, Umin 0.291 → modified C 0.9404 (4 dp in the source)
    expect(modifiedCouplingDegree([0.3196, 0.291])).toBeCloseTo(0.9404, 3);
  });
  it('rejects all zeros and fewer than two scores', () => {
    expectDomainError(() => modifiedCouplingDegree([0, 0]), 'div0');
    expectDomainError(() => modifiedCouplingDegree([0.5]), 'na');
  });
});

/**
 * Slips named where they happen (issue #18): a dependence typed as a percentage (35 for 35 %) is #VALUE!
 * naming the fix; real ratios, including those above 1 that re-exports give, still classify.
 */
import { ExcelError, invoke } from '../../../src/excel/adapter';
import { specByName } from '../../../src/registry';
import { dependenceRatio } from '../../../src/core/security/dependence-ratio';
import { securityLevel } from '../../../src/core/security/security-level';
import { expectDomainError } from '../../helpers/domain-error';

const MESSAGE_35 =
  'requires dependence as a ratio, not 35: a percentage? use 35% or 0.35 (a real ratio of 2 or more, from re-exports, is in the top class: classify MIN(dependence, 1))';

describe('SECURITY_LEVEL: a dependence that can only be a percentage', () => {
  it('SECURITY_LEVEL(35) is #VALUE! naming the cause and the fix, not "extremely high"', () => {
    expectDomainError(() => securityLevel(35), 'value', new RegExp(`^${MESSAGE_35.replace(/[.?()%]/g, '\\$&')}$`));
    expectDomainError(() => securityLevel(2), 'value', /use 2% or 0\.02/);
    expectDomainError(() => securityLevel(9.6, [0.2, 0.4, 0.6]), 'value', /use 9\.6% or 0\.096/);
  });
  it('real ratios still classify: below 2, a gross ratio above 1 from re-exports, a net exporter', () => {
    expect(() => securityLevel(100)).toThrow(/percentage/);
    expect(securityLevel(0.35)).toBe('High external dependence');
    expect(securityLevel(1)).toBe('Extremely high external dependence');
    // Q = 50, M = 70, X = 70 (re-exports): M / (Q + M − X) = 1.4
    const reExports = dependenceRatio(70, 50, 70);
    expect(reExports).toBeCloseTo(1.4, 12);
    expect(securityLevel(reExports)).toBe('Extremely high external dependence');
    expect(securityLevel(1.99)).toBe('Extremely high external dependence');
    expect(securityLevel(-35)).toBe('Autonomous and controllable'); // a net exporter's net dependence, on any scale
  });
  it('cut points above 1 (the analyst\'s own scale) classify every value as given', () => {
    expect(() => securityLevel(35)).toThrow(/percentage/);
    expect(securityLevel(35, [10, 30, 50])).toBe('High external dependence');
    expect(securityLevel(2.5, [0.5, 1, 2])).toBe('Extremely high external dependence');
    expect(securityLevel(1.5, [0.5, 1, 2])).toBe('High external dependence');
  });
  it('through the adapter: #VALUE! with the message in its own cell, the other cells classified', () => {
    const r = invoke(specByName.get('SECURITY_LEVEL')!, [[[35], [0.35], [1.4]], null, null]) as unknown[][];
    const e = r[0][0] as ExcelError;
    expect(e).toBeInstanceOf(ExcelError);
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toBe(`NQP.SECURITY_LEVEL ${MESSAGE_35}`);
    expect(r.slice(1)).toEqual([['High external dependence'], ['Extremely high external dependence']]);
  });
});

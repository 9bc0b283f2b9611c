import { securityLevel } from '../../../src/core/security/security-level';
import { expectDomainError } from '../../helpers/domain-error';


// Labels: shared/data/cae-26-industries.json (security_classes); cut points: the add-in's illustrative default 0.1, 0.3, 0.5
describe('securityLevel', () => {
  it('classifies with the default cut points, a cut point belonging to the class above', () => {
    expect(securityLevel(0.05)).toBe('Autonomous and controllable');
    expect(securityLevel(0.1)).toBe('Secure and controllable');
    expect(securityLevel(0.29)).toBe('Secure and controllable');
    expect(securityLevel(0.3)).toBe('High external dependence');
    expect(securityLevel(0.5)).toBe('Extremely high external dependence');
    expect(securityLevel(1.4)).toBe('Extremely high external dependence');
    expect(securityLevel(-0.2)).toBe('Autonomous and controllable'); // a net exporter's net dependence
  });
  it('treats a value a rounding error below a cut point as on it', () => {
    expect(securityLevel(0.1 + 0.2)).toBe('High external dependence');
    expect(securityLevel(0.3 - 1e-15)).toBe('High external dependence');
  });
  it('speaks Chinese', () => {
    expect(securityLevel(0.05, null, 'zh')).toBe('自主可控');
    expect(securityLevel(0.2, null, 'zh')).toBe('安全可控');
    expect(securityLevel(0.4, null, 'zh')).toBe('对外依赖度高');
    expect(securityLevel(0.9, null, 'zh')).toBe('对外依赖度极高');
  });
  it('takes the analyst’s own cut points', () => {
    expect(securityLevel(0.25, [0.2, 0.4, 0.6])).toBe('Secure and controllable');
    expect(securityLevel(0.65, [0.2, 0.4, 0.6])).toBe('Extremely high external dependence');
  });
  it('rejects cut points that are not three ascending numbers', () => {
    expectDomainError(() => securityLevel(0.2, [0.3, 0.1, 0.5]), 'value', /^requires thresholds to be 3 ascending cut points/);
    expectDomainError(() => securityLevel(0.2, [0.1, 0.3]), 'value');
    expectDomainError(() => securityLevel(0.2, [0.1, null, 0.5]), 'value');
    expectDomainError(() => securityLevel(0.2, [0.1, 0.1, 0.5]), 'value');
  });
});

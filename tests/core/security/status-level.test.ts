import { statusLevel } from '../../../src/core/security/status-level';
import { expectDomainError } from '../../helpers/domain-error';


// Labels: shared/data/cae-26-industries.json (status_classes); cut points 0.6, 0.8, 1.0 per shared/spec/functions.md (illustrative)
describe('statusLevel', () => {
  it('classifies with the default cut points', () => {
    expect(statusLevel(1.2)).toBe('World-leading');
    expect(statusLevel(1)).toBe('World-leading');
    expect(statusLevel(0.8)).toBe('World-advanced');
    expect(statusLevel(0.6)).toBe('Large gap');
    expect(statusLevel(0.59)).toBe('Huge gap');
    expect(statusLevel(0)).toBe('Huge gap');
  });
  it('speaks Chinese', () => {
    expect(statusLevel(1.1, null, 'zh')).toBe('世界领先');
    expect(statusLevel(0.9, null, 'zh')).toBe('世界先进');
    expect(statusLevel(0.7, null, 'zh')).toBe('差距大');
    expect(statusLevel(0.2, null, 'zh')).toBe('差距巨大');
  });
  it('takes custom cut points and rejects bad ones', () => {
    expect(statusLevel(0.75, [0.5, 0.7, 0.9])).toBe('World-advanced');
    expectDomainError(() => statusLevel(0.75, [0.9, 0.7, 0.5]), 'value', /ascending/);
  });
  it('gives #NUM! for a negative ratio', () => {
    expectDomainError(() => statusLevel(-0.1), 'num');
  });
});

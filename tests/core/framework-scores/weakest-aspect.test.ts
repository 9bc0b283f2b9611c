import type { DomainError } from '../../../src/core/shared/errors';
import { weakestAspect } from '../../../src/core/framework-scores/weakest-aspect';

// Derived by hand; labels from shared/reference/framework.md (Huang 2024).
describe('weakestAspect', () => {
  it('names the lowest of six aspects, in English or Chinese', () => {
    const scores = [
      [0.8, 0.7, 0.9, 0.3, 0.6, 0.5],
      [0.2, 0.7, 0.9, 0.3, 0.6, 0.5],
    ];
    expect(weakestAspect(scores)).toEqual(['security', 'advanced quality']);
    expect(weakestAspect(scores, null, 'zh')).toEqual(['安全性', '先进性']);
  });

  it('names the lowest of the four new modernizations, also for one unit given as a column', () => {
    expect(weakestAspect([[70, 55, 80, 60]])).toEqual(['digitized (intelligent)']);
    expect(weakestAspect([[70], [55], [80], [60]], null, 'zh')).toEqual(['数字化（智能化）']);
  });

  it('uses the labels given, needed for other column counts', () => {
    expect(weakestAspect([[3, 1, 2]], ['a', 'b', 'c'])).toEqual(['b']);
    expect(() => weakestAspect([[3, 1, 2]])).toThrow(expect.objectContaining({ kind: 'value' }));
    expect(() => weakestAspect([[3, 1, 2]], ['a', 'b'])).toThrow(expect.objectContaining({ kind: 'value' }));
  });

  it('takes the first of tied lowest scores, skips blanks, and gives #N/A to an empty row', () => {
    const t = weakestAspect([[0.5, 0.2, 0.2, 0.9], [null, 0.4, null, 0.3], [null, null, null, null]]);
    expect(t.slice(0, 2)).toEqual(['digitized (intelligent)', 'integrated']);
    expect((t[2] as DomainError).kind).toBe('na');
  });
});

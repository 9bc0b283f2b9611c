/**
 * The Check view's texts (src/taskpane/explain-view.ts): every string and
 * every hint in both languages, the Chinese with Chinese punctuation, and an
 * explanation put into words as the pane shows it.
 */
import type { Explanation, Hint } from '../../src/taskpane/explain';
import { explainStrings, explanationText } from '../../src/taskpane/explain-view';

const HINTS: Hint[] = [
  { id: 'header-row', param: 'data', at: 'B1:M31', suggestion: 'B2:M31' },
  { id: 'header-column', param: 'data', at: 'A2:M31', suggestion: 'B2:M31' },
  { id: 'text-numbers', param: 'values', at: 'B7', count: 3 },
  { id: 'percent-scale', param: 'scores', at: 'B2:E31', value: 87.5 },
  { id: 'percentage', param: 'depreciation', value: 9.6 },
  { id: 'spill', rows: 31, columns: 3 },
  { id: 'unknown-name', at: 'GINNI' },
  { id: 'busy' },
  { id: 'calc' },
  { id: 'stale' },
];

/** The Chinese text with what is not prose (codes, addresses, formulas, numbers) taken out. */
const prose = (text: string): string =>
  text
    .replace(/[^\s：（]+![A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?(\/\d+)?/g, '')
    .replace(/[A-Z]{1,3}\d+:[A-Z]{1,3}\d+\/\d+/g, '')
    .replace(/NQP\.[A-Z_]+(\([^)]*\))?/g, '')
    .replace(/#[A-Z0-9/]+[!?]/g, '')
    .replace(/[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?/g, '')
    .replace(/Ctrl\+Alt\+F9|VALUE\(\)|\d+(\.\d+)?%?|5 MB|0–100/g, '');

describe('both languages', () => {
  it('every string and every hint exists in English and Chinese', () => {
    expect(Object.keys(explainStrings.zh).sort()).toEqual(Object.keys(explainStrings.en).sort());
    expect(Object.keys(explainStrings.zh.hint).sort()).toEqual(Object.keys(explainStrings.en.hint).sort());
    for (const h of HINTS) {
      expect(explainStrings.en.hint[h.id](h)).not.toMatch(/[\u3000-\u9fff\uff00-\uffef]/);
      expect(explainStrings.zh.hint[h.id](h)).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('the Chinese uses Chinese punctuation', () => {
    const texts = [
      ...HINTS.map((h) => explainStrings.zh.hint[h.id](h)),
      explainStrings.zh.intro,
      explainStrings.zh.unsupported('Sheet1!H2', 'B2:B31/100'),
      explainStrings.zh.noError('Sheet1!H2', 'GINI'),
      explainStrings.zh.failed('GeneralException。'),
    ];
    for (const t of texts) {
      expect({ t, ascii: /[,;:!?()]|\.(\s|$)/.test(prose(t)) }).toEqual({ t, ascii: false });
      expect(t).toMatch(/[。）]$/);
    }
  });

  it('a percentage hint gives the fraction exactly', () => {
    expect(explainStrings.en.hint.percentage({ id: 'percentage', param: 'depreciation', value: 9.6 })).toBe('depreciation = 9.6 looks like a percentage: type 9.6% or 0.096.');
  });
});

it('an explanation in words: the cell, the message (in English), its cause, the hints', () => {
  const e: Explanation = {
    status: 'explained',
    address: 'Sheet1!H2',
    shown: '#NUM!',
    name: 'COUPLING_COORDINATION',
    code: '#NUM!',
    message: 'NQP.COUPLING_COORDINATION: row 1, column 1: score 63.5 is outside [0, 1]',
    inner: [],
    hints: [{ id: 'percent-scale', param: 'scores', at: 'B2:C4', value: 90 }],
  };
  expect(explanationText(e, 'en')).toEqual({
    lead: 'Sheet1!H2 shows #NUM! from NQP.COUPLING_COORDINATION.',
    message: '#NUM! NQP.COUPLING_COORDINATION: row 1, column 1: score 63.5 is outside [0, 1]',
    causes: [],
    hints: ['scores goes up to 90: scores on a 0–100 scale? Divide them by 100, or normalise them with NQP.NORMALIZE.'],
  });
  expect(explanationText(e, 'zh').lead).toBe('Sheet1!H2 显示 NQP.COUPLING_COORDINATION 返回的 #NUM!。');
  expect(explanationText({ ...e, status: 'no-formula' }, 'zh').lead).toBe('Sheet1!H2 中没有 NQP 公式。');
});

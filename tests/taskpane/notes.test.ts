/**
 * A function page's notes as short pieces (src/taskpane/notes.ts): for every
 * function, in both languages, the pieces, the error table and the sources
 * hold the whole help text (nothing lost, nothing rewritten); no piece is a
 * long paragraph; formulas stand as blocks; error rows name their error value.
 */
import { specs } from '../../src/registry';
import { isFormula, sentences, splitNotes } from '../../src/taskpane/notes';

/** The text without whitespace, the labels and the separators the split takes out. */
const bare = (t: string): string => t.replace(/Errors?:|错误：|Sources?:|来源：/g, '').replace(/[\s;；.。]/g, '');

const cases = specs.flatMap((s) => (['en', 'zh'] as const).map((lang) => [s.name, lang, s.help[lang]] as const));

describe.each(cases)('%s (%s)', (_name, _lang, help) => {
  const notes = splitNotes(help);
  it('keeps every character of the help text, in its order', () => {
    const joined = [...notes.pieces.map((p) => p.text), ...notes.errors.map((e) => e.text), notes.sources ?? ''];
    // The errors were taken out of the middle of the text: compare the sorted characters, and the order of the pieces.
    expect([...bare(joined.join(''))].sort().join('')).toBe([...bare(help)].sort().join(''));
    let at = 0;
    for (const p of notes.pieces) {
      const i = help.indexOf(p.text, at);
      expect({ piece: p.text, found: i >= 0 }).toEqual({ piece: p.text, found: true });
      at = i + p.text.length;
    }
  });
  it('has no long paragraph, and an error row names its error value', () => {
    for (const p of notes.pieces) expect({ piece: p.text.slice(0, 60), short: p.text.length <= 700 }).toEqual({ piece: p.text.slice(0, 60), short: true });
    // Each case names its error value, but for a remark among them (how data are scaled, say).
    const named = notes.errors.filter((e) => e.codes.length > 0).length;
    expect(named).toBeGreaterThanOrEqual(Math.ceil(notes.errors.length / 2));
    if (notes.errors.length > 0) expect(notes.errors[0].codes.length).toBeGreaterThan(0);
  });
});

it('most functions get an error table, and many a formula block', () => {
  const en = specs.map((s) => splitNotes(s.help.en));
  expect(en.filter((n) => n.errors.length > 0).length).toBeGreaterThan(specs.length / 2);
  expect(en.filter((n) => n.pieces.some((p) => p.kind === 'formula')).length).toBeGreaterThan(10);
});

it('splits sentences at full stops, not after abbreviations or inside numbers', () => {
  expect(sentences('Weights, e.g. 0.25 each. Then D = √(C·T). 结果为 0.5。下一句。')).toEqual(['Weights, e.g. 0.25 each.', 'Then D = √(C·T).', '结果为 0.5。', '下一句。']);
  expect(isFormula('D = √(C·T)')).toBe(true);
  expect(isFormula('output "D" = the default')).toBe(false);
});

it('COUPLING_COORDINATION: its formulas as blocks, its errors as rows, in both languages', () => {
  const spec = specs.find((s) => s.name === 'COUPLING_COORDINATION')!;
  const en = splitNotes(spec.help.en);
  expect(en.pieces.filter((p) => p.kind === 'formula').map((p) => p.text)).toContainEqual(expect.stringContaining('C = (U1·U2·…·Uk)^(1/k)'));
  expect(en.errors.map((e) => e.codes[0])).toEqual(expect.arrayContaining(['#VALUE!', '#NUM!', '#N/A']));
  const zh = splitNotes(spec.help.zh);
  expect(zh.errors.length).toBeGreaterThanOrEqual(3);
});

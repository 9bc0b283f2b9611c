/**
 * The live examples of the pane's preview: every example of every spec,
 * computed as the page computes it (through the adapter, DEA through the
 * lazily loaded solver), matches its stated result; a result that differs is
 * reported as differing; cells read as Excel shows them.
 */
import { ExcelError } from '../../src/excel/adapter';
import { specByName, specs } from '../../src/registry';
import { cellText, computeExample, errorMessages, matchesExpected, resultText } from '../../src/taskpane/live';

jest.setTimeout(60_000);

const cases = specs.flatMap((spec) => spec.examples.map((example, i) => ({ spec, example, label: `${spec.name} #${i + 1}` })));

it.each(cases)('$label matches its expected result when computed in the page', async ({ spec, example }) => {
  const result = await computeExample(spec, example);
  expect({ result: resultText(result), match: matchesExpected(result, example) }).toEqual({ result: resultText(result), match: true });
});

it('computes an example once, and only when asked', async () => {
  const spec = specByName.get('DEPENDENCE_RATIO')!;
  const first = computeExample(spec, spec.examples[0]);
  expect(computeExample(spec, spec.examples[0])).toBe(first);
  expect(resultText(await first)).toBe('0.4285714286');
});

it('gives the messages in the pane\'s language, each language computed once', async () => {
  const spec = specByName.get('ELEMENT_SCORE')!;
  const example = spec.examples[4]; // a #VALUE! with its message
  const en = errorMessages(await computeExample(spec, example, 'en'));
  const zh = errorMessages(await computeExample(spec, example, 'zh'));
  expect(en[0]).toMatch(/^NQP\.ELEMENT_SCORE [a-z]/);
  expect(zh[0]).toMatch(/^NQP\.ELEMENT_SCORE[ ：][\s\S]*[\u4e00-\u9fff]/);
  expect(computeExample(spec, example, 'zh')).toBe(computeExample(spec, example, 'zh'));
  // The English is unchanged by a Chinese computation before it.
  expect(errorMessages(await computeExample(spec, spec.examples[4], 'en'))).toEqual(en);
});

it('reports a result that differs: another value, another error, another shape', () => {
  const example = { title: { en: '', zh: '' }, args: [], expected: [[0.5], [{ error: '#NUM!' as const }]], tolerance: 1e-6, source: '' };
  expect(matchesExpected([[0.5000001], [new ExcelError('#NUM!')]], example)).toBe(true);
  expect(matchesExpected([[0.51], [new ExcelError('#NUM!')]], example)).toBe(false);
  expect(matchesExpected([[0.5], [new ExcelError('#VALUE!', 'x')]], example)).toBe(false);
  expect(matchesExpected([[0.5], [0]], example)).toBe(false);
  expect(matchesExpected([[0.5]], example)).toBe(false);
  expect(matchesExpected([[0.5, 1], [new ExcelError('#NUM!')]], example)).toBe(false);
});

it('shows cells as Excel does, with the messages of #VALUE! and #N/A once each', () => {
  expect(cellText(0.8333333333333334)).toBe('0.8333333333');
  expect(cellText(true)).toBe('TRUE');
  expect(cellText('Mature')).toBe('Mature');
  expect(cellText(new ExcelError('#DIV/0!'))).toBe('#DIV/0!');
  const bad = new ExcelError('#VALUE!', 'NQP.GINI requires numbers');
  expect(resultText([[1, bad], [bad, 2]])).toBe('1  #VALUE!\n#VALUE!  2');
  expect(errorMessages([[1, bad], [bad, new ExcelError('#NUM!', 'hidden in Excel')]])).toEqual(['NQP.GINI requires numbers']);
});

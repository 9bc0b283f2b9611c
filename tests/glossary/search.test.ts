/** Search over the glossary in English and Chinese: matching and ranking. */
import { terms } from '../../src/glossary';
import { editDistance, normalize, queryWords, searchFunctions, searchTerms } from '../../src/glossary/search';
import { specs } from '../../src/registry';

const top = (query: string, n = 1) => searchTerms(query, terms).slice(0, n).map((t) => t.id);

describe('glossary search', () => {
  it('returns every term, in order, for an empty or blank query', () => {
    expect(searchTerms('', terms)).toEqual([...terms]);
    expect(searchTerms('  - ', terms)).toEqual([...terms]);
  });

  it.each([
    ['external dependence', 'external-dependence'],
    ['entropy weight', 'entropy-weight-method'],
    ['TOPSIS', 'topsis'],
    ['Malmquist', 'malmquist-index'],
    ['coupling coordination', 'coupling-coordination'],
    ['Gini', 'gini'],
    ['Theil', 'theil-index'],
    ['HHI', 'hhi'],
    ['low-altitude economy', 'low-altitude-economy'],
    ['quantum computing', 'quantum-computing'],
    ['four industrial bases', 'four-industrial-bases'],
    ['GB/T 4754', 'gb-t-4754'],
    ['666', 'industrial-classes-666'],
    ['new quality productivity', 'new-quality-productivity'],
    ['NQP', 'new-quality-productivity'],
    ['consistency ratio', 'consistency-ratio'],
    ['perpetual inventory', 'perpetual-inventory'],
    ['scale efficiency', 'scale-efficiency'],
  ])('finds %s by English words', (query, id) => {
    expect(top(query)).toEqual([id]);
  });

  it.each([
    ['依存度', 'external-dependence'],
    ['对外依存度', 'external-dependence'],
    ['熵值法', 'entropy-weight-method'],
    ['熵权', 'entropy-weight-method'],
    ['新质生产力', 'new-quality-productivity'],
    ['耦合协调度', 'coupling-coordination'],
    ['工业四基', 'four-industrial-bases'],
    ['低空经济', 'low-altitude-economy'],
    ['基尼系数', 'gini'],
    ['层次分析法', 'ahp'],
    ['索洛余值', 'solow-residual'],
    ['新型举国体制', 'new-national-system'],
    ['因地制宜', 'third-plenum-2024'],
  ])('finds %s by Chinese words', (query, id) => {
    expect(top(query)).toEqual([id]);
  });

  it('finds terms from partial and slightly misspelled queries', () => {
    expect(top('malmqist')).toEqual(['malmquist-index']);
    expect(top('entopy weight')).toEqual(['entropy-weight-method']);
    expect(top('herfindal')).toEqual(['hhi']);
    expect(top('normaliz')).toEqual(['min-max-normalisation']);
    expect(top('coupl')).toEqual(['coupling-coordination']);
  });

  it('finds terms by aliases and by mixed-language queries', () => {
    expect(top('normalization')).toEqual(['min-max-normalisation']);
    expect(top('concentration')).toEqual(['hhi']);
    expect(top('TFP 增长')).toContain('tfp');
  });

  it('needs every word to match, and finds nothing for nonsense', () => {
    expect(searchTerms('zzzz-no-such-term', terms)).toEqual([]);
    expect(searchTerms('entropy zzzzqqq', terms)).toEqual([]);
    expect(searchTerms('<img src=x onerror=alert(1)>', terms)).toEqual([]);
  });

  it('ranks a name match above a match in the text', () => {
    const ids = searchTerms('entropy', terms).map((t) => t.id);
    expect(ids.slice(0, 2).sort()).toEqual(['entropy-weight-method', 'shannon-entropy']);
    expect(ids.indexOf('topsis')).toBeGreaterThan(1);
  });

  it('normalises case, accents, full-width forms and punctuation', () => {
    expect(normalize('Färe–GROSSKOPF')).toBe('fare–grosskopf');
    expect(normalize('MIN_MAX/min-max')).toBe('min max min max');
    expect(normalize('\uFF34\uFF2F\uFF30\uFF33\uFF29\uFF33\uFF08熵权\uFF09\uFF0C')).toBe('topsis 熵权');
    expect(queryWords('tfp增长')).toEqual(['tfp', '增长']);
  });

  it('computes edit distances with transpositions and a cut-off', () => {
    expect(editDistance('entropy', 'entropy', 1)).toBe(0);
    expect(editDistance('entopy', 'entropy', 1)).toBe(1);
    expect(editDistance('ahp', 'hap', 1)).toBe(1);
    expect(editDistance('gini', 'theil', 1)).toBe(2);
  });

  it('finds functions by name and by description in either language', () => {
    expect(searchFunctions('self-sufficiency', specs).map((s) => s.name)).toEqual(['SELF_SUFFICIENCY']);
    expect(searchFunctions('NQP.ENTROPY_WEIGHTS', specs).map((s) => s.name)).toEqual(['ENTROPY_WEIGHTS']);
    expect(searchFunctions('自给率', specs).map((s) => s.name)).toContain('SELF_SUFFICIENCY');
    expect(searchFunctions('', specs)).toHaveLength(specs.length);
  });
});

/**
 * Ranking of the pane's search (issue #18, point 5): what an analyst types, in English and Chinese, and
 * the first hit of the one ranked list of terms and functions (`searchAll`), which the pane shows first.
 */
import { findTerm, terms } from '../../src/glossary';
import { type SearchHit, searchAll, searchFunctions, searchTerms } from '../../src/glossary/search';
import { specByName, specs } from '../../src/registry';

const key = (h: SearchHit): string => (h.kind === 'term' ? h.item.id : `NQP.${h.item.name}`);
const hits = (query: string): string[] => searchAll(query, terms, specs).map(key);

/** A term by its id (not an alias: the test names the term itself). */
const term = (id: string): string => id;
/** A function by its name. */
const fn = (name: string): string => `NQP.${name}`;

const CJK = /[\u3400-\u9fff]/;

/** Query → the first hit. */
const table: [string, string][] = [
  // English
  ['entropy', term('entropy-weight-method')],
  ['dependence', term('external-dependence')],
  ['TOPSIS', term('topsis')],
  ['Gini', fn('GINI')],
  ['coupling coordination', fn('COUPLING_COORDINATION')],
  ['coordination', term('coupling-coordination')],
  ['Malmquist', fn('MALMQUIST')],
  ['DEA', term('dea')],
  ['super efficiency', term('super-efficiency')],
  ['SBM', term('sbm')],
  ['Moran', term('morans-i')],
  ["Moran's I", term('morans-i')],
  ['convergence', term('sigma-convergence')],
  ['Theil', term('theil-index')],
  ['kernel density', fn('KERNEL_DENSITY')],
  ['Dagum', term('dagum-gini')],
  ['interpolation', term('interpolation')],
  ['VIKOR', term('vikor')],
  ['grey relation', fn('GREY_RELATION')],
  ['PCA', term('pca-weighting')],
  ['winsorisation', term('winsorisation')],
  ['winsorization', term('winsorisation')],
  ['Cronbach', term('cronbach-alpha')],
  ['HHI', fn('HHI')],
  ['openness', term('openness')],
  ['green TFP', term('green-tfp')],
  ['Markov', term('markov-chain')],
  ['ENTROPY_WEIGHTS', fn('ENTROPY_WEIGHTS')],
  ['entropy weights', fn('ENTROPY_WEIGHTS')],
  ['NQP.TOPSIS', fn('TOPSIS')],
  ['self-sufficiency', fn('SELF_SUFFICIENCY')],
  // Chinese
  ['熵权', term('entropy-weight-method')],
  ['熵值法', term('entropy-weight-method')],
  ['依存度', term('external-dependence')],
  ['基尼系数', term('gini')],
  ['耦合协调', term('coupling-coordination')],
  ['数据包络分析', term('dea')],
  ['超效率', term('super-efficiency')],
  ['莫兰指数', term('morans-i')],
  ['收敛', term('sigma-convergence')],
  ['泰尔', term('theil-index')],
  ['核密度', term('kernel-density')],
  ['达格姆', term('dagum-gini')],
  ['达古姆', term('dagum-gini')], // the other common transliteration
  ['熵', term('entropy-weight-method')],
  ['Dagum 基尼系数', term('dagum-gini')],
  ['插值', term('interpolation')],
  ['灰色关联', term('grey-relational-analysis')],
  ['主成分', term('pca-weighting')],
  ['缩尾', term('winsorisation')],
  ['信度', term('cronbach-alpha')],
  ['赫芬达尔', term('hhi')],
  ['开放度', term('trade-openness')],
  ['全要素生产率', term('tfp')],
  ['绿色全要素生产率', term('green-tfp')],
  ['非期望产出', term('undesirable-output')],
  ['层次分析法', term('ahp')],
  ['空间权重', term('spatial-weights')],
  ['马尔可夫', term('markov-chain')],
];

describe('search ranking: the first hit is what the analyst means', () => {
  it('has at least 15 English and 15 Chinese queries', () => {
    expect(table.filter(([q]) => !CJK.test(q)).length).toBeGreaterThanOrEqual(15);
    expect(table.filter(([q]) => CJK.test(q)).length).toBeGreaterThanOrEqual(15);
    expect(new Set(table.map(([q]) => q)).size).toBe(table.length);
  });

  it.each(table)('the expected first hit of %s, %s, exists', (_query, expected) => {
    if (expected.startsWith('NQP.')) expect(specByName.get(expected.slice(4))?.name).toBe(expected.slice(4));
    else expect(findTerm(expected)?.id).toBe(expected);
  });

  it.each(table)('%s → %s', (query, expected) => {
    expect(hits(query)[0]).toBe(expected);
  });
});

describe('search ranking: the cases of the issue', () => {
  it('"entropy": the entropy weight method first, Shannon entropy after it', () => {
    const ids = hits('entropy');
    expect(ids[0]).toBe('entropy-weight-method');
    expect(ids.indexOf('shannon-entropy')).toBeGreaterThan(0);
    expect(ids.indexOf('shannon-entropy')).toBeLessThan(ids.indexOf('topsis'));
    expect(searchTerms('entropy', terms)[0].id).toBe('entropy-weight-method');
  });

  it('"dependence": the dependence terms and functions first, "indicator direction" well down', () => {
    const ids = hits('dependence');
    expect(ids[0]).toBe('external-dependence');
    expect(ids.slice(0, 3)).not.toContain('indicator-direction');
    expect(ids.slice(0, 5)).toEqual(expect.arrayContaining(['technology-dependence', 'NQP.DEPENDENCE_RATIO']));
    // The pane groups terms by category: within the methods group, the dependence terms and the terms linked to
    // external dependence come before indicator direction, which only mentions import dependence in its explanation.
    const methods = searchTerms('dependence', terms).filter((t) => t.category === 'method').map((t) => t.id);
    expect(methods.slice(0, 3)).toEqual(['external-dependence', 'technology-dependence', 'trade-openness']);
    expect(methods.indexOf('indicator-direction')).toBeGreaterThan(methods.indexOf('apparent-consumption'));
  });

  it('an exact function name beats a term that only has it as an alias or keyword; an exact term name ties to the term', () => {
    expect(hits('entropy weights').slice(0, 2)).toEqual(['NQP.ENTROPY_WEIGHTS', 'entropy-weight-method']);
    expect(hits('TOPSIS').slice(0, 2)).toEqual(['topsis', 'NQP.TOPSIS']);
    expect(hits('Theil index').slice(0, 2)).toEqual(['theil-index', 'NQP.THEIL_INDEX']);
  });

  it('a method term beats a term of another category with the same exact alias or keyword', () => {
    // "convergence" is an alias of the aspect "Integrated" (融合化); "coordination" one of "Synergy".
    expect(hits('convergence').indexOf('sigma-convergence')).toBeLessThan(hits('convergence').indexOf('integration'));
    expect(hits('coordination').indexOf('coupling-coordination')).toBeLessThan(hits('coordination').indexOf('synergy'));
  });

  it('ranks names that start with the query, or have it at a word start, above mentions in the text', () => {
    // "Moran": Moran's I and local Moran's I (names) before Geary's C (which mentions Moran in its text).
    const ids = hits('Moran');
    expect(ids.indexOf('lisa')).toBeLessThan(ids.indexOf('gearys-c'));
    // A partial word is a name match too.
    expect(hits('coupl')[0]).toBe('coupling-coordination');
  });
});

describe('searchAll', () => {
  it('returns every term in order, then every function in order, for an empty query', () => {
    for (const q of ['', '  - ']) {
      expect(searchAll(q, terms, specs)).toEqual([...terms.map((item) => ({ kind: 'term', item })), ...specs.map((item) => ({ kind: 'function', item }))]);
    }
  });

  it.each(['entropy', '依存度', 'DEA', 'coupling coordination', 'malmqist', 'self-sufficiency', 'NQP'])(
    'for %s, holds exactly the terms of searchTerms and the functions of searchFunctions',
    (q) => {
      // The same items; the order may differ in the incidental tier, which puts the items linked to the best hit
      // of the list searched first (for searchAll, that best hit may be a function).
      const all = searchAll(q, terms, specs).map(key).sort();
      const apart = [...searchTerms(q, terms).map((t) => t.id), ...searchFunctions(q, specs).map((s) => `NQP.${s.name}`)].sort();
      expect(all).toEqual(apart);
    },
  );

  it('finds nothing for nonsense', () => {
    expect(searchAll('zzzz-no-such-term', terms, specs)).toEqual([]);
    expect(searchAll('<img src=x onerror=alert(1)>', terms, specs)).toEqual([]);
  });
});

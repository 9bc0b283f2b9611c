/**
 * The glossary's content: enough terms, unique ids, every link resolves, both
 * languages present, and every registered function reachable from a term.
 */
import { categories, findTerm, functionsFor, templatesFor, terms } from '../../src/glossary';
import type { Term } from '../../src/glossary/types';
import { specByName, specs } from '../../src/registry';
import { templates } from '../../src/templates';

const CJK = /[\u3400-\u9fff]/;
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('the glossary terms', () => {
  it('has at least 80 terms, with unique kebab-case ids and aliases that clash with nothing', () => {
    expect(terms.length).toBeGreaterThanOrEqual(80);
    const ids = terms.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(KEBAB);
    const aliases = terms.flatMap((t) => t.aliases ?? []);
    expect(new Set(aliases).size).toBe(aliases.length);
    for (const alias of aliases) {
      expect(alias).toMatch(KEBAB);
      expect(ids).not.toContain(alias);
    }
  });

  it('puts every term in a known category, and marks later developments', () => {
    for (const term of terms) expect(categories).toContain(term.category);
    const later = terms.filter((t) => t.later);
    expect(later.length).toBeGreaterThanOrEqual(4);
    for (const id of ['nqp-official-definition-2024', 'government-work-report-2024', 'third-plenum-2024', 'fifteenth-five-year-plan-proposals']) {
      expect(findTerm(id)?.later).toBe(true);
    }
  });

  describe.each(terms.map((t) => [t.id, t] as [string, Term]))('%s', (_id, term) => {
    it('has names, a definition and an explanation in English and in Chinese', () => {
      for (const text of [term.name, term.definition, term.explanation]) {
        expect(text.en.trim().length).toBeGreaterThan(0);
        expect(text.zh.trim().length).toBeGreaterThan(0);
        expect(text.zh).toMatch(CJK);
        // The English side is English: no Chinese characters left in it.
        expect(text.en).not.toMatch(CJK);
        // Chinese punctuation between Chinese words is full-width (，；：), not ASCII.
        expect(text.zh).not.toMatch(/[\u4e00-\u9fff][,;:][\u4e00-\u9fff]/);
      }
      expect(term.explanation.en.length).toBeGreaterThan(term.definition.en.length / 2);
      expect(term.source.trim().length).toBeGreaterThan(0);
    });

    it('links only to terms, functions and templates that exist', () => {
      for (const id of term.related) {
        expect(findTerm(id)).toBeDefined();
        expect(findTerm(id)).not.toBe(term);
      }
      for (const name of term.functions) expect(specByName.has(name)).toBe(true);
      const templateIds = new Set(templates.map((t) => t.id));
      for (const id of term.templates) expect(templateIds.has(id)).toBe(true);
    });
  });

  it('cites Huang (2024) for the framework concepts, and the defining works for the methods', () => {
    const cites = (id: string, source: string) => expect(findTerm(id)?.source).toContain(source);
    for (const id of ['new-quality-productivity', 'modernized-industrial-system', 'six-aspects', 'four-industrial-bases', 'new-type-infrastructure']) {
      cites(id, 'Huang (2024)');
    }
    cites('entropy-weight-method', 'Shannon (1948)');
    cites('critic', 'Diakoulaki');
    cites('ahp', 'Saaty (1980)');
    cites('topsis', 'Hwang & Yoon (1981)');
    cites('ccr-model', 'Charnes, Cooper & Rhodes (1978)');
    cites('bcc-model', 'Banker, Charnes & Cooper (1984)');
    cites('malmquist-index', 'Färe');
    cites('rca', 'Balassa (1965)');
    cites('solow-residual', 'Solow (1957)');
  });

  it('covers every concept of the framework and every method named in the issue', () => {
    const required = [
      // the framework
      'new-quality-productivity', 'nqp-elements', 'new-labourers', 'new-objects-of-labour', 'new-means-of-labour', 'new-infrastructure',
      'tfp', 'modernized-industrial-system', 'six-aspects', 'advanced-quality', 'synergy', 'completeness', 'security', 'openness', 'inclusiveness',
      'four-new-modernizations', 'high-end', 'digital-intelligent', 'green-transformation', 'integration', 'new-industrialization',
      'four-industrial-bases', 'basic-components', 'key-basic-materials', 'advanced-basic-processes', 'industrial-technology-foundations',
      'new-type-infrastructure', 'uhv-transmission', 'ev-charging', '5g-base-stations', 'big-data-centres', 'artificial-intelligence',
      'industrial-internet', 'intercity-rail', 'information-infrastructure', 'integrated-infrastructure', 'innovation-infrastructure',
      'strategic-emerging-industries', 'future-industries', 'quantum-computing', 'genetic-technology', 'low-altitude-economy',
      'new-national-system', 'cae-26-industries', 'cae-status-class', 'cae-security-class', 'external-dependence', 'apparent-consumption',
      'isic', 'gb-t-4754', 'industrial-classes-666',
      // the methods
      'min-max-normalisation', 'indicator-direction', 'entropy-weight-method', 'critic', 'standard-deviation-weights',
      'coefficient-of-variation-weights', 'ahp', 'consistency-ratio', 'combined-weights', 'composite-index', 'weighted-aggregation', 'topsis',
      'obstacle-degree', 'rank-uncertainty', 'coupling-coordination', 'structure-rationalisation', 'structure-advancement', 'rca',
      'trade-competitiveness', 'gvc-participation', 'hhi', 'gini', 'theil-index', 'solow-residual', 'perpetual-inventory', 'dea', 'ccr-model',
      'bcc-model', 'dea-slacks', 'scale-efficiency', 'malmquist-index',
    ];
    for (const id of required) expect([id, findTerm(id)?.id]).toEqual([id, expect.any(String)]);
  });

  it('says how many industrial classes the way the data README advises', () => {
    expect(findTerm('industrial-classes-666')?.definition.en).toContain('666 (GB/T 4754-2017 with its 2019 amendment)');
  });

  it('resolves every glossary id that a registered function uses (read from the registry)', () => {
    const missing = specs.flatMap((s) => s.glossary.filter((id) => findTerm(id) === undefined).map((id) => `${s.name}: ${id}`));
    expect(missing).toEqual([]);
  });

  it('reaches every registered function from at least one term', () => {
    const reached = new Set(terms.flatMap((t) => functionsFor(t).map((s) => s.name)));
    expect(specs.map((s) => s.name).filter((name) => !reached.has(name))).toEqual([]);
  });

  it('links a spec to the terms its glossary names, through ids and aliases', () => {
    for (const spec of specs) {
      for (const id of spec.glossary) expect(functionsFor(findTerm(id) as Term)).toContain(spec);
    }
  });

  it('links templates both ways, and allows an empty catalogue', () => {
    for (const term of terms) {
      const ids = new Set([term.id, ...(term.aliases ?? [])]);
      for (const tpl of templatesFor(term)) expect(term.templates.includes(tpl.id) || tpl.glossary.some((id) => ids.has(id))).toBe(true);
    }
    for (const tpl of templates) for (const id of tpl.glossary) expect(findTerm(id)).toBeDefined();
    const term = findTerm('six-aspects') as Term;
    const fake = { id: 'six-aspect-assessment', title: { en: 'Six aspects', zh: '六个方面' }, description: { en: 'x', zh: '某' }, functions: [], glossary: ['six-aspects'] };
    expect(templatesFor(term, [])).toEqual([]);
    expect(templatesFor(term, [fake])).toEqual([fake]);
  });
});

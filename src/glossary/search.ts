/**
 * Search over the glossary in both languages: names, aliases and keywords,
 * definitions, then explanations. Pure: no DOM, no Office.
 *
 * - The query is split into words; every word must match somewhere (AND).
 * - Matching ignores case, accents, full-width forms and punctuation such as
 *   "-", "_", "/" and "·", so "min max", "min-max" and "MIN_MAX" are the same.
 * - Chinese has no spaces: a run of Chinese characters matches as a substring.
 * - A Latin word of 4 letters or more also matches a word one edit away
 *   (two for 8 letters or more), so slightly misspelled queries still find the term.
 * - Ranking (`searchAll`, one list of terms and functions, best first), in tiers:
 *   1. exact: the query is a term's name (English or Chinese, with or without its
 *      bracketed part), a bracketed part, an id, alias or keyword, or a function's
 *      name ("TOPSIS", "熵权", "ENTROPY_WEIGHTS", "NQP.GINI"). An item whose own
 *      name is the query comes before one that only has it as an alias or keyword;
 *      then method terms and functions before other terms; then the item whose
 *      name starts with the query ("entropy": the entropy weight method before
 *      Shannon entropy).
 *   2. in a name: a name, alias or keyword of the term, or the function's name,
 *      starts with the query or has it at the start of a word (Chinese: anywhere);
 *      method terms and functions first, then names that start with the query.
 *   3. incidental: everything else that matches (definitions, explanations,
 *      function descriptions, misspellings); the terms and functions linked to the
 *      best hit first, so that "dependence" lists apparent consumption before
 *      indicator direction.
 *   Within a tier the word scores decide (the name over aliases and keywords over
 *   the definition over the explanation; whole-word and prefix matches over inner
 *   substrings); a term before a function; then the glossary's and the catalogue's order.
 */
import type { FunctionSpec } from '../registry/types';
import type { Term } from './types';

/** One result of `searchAll`: a glossary term or a function. */
export type SearchHit = { kind: 'term'; item: Term } | { kind: 'function'; item: FunctionSpec };

/** Lowercase, without accents, with punctuation turned into spaces and spaces collapsed. */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\-_/·・,,.。;;::()()[\]【】"“”'‘’「」《》<>=+*&?!?!、|\\]+/g, ' ')
    .trim();
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** The query's words: Latin and digit words, and runs of Chinese characters. */
export function queryWords(query: string): string[] {
  const out: string[] = [];
  for (const piece of normalize(query).split(' ')) {
    if (piece === '') continue;
    // Split mixed pieces ("tfp增长") into their Latin and Chinese runs.
    const runs = piece.match(/[\u3400-\u9fff\uf900-\ufaff]+|[^\u3400-\u9fff\uf900-\ufaff]+/g) ?? [];
    for (const r of runs) out.push(r);
  }
  return out;
}

/** Optimal-string-alignment distance, giving up once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

/** How many edits a word of this length may be off by. */
function tolerance(word: string): number {
  if (CJK.test(word) || /\d/.test(word)) return 0;
  if (word.length >= 8) return 2;
  if (word.length >= 4) return 1;
  return 0;
}

/** How well one query word matches one normalised field: 0 for no match. */
function wordScore(word: string, field: string, fuzzy: boolean): number {
  if (field === '') return 0;
  if (field === word) return 4;
  const at = field.indexOf(word);
  if (at === 0) return 3;
  if (at > 0) {
    if (CJK.test(word) || field[at - 1] === ' ') return 2.5;
    return 1.5;
  }
  const max = fuzzy ? tolerance(word) : 0;
  if (max === 0) return 0;
  for (const w of field.split(' ')) {
    // Compare with the word, and with its prefix of the same length (a misspelled, unfinished word).
    if (editDistance(word, w, max) <= max || (w.length > word.length && editDistance(word, w.slice(0, word.length), max) <= max)) {
      return 1;
    }
  }
  return 0;
}

interface Fields {
  names: string[];
  ids: string[];
  keywords: string[];
  definitions: string[];
  explanations: string[];
}

/** What the tiers look at: the item's own names, and its other names (bracketed parts, ids, aliases, keywords). */
interface Names {
  own: string[];
  other: string[];
  /** A method term, or a function (which computes one). */
  method: boolean;
}

interface Indexed {
  fields: Fields;
  names: Names;
}

const termCache = new WeakMap<Term, Indexed>();
const specCache = new WeakMap<FunctionSpec, Indexed>();

const BRACKETS = /[(（]([^()（）]*)[)）]/g;

/** A name, the name without its bracketed parts ("Moran's I (global)" → "Moran's I"), and those parts. */
function nameParts(name: string): { own: string[]; other: string[] } {
  const outer = normalize(name.replace(BRACKETS, ' '));
  const inner = [...name.matchAll(BRACKETS)].map((m) => normalize(m[1])).filter((p) => p !== '');
  return { own: [normalize(name), ...(outer === '' ? [] : [outer])], other: inner };
}

function indexTerm(term: Term): Indexed {
  let x = termCache.get(term);
  if (!x) {
    const en = nameParts(term.name.en);
    const zh = nameParts(term.name.zh);
    const fields: Fields = {
      names: [normalize(term.name.en), normalize(term.name.zh)],
      ids: [term.id, ...(term.aliases ?? [])].map(normalize),
      keywords: (term.keywords ?? []).map(normalize),
      definitions: [normalize(term.definition.en), normalize(term.definition.zh)],
      explanations: [normalize(term.explanation.en), normalize(term.explanation.zh)],
    };
    x = {
      fields,
      names: { own: [...en.own, ...zh.own], other: [...en.other, ...zh.other, ...fields.ids, ...fields.keywords], method: term.category === 'method' },
    };
    termCache.set(term, x);
  }
  return x;
}

function indexSpec(spec: FunctionSpec): Indexed {
  let x = specCache.get(spec);
  if (!x) {
    const name = normalize(spec.name);
    x = {
      fields: {
        names: [name],
        ids: [`nqp ${name}`],
        keywords: [normalize(spec.category.en), normalize(spec.category.zh)],
        definitions: [normalize(spec.description.en), normalize(spec.description.zh)],
        explanations: [],
      },
      names: { own: [name], other: [], method: true },
    };
    specCache.set(spec, x);
  }
  return x;
}

/** Weight of each kind of field. */
const WEIGHTS: [keyof Fields, number, boolean][] = [
  ['names', 10, true],
  ['ids', 8, true],
  ['keywords', 8, true],
  ['definitions', 3, false],
  ['explanations', 1, false],
];

/** The word score of some fields for a query: 0 when some word matches nothing. */
function scoreFields(f: Fields, query: string): number {
  const words = queryWords(query);
  if (words.length === 0) return 0;
  let total = 0;
  for (const word of words) {
    let best = 0;
    for (const [key, weight, fuzzy] of WEIGHTS) {
      for (const field of f[key]) best = Math.max(best, weight * wordScore(word, field, fuzzy));
    }
    if (best === 0) return 0;
    total += best;
  }
  // The whole query as a phrase in a name, or as the name itself, ranks first.
  const phrase = normalize(query);
  if (f.names.some((n) => n === phrase)) total += 60;
  else if (f.ids.some((l) => l === phrase)) total += 40;
  else if (f.keywords.some((l) => l === phrase)) total += 20;
  else if (words.length > 1 && f.names.some((n) => n.includes(phrase))) total += 20;
  return total;
}

/** The word score of a term for a query: 0 when some word matches nothing. */
export function scoreTerm(term: Term, query: string): number {
  return scoreFields(indexTerm(term).fields, query);
}

/** 3: a field starts with the phrase; 2: a word in a field does (Chinese: the phrase is anywhere in it); 0: neither. */
function nameQuality(phrase: string, fields: readonly string[]): number {
  let q = 0;
  for (const f of fields) {
    if (f.startsWith(phrase)) return 3;
    if (q > 0) continue;
    for (let at = f.indexOf(phrase); at > 0; at = f.indexOf(phrase, at + 1)) {
      if (CJK.test(phrase[0]) || f[at - 1] === ' ') {
        q = 2;
        break;
      }
    }
  }
  return q;
}

/** Whether a function matches: the query as a phrase in its name (with or without "NQP."), description or section. */
function functionMatches(phrase: string, spec: FunctionSpec): boolean {
  const f = indexSpec(spec).fields;
  return [...f.ids, ...f.keywords, ...f.definitions].some((text) => text.includes(phrase));
}

interface Ranked {
  hit: SearchHit;
  /** Compared element by element, larger first. */
  key: number[];
}

/**
 * The sort key of a matching item: tier (3 exact, 2 in a name, 1 incidental: the tiers 1, 2, 3 above), own name or
 * other name, method, name matches, linked to the best hit, word score, term first, order.
 */
function rankKey(x: Indexed, phrase: string, score: number, isTerm: boolean, order: number): number[] {
  const own = isTerm ? phrase : phrase.replace(/^nqp (?=.)/, '');
  const { names } = x;
  const exact = names.own.includes(own) ? 2 : names.other.includes(own) ? 1 : 0;
  const ownQ = nameQuality(own, names.own);
  const otherQ = nameQuality(own, names.other);
  const tier = exact > 0 ? 3 : ownQ > 0 || otherQ > 0 ? 2 : 1;
  const method = tier > 1 && names.method ? 1 : 0;
  // The 0 is the place of "linked to the best hit", filled in for the incidental tier once the best hit is known.
  return [tier, exact, method, ownQ, otherQ, 0, score, isTerm ? 1 : 0, -order];
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return b[i] - a[i];
  return 0;
}

/** Whether two hits are linked: a related term, or a function that measures the term. */
function linked(a: SearchHit, b: SearchHit): boolean {
  const idsOf = (t: Term) => [t.id, ...(t.aliases ?? [])];
  if (a.kind === 'term' && b.kind === 'term') {
    return a.item.related.some((id) => idsOf(b.item).includes(id)) || b.item.related.some((id) => idsOf(a.item).includes(id));
  }
  if (a.kind === 'function' && b.kind === 'function') return false;
  const [term, spec] = a.kind === 'term' ? [a.item, b.item as FunctionSpec] : [b.item as Term, a.item];
  return term.functions.includes(spec.name) || spec.glossary.some((id) => idsOf(term).includes(id));
}

function rank(query: string, termList: readonly Term[], specList: readonly FunctionSpec[]): SearchHit[] {
  if (queryWords(query).length === 0) {
    return [...termList.map((item): SearchHit => ({ kind: 'term', item })), ...specList.map((item): SearchHit => ({ kind: 'function', item }))];
  }
  const phrase = normalize(query);
  const ranked: Ranked[] = [];
  termList.forEach((item, i) => {
    const x = indexTerm(item);
    const score = scoreFields(x.fields, query);
    if (score > 0) ranked.push({ hit: { kind: 'term', item }, key: rankKey(x, phrase, score, true, i) });
  });
  specList.forEach((item, i) => {
    if (!functionMatches(phrase, item)) return;
    const x = indexSpec(item);
    ranked.push({ hit: { kind: 'function', item }, key: rankKey(x, phrase, scoreFields(x.fields, query), false, termList.length + i) });
  });
  ranked.sort((a, b) => compareKeys(a.key, b.key));
  const best = ranked[0];
  if (best) {
    // The best hit keeps its place: in the incidental tier it counts as linked to itself.
    for (const r of ranked) if (r.key[0] === 1 && (r === best || linked(best.hit, r.hit))) r.key[5] = 1;
    ranked.sort((a, b) => compareKeys(a.key, b.key));
  }
  return ranked.map((r) => r.hit);
}

/**
 * The terms and functions matching a query, in one list, best first (see the tiers above);
 * an empty query returns every term in the glossary's order, then every function in the catalogue's.
 */
export function searchAll(query: string, termList: readonly Term[], specList: readonly FunctionSpec[]): SearchHit[] {
  return rank(query, termList, specList);
}

/** The terms matching a query, best first; an empty query returns every term in order. */
export function searchTerms(query: string, list: readonly Term[]): Term[] {
  return rank(query, list, []).map((h) => h.item as Term);
}

/**
 * The functions whose name (with or without "NQP."), description or section contains the query as a phrase,
 * best first (ranked as in `searchAll`); an empty query returns every function in catalogue order.
 */
export function searchFunctions(query: string, list: readonly FunctionSpec[]): FunctionSpec[] {
  if (normalize(query) === '') return [...list];
  return rank(query, [], list).map((h) => h.item as FunctionSpec);
}

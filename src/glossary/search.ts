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
 * - Ranking: the name over aliases and keywords over the definition over the
 *   explanation; whole-word and prefix matches over inner substrings; ties keep
 *   the glossary's order.
 */
import type { FunctionSpec } from '../registry/types';
import type { Term } from './types';

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

const fieldCache = new WeakMap<Term, Fields>();

function fieldsOf(term: Term): Fields {
  let f = fieldCache.get(term);
  if (!f) {
    f = {
      names: [normalize(term.name.en), normalize(term.name.zh)],
      ids: [term.id, ...(term.aliases ?? [])].map(normalize),
      keywords: (term.keywords ?? []).map(normalize),
      definitions: [normalize(term.definition.en), normalize(term.definition.zh)],
      explanations: [normalize(term.explanation.en), normalize(term.explanation.zh)],
    };
    fieldCache.set(term, f);
  }
  return f;
}

/** Weight of each kind of field. */
const WEIGHTS: [keyof Fields, number, boolean][] = [
  ['names', 10, true],
  ['ids', 8, true],
  ['keywords', 8, true],
  ['definitions', 3, false],
  ['explanations', 1, false],
];

/** The score of a term for a query: 0 when some word matches nothing. */
export function scoreTerm(term: Term, query: string): number {
  const words = queryWords(query);
  if (words.length === 0) return 0;
  const f = fieldsOf(term);
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

/** The terms matching a query, best first; an empty query returns every term in order. */
export function searchTerms(query: string, list: readonly Term[]): Term[] {
  if (queryWords(query).length === 0) return [...list];
  return list
    .map((term, i) => ({ term, i, score: scoreTerm(term, query) }))
    .filter((h) => h.score > 0)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map((h) => h.term);
}

/** The functions whose name, description or section contains the query (as a phrase), in catalogue order. */
export function searchFunctions(query: string, list: readonly FunctionSpec[]): FunctionSpec[] {
  const q = normalize(query);
  if (q === '') return [...list];
  return list.filter((s) =>
    [`nqp ${s.name}`, s.description.en, s.description.zh, s.category.en, s.category.zh].some((text) => normalize(text).includes(q)),
  );
}

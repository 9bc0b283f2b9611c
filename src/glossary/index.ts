/**
 * The glossary: every term, the lookups the task pane needs, and the links to
 * functions and templates. Links run both ways: a term names the functions and
 * templates that measure or use it, and a spec or template that lists a term id
 * (or one of its aliases) in its `glossary` is linked to that term too, so the
 * glossary grows with the registry and the template catalogue.
 */
import { specs } from '../registry';
import type { FunctionSpec } from '../registry/types';
import { type TemplateInfo, templates } from '../templates';
import { aspectTerms } from './terms-aspects';
import { dataTerms } from './terms-data';
import { frameworkTerms } from './terms-framework';
import { greenChangeTerms, greenTerms } from './terms-green';
import { laterTerms } from './terms-later';
import { methodTerms } from './terms-methods';
import { regionalTerms } from './terms-regional';
import { workflowTerms } from './terms-workflow';
import type { Term, TermCategory } from './types';

export type { Term, TermCategory } from './types';

/** The categories in the order the pane shows them. */
export const categories: readonly TermCategory[] = ['framework', 'aspect', 'method', 'data'];

/** Every term: the framework (its later developments last), the aspects, the methods, the data. */
export const terms: readonly Term[] = [...frameworkTerms, ...laterTerms, ...aspectTerms, ...methodTerms, ...regionalTerms, ...greenTerms, ...greenChangeTerms, ...workflowTerms, ...dataTerms];

function buildIndex(list: readonly Term[]): Map<string, Term> {
  const index = new Map<string, Term>();
  for (const term of list) index.set(term.id, term);
  for (const term of list) for (const alias of term.aliases ?? []) if (!index.has(alias)) index.set(alias, term);
  return index;
}

const index = buildIndex(terms);

/** The term with this id or alias. */
export function findTerm(idOrAlias: string): Term | undefined {
  return index.get(idOrAlias);
}

/** The ids a spec or template may use for a term: its id and its aliases. */
function idsOf(term: Term): Set<string> {
  return new Set([term.id, ...(term.aliases ?? [])]);
}

/** The functions that measure a term: those it names, then the specs that link to it, in catalogue order. */
export function functionsFor(term: Term, all: readonly FunctionSpec[] = specs): FunctionSpec[] {
  const ids = idsOf(term);
  const named = new Set(term.functions);
  return all.filter((s) => named.has(s.name) || s.glossary.some((id) => ids.has(id)));
}

/** The templates that use a term: those it names, then the templates that link to it, in catalogue order. */
export function templatesFor(term: Term, all: readonly TemplateInfo[] = templates): TemplateInfo[] {
  const ids = idsOf(term);
  const named = new Set(term.templates);
  return all.filter((t) => named.has(t.id) || t.glossary.some((id) => ids.has(id)));
}

/** The related terms that exist (the tests check that all do). */
export function relatedTerms(term: Term): Term[] {
  return term.related.map((id) => findTerm(id)).filter((t): t is Term => t !== undefined);
}

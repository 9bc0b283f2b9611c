/**
 * A glossary term: content as data, in English and Simplified Chinese.
 * The task pane renders it; tests check that every link in it resolves.
 */
import type { Text } from '../registry/types';

/**
 * Where a term sits in the pane's filters:
 * - `framework`: the concepts of Huang (2024) and the policy vocabulary around them
 * - `aspect`: the six aspects of a modernized industrial system and the four new modernizations
 * - `method`: a measurement method or indicator the functions compute
 * - `data`: classifications and reference assessments (ISIC, GB/T 4754, the CAE 26 industries)
 */
export type TermCategory = 'framework' | 'aspect' | 'method' | 'data';

export interface Term {
  /** Stable kebab-case id; the registry's `glossary` lists and the templates link to it. */
  id: string;
  category: TermCategory;
  name: Text;
  /** One line. */
  definition: Text;
  /** A fuller explanation, a few sentences. */
  explanation: Text;
  /** Where the concept or method comes from, e.g. "Huang (2024)", "Saaty (1980)". */
  source: string;
  /** Ids of related terms. */
  related: string[];
  /** Names of the NQP functions that measure it (without "NQP."); specs that link here are added. */
  functions: string[];
  /** Ids of the templates that use it; templates that link here are added. */
  templates: string[];
  /** Other ids that resolve to this term (ids used by specs or templates). */
  aliases?: string[];
  /** Extra words for the search (abbreviations, other spellings), in either language. */
  keywords?: string[];
  /** A development after Huang's talk of December 2023 (shown with a mark). */
  later?: boolean;
}

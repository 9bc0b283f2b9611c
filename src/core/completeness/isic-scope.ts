/**
 * Reads the `scope` of the completeness functions: "all", one section ("C"),
 * a range of sections ("B-E"), a list ("B,C,D"), or a list of sections and
 * ranges ("A, C-E"). Case-insensitive; spaces are ignored.
 */
import { isicIndex } from './isic-index';
import { fail } from './messages';

/** @returns the section letters in scope, in order. @throws DomainError('value') naming the unknown part */
export function isicScope(scope: string | null | undefined): string[] {
  const { sections } = isicIndex();
  const text = (scope ?? 'all').replace(/\s+/g, '').toUpperCase();
  if (text === 'ALL' || text === '') return [...sections];
  const chosen = new Set<string>();
  for (const part of text.split(',')) {
    const range = /^([A-Z])(?:-([A-Z]))?$/.exec(part);
    const from = range ? sections.indexOf(range[1]) : -1;
    const to = range ? sections.indexOf(range[2] ?? range[1]) : -1;
    if (!range || from < 0 || to < 0 || to < from) {
      throw fail('value', 'unknownScope', { part });
    }
    for (let i = from; i <= to; i++) chosen.add(sections[i]);
  }
  return sections.filter((s) => chosen.has(s));
}

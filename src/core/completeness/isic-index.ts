/**
 * The one-time lazy index of the embedded ISIC Rev.4 classification
 * (United Nations Statistics Division): every category by code, every level in
 * hierarchical order, and each category's parents. Built on first use, then
 * every lookup is a Map access.
 *
 * The classification itself (766 categories with their titles, 9 KB gzip) is a
 * chunk of its own (isic.js), loaded by loadIsic the first time an ISIC
 * function is called (FunctionSpec.prepare), as the LP solver is for DEA: the
 * functions runtime does not carry it at startup for every other function.
 */

import { loadOnce } from '../shared/load-once';

export type IsicLevel = 'section' | 'division' | 'group' | 'class';

export interface IsicCategory {
  code: string;
  title: string;
  level: IsicLevel;
  /** The section letter the category belongs to (itself for a section). */
  section: string;
  /** The codes of the category and all its parents, finest first: "1010" → ["1010", "101", "10", "C"]. */
  lineage: readonly string[];
}

export interface IsicIndex {
  byCode: ReadonlyMap<string, IsicCategory>;
  byLevel: Readonly<Record<IsicLevel, readonly IsicCategory[]>>;
  /** Section letters in order, A to U. */
  sections: readonly string[];
}

let index: IsicIndex | undefined;
let data: readonly (readonly [string, string])[] | undefined;
const fetchIsic = loadOnce(() =>
  import(/* webpackChunkName: "isic" */ '../../data/isic-rev4').then((m) => {
    data = m.ISIC_REV4;
  }),
);

/**
 * Loads the classification (once; a failed load is tried again on the next
 * call). Null when it is already loaded, so that callers stay synchronous.
 */
export function loadIsic(): Promise<void> | null {
  return data !== undefined ? null : fetchIsic();
}

function levelOf(code: string): IsicLevel {
  if (/^[A-Z]$/.test(code)) return 'section';
  if (code.length === 2) return 'division';
  if (code.length === 3) return 'group';
  return 'class';
}

/** The ISIC Rev.4 index, built once from the embedded data (loadIsic first). */
export function isicIndex(): IsicIndex {
  if (index) return index;
  if (data === undefined) throw new Error('the ISIC Rev.4 classification is not loaded yet (loadIsic)');
  const byCode = new Map<string, IsicCategory>();
  const byLevel: Record<IsicLevel, IsicCategory[]> = { section: [], division: [], group: [], class: [] };
  const sections: string[] = [];
  let section = '';
  for (const [code, title] of data) {
    const level = levelOf(code);
    if (level === 'section') {
      section = code;
      sections.push(code);
    }
    const lineage =
      level === 'section'
        ? [code]
        : level === 'division'
          ? [code, section]
          : level === 'group'
            ? [code, code.slice(0, 2), section]
            : [code, code.slice(0, 3), code.slice(0, 2), section];
    const category: IsicCategory = { code, title, level, section, lineage };
    byCode.set(code, category);
    byLevel[level].push(category);
  }
  index = { byCode, byLevel, sections };
  return index;
}

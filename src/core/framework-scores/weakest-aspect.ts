/**
 * The "short board" (短板) of each unit: the label of its lowest score.
 *
 * Default labels: the six aspects of the modernized industrial system for 6
 * columns, the four new modernizations for 4 columns (Huang 2024), in English
 * or Chinese; any other number of columns needs `labels`. One unit may also be
 * given as a column (k×1) when k matches the labels.
 *
 * Blank scores are left out; a row with no score at all is #N/A. Ties: the
 * first lowest in column order, as INDEX(labels, MATCH(MIN(row), row, 0)).
 */
import type { Cell } from '../shared/errors';
import { FOUR_NEW_MODERNIZATIONS } from './four-new-score';
import { fail } from './messages';
import { SIX_ASPECTS } from './six-aspect-score';

export type Lang = 'en' | 'zh';

const DEFAULT_LABELS: Record<number, Record<Lang, readonly string[]>> = {
  6: {
    en: SIX_ASPECTS,
    zh: ['先进性', '协同性', '完整性', '安全性', '开放性', '包容性'],
  },
  4: {
    en: FOUR_NEW_MODERNIZATIONS,
    zh: ['高端化', '数字化（智能化）', '绿色化', '融合化'],
  },
};

export function weakestAspect(
  scores: readonly (readonly (number | null)[])[],
  labels: readonly string[] | null = null,
  lang: Lang = 'en',
): Cell[] {
  const rows = scores.length;
  const cols = rows > 0 ? scores[0].length : 0;
  // One unit given as a column: as many rows as there are labels (given, or a default 4 or 6).
  const asColumn = cols === 1 && rows > 1 && (labels !== null ? labels.length === rows : rows in DEFAULT_LABELS);
  const units = asColumn ? [scores.map((r) => r[0])] : scores;
  const k = asColumn ? rows : cols;
  let names: readonly string[];
  if (labels !== null) {
    if (labels.length !== k) throw fail('value', 'labelsLength', { columns: k, labels: labels.length });
    names = labels;
  } else {
    const defaults = DEFAULT_LABELS[k];
    if (defaults === undefined) {
      throw fail('value', 'labelsRequired', { columns: k });
    }
    names = defaults[lang];
  }
  return units.map((row, i) => {
    let best = -1;
    row.forEach((x, j) => {
      if (x !== null && (best < 0 || x < (row[best] as number))) best = j;
    });
    return best < 0 ? fail('na', 'noScore', { row: i + 1 }) : names[best];
  });
}

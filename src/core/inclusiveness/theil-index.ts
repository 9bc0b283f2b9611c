/**
 * THEIL_INDEX: the Theil-T index of non-negative values,
 *   T = (1/n) Σ (x_i/x̄) ln(x_i/x̄)        (0·ln 0 = 0; 0 = perfect equality, ln n = one unit has all)
 * With groups (one label per value) it splits additively into
 *   within  = Σ_g s_g T_g                 (s_g = the group's share of the total, T_g its own Theil-T)
 *   between = Σ_g s_g ln(x̄_g / x̄)
 */
import type { Cell } from '../shared/errors';
import { sum } from '../shared/numeric';
import { fail } from './messages';

function theil(x: readonly number[]): number {
  const mean = sum(x) / x.length;
  return Math.max(0, sum(x.map((v) => (v > 0 ? (v / mean) * Math.log(v / mean) : 0))) / x.length);
}

/**
 * @param values values ≥ 0; blanks are left out (with their label)
 * @param groups a label per value (text or numbers, compared case-insensitively without surrounding spaces)
 * @returns T, or with groups [["total", "within-group", "between-group"], [T, within, between]]
 * @throws DomainError('na') with no values, ('num') for a negative value, ('div0') when the values sum to 0,
 *   ('value') for groups of another length or a blank label
 */
export function theilIndex(values: readonly (number | null)[], groups?: readonly (string | number | boolean | null)[] | null): number | Cell[][] {
  const grouped = groups !== null && groups !== undefined;
  if (grouped && groups.length !== values.length) {
    throw fail('value', 'groupsLength', { groups: groups.length, values: values.length });
  }
  const x: number[] = [];
  const labels: string[] = [];
  values.forEach((v, i) => {
    if (v === null || v === undefined) return;
    if (v < 0) throw fail('num', 'negativeValue', { item: i + 1, value: v });
    x.push(v);
    if (grouped) {
      const g = groups[i];
      const label = g === null || g === undefined ? '' : String(g).trim().toLowerCase();
      if (label === '') throw fail('value', 'blankGroup', { item: i + 1 });
      labels.push(label);
    }
  });
  if (x.length === 0) throw fail('na', 'noValues', {});
  const total = sum(x);
  if (total === 0) throw fail('div0', 'valuesSumZero', {});
  const t = theil(x);
  if (!grouped) return t;
  const members = new Map<string, number[]>();
  x.forEach((v, i) => {
    const list = members.get(labels[i]);
    if (list) list.push(v);
    else members.set(labels[i], [v]);
  });
  const n = x.length;
  const within: number[] = [];
  const between: number[] = [];
  for (const list of members.values()) {
    const groupTotal = sum(list);
    if (groupTotal === 0) continue; // share 0: adds nothing to either part
    const share = groupTotal / total;
    within.push(share * theil(list));
    between.push(share * Math.log(share / (list.length / n)));
  }
  return [
    ['total', 'within-group', 'between-group'],
    [t, sum(within), Math.max(0, sum(between))],
  ];
}

/**
 * The balanced long panel of MALMQUIST (and of the green family's
 * MALMQUIST_LUENBERGER): one row per unit and period, a column of unit names,
 * a column of periods, and one or more matrices of data with the same rows.
 * Units are numbered in order of first appearance, periods in ascending order;
 * every #VALUE! names the row it is about.
 */
import { MAX_DEA_UNITS, readMatrix } from './dea-model';
import { fail } from './messages';

/** The most rows (unit × period) a panel function accepts. */
export const MAX_PANEL_ROWS = 100_000;

export type UnitId = number | string | boolean;

export interface LongPanel {
  units: UnitId[];
  periods: number[];
  /** row[u][t]: the data row of unit u in period t. */
  row: number[][];
  /** The matrices in the order given, each read as numbers. */
  data: number[][][];
}

/** A unit as the messages show it: a name in quotes, a number as it is. */
export const showUnit = (u: UnitId): string => (typeof u === 'string' ? `"${u}"` : String(u));

function flat(name: string, v: unknown): unknown[] {
  if (v === null || v === undefined) throw fail('value', 'missingArgument', { name });
  if (!Array.isArray(v)) return [v];
  return (v as unknown[]).flatMap((x) => (Array.isArray(x) ? (x as unknown[]) : [x]));
}

/**
 * Reads units, periods and the named matrices of a long panel and checks that
 * it is balanced: every unit has exactly one row in every period.
 */
export function readLongPanel(units: unknown, periods: unknown, matrices: readonly [name: string, value: unknown][]): LongPanel {
  const u = flat('units', units);
  const p = flat('periods', periods);
  const rows = (m: unknown) => (Array.isArray(m) ? m.length : 1);
  const names = ['units', 'periods', ...matrices.map(([name]) => name)];
  const counts = [u.length, p.length, ...matrices.map(([, m]) => rows(m))];
  if (new Set(counts).size !== 1) throw fail('value', 'panelRowsMismatch', { names, counts });
  if (u.length > MAX_PANEL_ROWS) throw fail('value', 'tooManyPanelRows', { max: MAX_PANEL_ROWS, rows: u.length });
  const data = matrices.map(([name, m]) => readMatrix(name, m));

  const unitIndex = new Map<string, number>();
  const unitIds: UnitId[] = [];
  const periodSet = new Set<number>();
  const seen = new Map<string, number>();
  const key = (v: UnitId) => `${typeof v}:${String(v)}`;
  for (let r = 0; r < u.length; r++) {
    const id = u[r];
    if (id === null || id === undefined || id === '') throw fail('value', 'blankUnit', { row: r + 1 });
    if (typeof id !== 'number' && typeof id !== 'string' && typeof id !== 'boolean') throw fail('value', 'unitNotNameOrNumber', { row: r + 1 });
    const t = p[r];
    if (t === null || t === undefined || t === '') throw fail('value', 'blankPeriod', { row: r + 1 });
    if (typeof t !== 'number' || !Number.isFinite(t)) throw fail('value', 'periodNotNumber', { value: t, row: r + 1 });
    if (!unitIndex.has(key(id))) {
      unitIndex.set(key(id), unitIds.length);
      unitIds.push(id);
    }
    const cell = `${key(id)}@${t}`;
    const first = seen.get(cell);
    if (first !== undefined) throw fail('value', 'repeatedRow', { row: r + 1, unit: showUnit(id), period: t, first: first + 1 });
    seen.set(cell, r);
    periodSet.add(t);
  }
  if (unitIds.length > MAX_DEA_UNITS) throw fail('value', 'tooManyPanelUnits', { max: MAX_DEA_UNITS, units: unitIds.length });
  const periodList = [...periodSet].sort((a, b) => a - b);
  if (unitIds.length < 2) throw fail('na', 'tooFewPanelUnits', {});
  if (periodList.length < 2) throw fail('na', 'tooFewPanelPeriods', {});
  const periodIndex = new Map(periodList.map((t, i) => [t, i]));
  const row = unitIds.map(() => new Array<number>(periodList.length).fill(-1));
  for (let r = 0; r < u.length; r++) row[unitIndex.get(key(u[r] as UnitId))!][periodIndex.get(p[r] as number)!] = r;
  row.forEach((line, k) => {
    const missing = line.indexOf(-1);
    if (missing >= 0) throw fail('value', 'unbalancedPanel', { unit: showUnit(unitIds[k]), period: periodList[missing] });
  });
  return { units: unitIds, periods: periodList, row, data };
}

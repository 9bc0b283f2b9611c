/**
 * The balanced long panel of MALMQUIST (and of the green family's
 * MALMQUIST_LUENBERGER): one row per unit and period, a column of unit names,
 * a column of periods, and one or more matrices of data with the same rows.
 * Units are numbered in order of first appearance, periods in ascending order;
 * every #VALUE! names the row it is about.
 */
import { notAvailable, valueError } from '../shared/errors';
import { MAX_DEA_UNITS, readMatrix } from './dea-model';

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
  if (v === null || v === undefined) throw valueError(`requires a value for ${name}`);
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
  if (new Set(counts).size !== 1) {
    const listed = names.map((name, k) => `${name}${k === 0 ? ' has' : ''} ${counts[k]}`).join(', ');
    throw valueError(`requires ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} to have the same number of rows: ${listed}`);
  }
  if (u.length > MAX_PANEL_ROWS) throw valueError(`requires at most ${MAX_PANEL_ROWS} rows, not ${u.length}`);
  const data = matrices.map(([name, m]) => readMatrix(name, m));

  const unitIndex = new Map<string, number>();
  const unitIds: UnitId[] = [];
  const periodSet = new Set<number>();
  const seen = new Map<string, number>();
  const key = (v: UnitId) => `${typeof v}:${String(v)}`;
  for (let r = 0; r < u.length; r++) {
    const id = u[r];
    if (id === null || id === undefined || id === '') throw valueError(`requires a unit in row ${r + 1}, which is blank`);
    if (typeof id !== 'number' && typeof id !== 'string' && typeof id !== 'boolean') throw valueError(`requires a unit name or number in row ${r + 1}`);
    const t = p[r];
    if (t === null || t === undefined || t === '') throw valueError(`requires a period in row ${r + 1}, which is blank`);
    if (typeof t !== 'number' || !Number.isFinite(t)) throw valueError(`requires numeric periods: found ${JSON.stringify(t)} in row ${r + 1}`);
    if (!unitIndex.has(key(id))) {
      unitIndex.set(key(id), unitIds.length);
      unitIds.push(id);
    }
    const cell = `${key(id)}@${t}`;
    const first = seen.get(cell);
    if (first !== undefined) throw valueError(`row ${r + 1} repeats unit ${showUnit(id)} in period ${t} (first given in row ${first + 1})`);
    seen.set(cell, r);
    periodSet.add(t);
  }
  if (unitIds.length > MAX_DEA_UNITS) throw valueError(`requires at most ${MAX_DEA_UNITS} units, not ${unitIds.length}`);
  const periodList = [...periodSet].sort((a, b) => a - b);
  if (unitIds.length < 2) throw notAvailable('requires at least 2 units to build a frontier');
  if (periodList.length < 2) throw notAvailable('requires at least 2 periods');
  const periodIndex = new Map(periodList.map((t, i) => [t, i]));
  const row = unitIds.map(() => new Array<number>(periodList.length).fill(-1));
  for (let r = 0; r < u.length; r++) row[unitIndex.get(key(u[r] as UnitId))!][periodIndex.get(p[r] as number)!] = r;
  row.forEach((line, k) => {
    const missing = line.indexOf(-1);
    if (missing >= 0) throw valueError(`requires a balanced panel: unit ${showUnit(unitIds[k])} has no row for period ${periodList[missing]}`);
  });
  return { units: unitIds, periods: periodList, row, data };
}

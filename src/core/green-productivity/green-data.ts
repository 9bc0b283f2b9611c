/**
 * The data of the green family: inputs x, good outputs y and bad outputs b,
 * one row per unit, read and checked once; the options the functions share;
 * and the scaling that every linear programme of the family uses (each data
 * column divided by its largest value over all the data in play, which
 * changes none of the models' results).
 */
import { checkDeaDomain, MAX_DEA_UNITS, pick, readMatrix, screenUnits, type ScreenedUnits, type Who } from '../productivity';
import { fail } from './messages';

export interface GreenData {
  x: number[][];
  y: number[][];
  /** Bad outputs; width 0 when there are none. */
  b: number[][];
}

export const widths = (data: GreenData) => ({ m: data.x[0].length, s: data.y[0].length, k: data.b.length > 0 ? data.b[0].length : 0 });

/** A text option, case-insensitive; an unknown value is #VALUE! listing the allowed ones. */
export function parseChoice<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === null || value === undefined || value === '') return fallback;
  const v = typeof value === 'string' ? value.trim().toLowerCase() : value;
  if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
  throw fail('value', 'unknownChoice', { name, options: allowed, value });
}

/** A TRUE/FALSE option (1/0 accepted, as Excel does); omitted is FALSE. */
export function parseFlag(name: string, value: unknown): boolean {
  if (value === null || value === undefined || value === '') return false;
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
  throw fail('value', 'notFlag', { name, value });
}

export const SBM_RTS = ['crs', 'vrs'] as const;
export type SbmRts = (typeof SBM_RTS)[number];
export const SBM_ORIENTATIONS = ['non', 'input', 'output'] as const;
export type SbmOrientation = (typeof SBM_ORIENTATIONS)[number];
export const DDF_DIRECTIONS = ['outputs', 'all'] as const;
export type DdfDirection = (typeof DDF_DIRECTIONS)[number];
export const DISPOSABILITIES = ['weak', 'strong'] as const;
export type Disposability = (typeof DISPOSABILITIES)[number];

/** Reads bad outputs (n × k, ≥ 0) with the rows of the other data; omitted (when optional) gives none. */
export function readUndesirable(value: unknown, n: number, required: boolean): number[][] {
  if (value === null || value === undefined) {
    if (required) throw fail('value', 'undesirableRequired', {});
    return [];
  }
  const b = readMatrix('undesirable', Array.isArray(value) ? value : [[value]]);
  if (b.length !== n) throw fail('value', 'undesirableRows', { units: n, rows: b.length });
  checkUndesirable(b);
  return b;
}

/** Bad outputs must be ≥ 0, as inputs and outputs are (#NUM!). */
export function checkUndesirable(b: readonly (readonly number[])[]): void {
  b.forEach((row, j) => {
    if (row.some((v) => v < 0)) throw fail('num', 'negativeUndesirable', { row: j + 1 });
  });
}

/** Reads and checks the cross-section of DEA_SUPER_EFFICIENCY, SBM_* and DDF_EFFICIENCY. */
export function readGreenData(inputs: unknown, outputs: unknown, undesirable: unknown, badsRequired: boolean): GreenData {
  const rowsOf = (m: unknown): number => (Array.isArray(m) ? m.length : 0);
  if (rowsOf(inputs) > 0 && rowsOf(outputs) > 0 && rowsOf(inputs) !== rowsOf(outputs)) {
    throw fail('value', 'rowsMismatch', { inputs: rowsOf(inputs), outputs: rowsOf(outputs) });
  }
  if (rowsOf(inputs) > MAX_DEA_UNITS) throw fail('value', 'tooManyUnits', { max: MAX_DEA_UNITS, units: rowsOf(inputs) });
  const x = readMatrix('inputs', inputs);
  const y = readMatrix('outputs', outputs);
  const b = readUndesirable(undesirable, x.length, badsRequired);
  if (x.length < 2) throw fail('na', 'tooFewUnits', {});
  checkDeaDomain({ x, y });
  return { x, y, b };
}

/**
 * The units the green models can rate and the reference set they span: a unit whose inputs or good
 * outputs are all 0 is #NUM! in its own cell (errors) and is left out of the frontier, so the others
 * compute as they would without it (see degenerateUnit in the productivity family).
 */
export function screenGreenUnits(data: GreenData, unit: (j: number) => Who): ScreenedUnits & { ref: GreenData } {
  const screened = screenUnits(data.x, data.y, unit);
  const { kept } = screened;
  return { ...screened, ref: { x: pick(data.x, kept), y: pick(data.y, kept), b: data.b.length > 0 ? pick(data.b, kept) : [] } };
}

/** The largest value of each column of x, y and b over the given data sets (1 for a column of zeros). */
export function greenScales(...sets: GreenData[]): Float64Array {
  const { m, s, k } = widths(sets[0]);
  const d = m + s + k;
  const scale = new Float64Array(d);
  for (const set of sets) {
    for (let j = 0; j < set.x.length; j++) {
      for (let i = 0; i < m; i++) if (set.x[j][i] > scale[i]) scale[i] = set.x[j][i];
      for (let r = 0; r < s; r++) if (set.y[j][r] > scale[m + r]) scale[m + r] = set.y[j][r];
      for (let q = 0; q < k; q++) if (set.b[j][q] > scale[m + s + q]) scale[m + s + q] = set.b[j][q];
    }
  }
  for (let c = 0; c < d; c++) if (!(scale[c] > 0)) scale[c] = 1;
  return scale;
}

/** Unit j's data scaled, x then y then b (d values). */
export function scaledUnit(data: GreenData, j: number, scale: Float64Array): Float64Array {
  const { m, s, k } = widths(data);
  const out = new Float64Array(m + s + k);
  for (let i = 0; i < m; i++) out[i] = data.x[j][i] / scale[i];
  for (let r = 0; r < s; r++) out[m + r] = data.y[j][r] / scale[m + r];
  for (let q = 0; q < k; q++) out[m + s + q] = data.b[j][q] / scale[m + s + q];
  return out;
}

/** Every unit's scaled data, unit by unit (n × d): the λ columns of the frontier. */
export function scaledSet(data: GreenData, scale: Float64Array): Float64Array {
  const n = data.x.length;
  const d = scale.length;
  const out = new Float64Array(n * d);
  for (let j = 0; j < n; j++) out.set(scaledUnit(data, j, scale), j * d);
  return out;
}

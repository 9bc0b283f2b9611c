/**
 * The input sizes the functions accept. Beyond them a function answers at once
 * with `#VALUE!` and a message that names the limit, instead of keeping the
 * add-in's runtime busy for minutes (or running out of memory).
 *
 * The limits are checked on Excel's raw arguments by the adapter (`invoke`),
 * before any argument is read, so an oversized call costs next to nothing.
 *
 * | function | limit | why |
 * |---|---|---|
 * | every function | at most 2,097,152 cells in each argument: two whole columns (A:B) of a sheet, or a 100,000-row panel of 20 indicators | every function is at most O(N log N) in the cells it reads, so the limit takes a few seconds at most |
 * | CRITIC_WEIGHTS | `data` with at most 100 columns (indicators) | it correlates every pair of columns: rows × columns² / 2 operations (10,000 rows × 100 columns ≈ 2 s) |
 * | AHP_WEIGHTS, AHP_CONSISTENCY | `matrix` at most 100 × 100 (100 criteria, 4,950 judgements) | the principal eigenvector is found by power iteration, criteria² per step; AHP_CONSISTENCY itself stops at 15 criteria (Saaty's random index) |
 * | RANK_UNCERTAINTY | `runs` × cells of `data` at most 50,000,000, and `runs` × rows of `data` at most 10,000,000 | every run recomputes and ranks every unit (≈ 1 s at the limit); the ranks of every run are kept for the percentiles (40 MB at the limit) |
 * | DEA_EFFICIENCY, DEA_DETAILS, MALMQUIST | at most 5,000 units; MALMQUIST at most 100,000 panel rows | enforced by the DEA core (src/core/productivity/dea-model.ts MAX_DEA_UNITS, src/core/productivity/malmquist.ts MAX_PANEL_ROWS): one linear programme per unit, solved asynchronously so Excel stays responsive |
 *
 * The per-argument cap applies to a range argument (a scalar is one cell); an
 * element-wise function's result has the shape of its largest argument, so it
 * has at most 2,097,152 cells too.
 */
import { valueError } from '../core/shared/errors';
import type { FunctionSpec } from '../registry/types';

/** Cells in one argument: two whole columns of a sheet (2 × 2^20 rows). */
export const MAX_CELLS_PER_ARGUMENT = 2_097_152;
/** CRITIC_WEIGHTS: columns (indicators) of `data`. */
export const MAX_CRITIC_COLUMNS = 100;
/** AHP_WEIGHTS and AHP_CONSISTENCY: criteria (rows and columns of the pairwise matrix). */
export const MAX_AHP_CRITERIA = 100;
/** RANK_UNCERTAINTY: runs × cells of data. */
export const MAX_RANK_RUN_CELLS = 50_000_000;
/** RANK_UNCERTAINTY: runs × rows of data (the ranks kept for the percentiles). */
export const MAX_RANK_RUN_ROWS = 10_000_000;

/** 1048576 → "1,048,576" (no Intl needed). */
const format = (n: number): string => String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Rows and columns of a raw argument as Excel sends it (a scalar is 1×1); null for a malformed one, which the adapter reports. */
function dimensions(raw: unknown): [number, number] | null {
  if (!Array.isArray(raw)) return [1, 1];
  const first: unknown = raw[0];
  if (!Array.isArray(first)) return null;
  return [raw.length, first.length];
}

/** A raw scalar number argument, or its default when omitted; NaN when it is not a number (the adapter reports that). */
function scalarNumber(spec: FunctionSpec, args: readonly unknown[], name: string): number {
  const i = spec.params.findIndex((p) => p.name === name);
  let raw: unknown = i < 0 ? undefined : args[i];
  if (Array.isArray(raw) && raw.length === 1 && Array.isArray(raw[0]) && raw[0].length === 1) raw = raw[0][0];
  if (raw === null || raw === undefined || raw === '') raw = i < 0 ? undefined : spec.params[i].default;
  return typeof raw === 'number' ? raw : NaN;
}

function argumentOf(spec: FunctionSpec, args: readonly unknown[], name: string): unknown {
  return args[spec.params.findIndex((p) => p.name === name)];
}

/** A limit beyond the per-argument cap: returns a message (without the function name) when the call exceeds it. */
type FunctionLimit = (spec: FunctionSpec, args: readonly unknown[]) => string | null;

function squareMatrixLimit(spec: FunctionSpec, args: readonly unknown[]): string | null {
  const d = dimensions(argumentOf(spec, args, 'matrix'));
  if (d === null || Math.max(d[0], d[1]) <= MAX_AHP_CRITERIA) return null;
  return `requires matrix to compare at most ${MAX_AHP_CRITERIA} criteria (${MAX_AHP_CRITERIA}×${MAX_AHP_CRITERIA}), not a ${d[0]}×${d[1]} range`;
}

/** The limits of particular functions, by name. */
export const functionLimits: Readonly<Record<string, FunctionLimit>> = {
  CRITIC_WEIGHTS: (spec, args) => {
    const d = dimensions(argumentOf(spec, args, 'data'));
    if (d === null || d[1] <= MAX_CRITIC_COLUMNS) return null;
    return `requires data to have at most ${MAX_CRITIC_COLUMNS} columns (indicators), not ${format(d[1])}`;
  },
  AHP_WEIGHTS: squareMatrixLimit,
  AHP_CONSISTENCY: squareMatrixLimit,
  RANK_UNCERTAINTY: (spec, args) => {
    const d = dimensions(argumentOf(spec, args, 'data'));
    const runs = Math.trunc(scalarNumber(spec, args, 'runs'));
    // Runs outside the spec's bounds are the adapter's #NUM!, not a size limit.
    const bounds = spec.params.find((p) => p.name === 'runs');
    if (d === null || !(runs >= (bounds?.min ?? 1) && runs <= (bounds?.max ?? Infinity))) return null;
    const [rows, cols] = d;
    if (runs * rows * cols > MAX_RANK_RUN_CELLS) {
      return `requires runs × cells of data to be at most ${format(MAX_RANK_RUN_CELLS)}, not ${format(runs)} × ${format(rows * cols)}: use fewer runs or less data`;
    }
    if (runs * rows > MAX_RANK_RUN_ROWS) {
      return `requires runs × rows of data to be at most ${format(MAX_RANK_RUN_ROWS)}, not ${format(runs)} × ${format(rows)}: use fewer runs or fewer rows`;
    }
    return null;
  },
};

/**
 * Throws `#VALUE!` (a DomainError of kind "value") when a call exceeds a limit.
 * Cheap: it looks only at the sizes of the arguments, never at their cells.
 */
export function checkLimits(spec: FunctionSpec, args: readonly unknown[]): void {
  spec.params.forEach((p, i) => {
    const d = dimensions(args[i]);
    if (d !== null && d[0] * d[1] > MAX_CELLS_PER_ARGUMENT) {
      throw valueError(
        `requires ${p.name} to have at most ${format(MAX_CELLS_PER_ARGUMENT)} cells (two whole columns), not ${format(d[0] * d[1])} (${format(d[0])}×${format(d[1])})`,
      );
    }
  });
  const message = functionLimits[spec.name]?.(spec, args) ?? null;
  if (message !== null) throw valueError(message);
}

/**
 * What every call of every function must satisfy, whatever its arguments:
 * - it never throws (nor rejects, for an asynchronous function);
 * - on ordinary magnitudes (0, or 1e-100 to 1e100), the core itself returns no NaN,
 *   ±Infinity, null or undefined (the adapter would hide them as #NUM! or a blank:
 *   they are bugs all the same); beyond them overflow is #NUM!, as in Excel;
 * - the result is a non-empty rectangular 2-D array of numbers, text, logical
 *   values or Excel errors of the catalogue's table (#VALUE!, #N/A, #DIV/0!, #NUM!);
 * - no cell is NaN, ±Infinity, null or undefined;
 * - #VALUE! and #N/A carry a message in the catalogue's grammar ("NQP.NAME requires …"
 *   or "NQP.NAME: …", lowercase after the name, no trailing period), and no
 *   message reports an internal error (an exception that is not a DomainError is a bug);
 * - a scalar result is 1×1; an element-wise result has the broadcast shape of its
 *   arguments (or is a single error);
 * - the arguments are not mutated, and the same arguments give the same result.
 */
import { ExcelError, type ExcelResult, invoke } from '../../src/excel/adapter';
import { DomainError } from '../../src/core/shared/errors';
import type { FunctionSpec } from '../../src/registry/types';

const ERROR_CODES = new Set(['#VALUE!', '#N/A', '#DIV/0!', '#NUM!']);

/** A printable, comparable form of a result: errors as { error, message }, numbers as written (with -0 kept). */
export function canonical(result: unknown): unknown {
  if (result instanceof ExcelError) return { error: result.code, message: result.message };
  if (Array.isArray(result)) return result.map(canonical);
  if (typeof result === 'number' && Object.is(result, -0)) return '-0';
  if (typeof result === 'number' && !Number.isFinite(result)) return String(result);
  return result;
}

/** Deep copy that keeps NaN, -0 and undefined as they are (the arguments are plain data). */
export function copy<T>(value: T): T {
  return Array.isArray(value) ? (value.map(copy) as T) : value && typeof value === 'object' ? { ...value } : value;
}

/** Deep equality with Object.is on the leaves (NaN equals NaN, -0 differs from 0). */
export function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return Object.is(a, b);
}

/** The broadcast shape of the element-wise arguments, or null when some range is malformed. */
function broadcastShape(spec: FunctionSpec, args: readonly unknown[]): [number, number] | null {
  let shape: [number, number] = [1, 1];
  for (let i = 0; i < spec.params.length; i++) {
    const a = args[i];
    if (spec.params[i].shape !== 'element' || !Array.isArray(a)) continue;
    if (a.length === 0 || !a.every((r) => Array.isArray(r)) || (a[0] as unknown[]).length === 0) return null;
    const d: [number, number] = [a.length, (a[0] as unknown[]).length];
    if (d[0] * d[1] > 1) shape = d;
  }
  return shape;
}

/** The problems of one result; an empty list when it is fine. */
export function problemsOf(spec: FunctionSpec, args: readonly unknown[], result: unknown): string[] {
  if (!Array.isArray(result) || result.length === 0) return [`the result is not a non-empty 2-D array: ${JSON.stringify(canonical(result))}`];
  if (!result.every((r) => Array.isArray(r))) return ['the result has a row that is not an array'];
  const width = (result[0] as unknown[]).length;
  if (width === 0) return ['the result has an empty first row'];
  const problems: string[] = [];
  result.forEach((row: unknown[], r) => {
    if (row.length !== width) problems.push(`row ${r + 1} has ${row.length} cells, row 1 has ${width}: not rectangular`);
    row.forEach((v, c) => {
      const at = `cell (${r + 1}, ${c + 1})`;
      if (v instanceof ExcelError) {
        if (!ERROR_CODES.has(v.code)) problems.push(`${at} is the error ${v.code}, not one of the catalogue's table`);
        if (v.code === '#VALUE!' || v.code === '#N/A') {
          const m = v.message;
          if (!m.startsWith(`NQP.${spec.name} `) && !m.startsWith(`NQP.${spec.name}: `)) {
            problems.push(`${at} is ${v.code} with a message that does not start with "NQP.${spec.name} " or "NQP.${spec.name}: ": ${JSON.stringify(m)}`);
          } else if (/^[A-Z][a-z]/.test(m.slice(`NQP.${spec.name}`.length).replace(/^:? /, ''))) {
            problems.push(`${at} is ${v.code} with a message that is not lowercase after the name: ${JSON.stringify(m)}`);
          }
          if (/\.$/.test(m)) problems.push(`${at} is ${v.code} with a trailing period: ${JSON.stringify(m)}`);
          if (/internal error/i.test(m)) problems.push(`${at} reports a bug: ${JSON.stringify(m)}`);
        }
      } else if (typeof v === 'number') {
        if (!Number.isFinite(v)) problems.push(`${at} is ${v}`);
      } else if (typeof v !== 'string' && typeof v !== 'boolean') {
        problems.push(`${at} is ${v === null ? 'null' : typeof v}`);
      }
    });
  });
  const single = result.length === 1 && width === 1;
  if (spec.result.shape === 'scalar' && !single) problems.push(`a scalar result is ${result.length}×${width}`);
  if (spec.result.shape === 'element' && !single) {
    const shape = broadcastShape(spec, args);
    if (shape === null || shape[0] !== result.length || shape[1] !== width) {
      problems.push(`an element-wise result is ${result.length}×${width}, its arguments broadcast to ${shape ? shape.join('×') : 'nothing'}`);
    }
  }
  return problems;
}

/** What the core itself returned that the adapter had to mend: NaN, ±Infinity, null, undefined or an object. */
function coreProblems(value: unknown, at = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => coreProblems(v, `${at}[${i}]`));
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`the core returned ${value} at result${at}`];
  if (typeof value === 'string' || typeof value === 'boolean' || value instanceof DomainError) return [];
  return [`the core returned ${value === null ? 'null' : typeof value} at result${at}`];
}

/**
 * Ordinary magnitudes: every number of the arguments is 0 or between 1e-100 and
 * 1e100 in absolute value. Beyond them a result may overflow (1e308 + 1e308) or
 * underflow (1 / 5e-324), and the adapter's #NUM! for the non-finite result is
 * Excel's own answer (=1E308*10 is #NUM!); within them a NaN or ±Infinity from
 * the core is a bug.
 */
export function ordinary(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(ordinary);
  if (typeof value !== 'number') return true;
  const a = Math.abs(value);
  return a === 0 || (a >= 1e-100 && a <= 1e100);
}

/**
 * The spec with its compute watched: the adapter turns a NaN from the core into
 * #NUM!, so a core that returns NaN (or throws something other than a
 * DomainError) would pass unnoticed through the adapter alone. Results of the
 * core are checked here, before the adapter mends them.
 */
function watched(spec: FunctionSpec, problems: string[]): FunctionSpec {
  const note = (r: unknown) => {
    if (problems.length < 5) problems.push(...coreProblems(r));
  };
  const compute = (...args: unknown[]) => {
    const r = spec.compute(...args);
    if (r instanceof Promise) return r.then((v) => (note(v), v));
    note(r);
    return r;
  };
  return { ...spec, compute };
}

/** Calls the function through the adapter as Excel would, awaiting an asynchronous result. */
async function call(spec: FunctionSpec, args: unknown[]): Promise<ExcelResult> {
  let result: ExcelResult | Promise<ExcelResult>;
  try {
    result = invoke(spec, args);
  } catch (e) {
    throw new Error(`invoke threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
  }
  if (result instanceof Promise) {
    try {
      return await result;
    } catch (e) {
      throw new Error(`invoke's promise rejected with ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
    }
  }
  return result;
}

/**
 * Runs one call twice and checks every property; throws with every problem found
 * (fast-check then shrinks the arguments and prints the smallest that fails).
 */
export async function checkCall(spec: FunctionSpec, args: unknown[]): Promise<void> {
  const before = copy(args);
  const fromCore: string[] = [];
  const first = await call(ordinary(args) ? watched(spec, fromCore) : spec, args);
  const problems = [...problemsOf(spec, args, first), ...fromCore];
  if (!same(args, before)) problems.push(`the arguments were mutated: ${JSON.stringify(canonical(args))}`);
  const second = await call(spec, args);
  if (!same(canonical(first), canonical(second))) {
    problems.push(`a second call gave a different result: ${JSON.stringify(canonical(first))} then ${JSON.stringify(canonical(second))}`);
  }
  if (problems.length > 0) {
    throw new Error(`NQP.${spec.name}: ${problems.slice(0, 5).join('; ')}\nresult: ${JSON.stringify(canonical(first)).slice(0, 2000)}`);
  }
}

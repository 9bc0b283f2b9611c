/**
 * Live examples for the read-only preview (the pane opened outside Excel): a
 * function's worked examples recomputed in the page by the same code Excel
 * runs — the adapter's `invoke` and the core behind it — and compared with the
 * results the spec states. DEA examples return a promise (the LP solver chunk
 * loads lazily from the add-in's own origin).
 *
 * Nothing is computed until a function page asks for it, and each example is
 * computed once per session (re-rendering the page, e.g. on a language switch,
 * reuses a result that matched). The maths comes with the first: the pane's
 * specs carry no `compute`, and live-registry.ts (a chunk of its own) has the
 * whole specs and the adapter.
 */
import { ExcelError, type ExcelCell, type ExcelResult } from '../excel/excel-error';
import { loadOnce } from '../core/shared/load-once';
import { expectedText } from '../registry/formula';
import type { Example, ExpectedCell, FunctionSpec } from '../registry/types';

/** Each example's result, by the language of its messages. */
const computed = new WeakMap<Example, Map<'en' | 'zh', Promise<ExcelResult>>>();

const loadLive = loadOnce(() => import(/* webpackChunkName: "live" */ './live-registry'));

/** What the pane computes with: the specs whole (the pane's own carry no maths) and a call through the adapter. */
export interface LiveEngine {
  spec(name: string): FunctionSpec | undefined;
  /** A call as Excel makes it; the error cells are the pane's ExcelError. */
  invoke(spec: FunctionSpec, args: readonly unknown[]): Promise<ExcelResult>;
}

/**
 * The live chunk (live-registry.ts: the specs whole and the adapter), loaded
 * once (a failed load is tried again), with its messages in `lang` (the
 * Chinese of the core's messages is a chunk of its own, fetched first).
 */
export async function liveEngine(lang: 'en' | 'zh'): Promise<LiveEngine> {
  const { specByName, invoke, ExcelError: LiveError, setMessageLanguage, loadChinese } = await loadLive();
  if (lang === 'zh') await loadChinese().catch(() => undefined);
  setMessageLanguage(lang);
  return {
    spec: (name) => specByName.get(name),
    invoke: async (spec, args) => {
      const result = await invoke(spec, args);
      // The chunk has its own copy of the adapter (another layer of the bundle): its error cells become the pane's.
      if (LiveError === ExcelError) return result;
      return result.map((row) => row.map((v) => (v instanceof LiveError ? new ExcelError(v.code, v.detail) : v)));
    },
  };
}

/** The example computed by the whole spec of the same name, as Excel would call it, its messages in `lang`. */
async function invokeLive(spec: FunctionSpec, example: Example, lang: 'en' | 'zh'): Promise<ExcelResult> {
  const engine = await liveEngine(lang);
  const whole = engine.spec(spec.name);
  if (whole === undefined) throw new Error(`no function ${spec.name} in this version`);
  return engine.invoke(whole, example.args);
}

/**
 * The example's result as Excel would show it, computed in this page. The
 * first call yields to the browser first, so the page can paint its
 * "computing…" state before any work starts.
 */
export function computeExample(spec: FunctionSpec, example: Example, lang: 'en' | 'zh' = 'en'): Promise<ExcelResult> {
  let byLang = computed.get(example);
  if (byLang === undefined) computed.set(example, (byLang = new Map()));
  let result = byLang.get(lang);
  if (result === undefined) {
    result = new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => invokeLive(spec, example, lang));
    byLang.set(lang, result);
    // A result that differs (the solver chunk failed to load, say) is not kept: opening the page again retries.
    const mine = byLang;
    void result.then((r) => {
      if (!matchesExpected(r, example)) mine.delete(lang);
    });
  }
  return result;
}

/** A computed cell as Excel shows it (numbers to 10 significant digits, as the expected results are shown). */
export function cellText(v: ExcelCell): string {
  if (v instanceof ExcelError) return v.code;
  return expectedText(v);
}

/** A computed table as text: cells two spaces apart, one line per row. */
export function resultText(result: ExcelResult): string {
  return result.map((row) => row.map(cellText).join('  ')).join('\n');
}

/** The messages of the error cells (Excel shows them for #VALUE! and #N/A), without repeats. */
export function errorMessages(result: ExcelResult): string[] {
  const messages = result.flat().flatMap((v) => (v instanceof ExcelError && v.message !== '' ? [v.message] : []));
  return [...new Set(messages)];
}

function cellMatches(got: ExcelCell, want: ExpectedCell, tolerance: number): boolean {
  if (typeof want === 'object') return got instanceof ExcelError && got.code === want.error;
  if (typeof want === 'number') return typeof got === 'number' && Math.abs(got - want) <= tolerance;
  return got === want;
}

/** True when the computed table has the expected shape and every cell matches (numbers within the example's tolerance, errors by code). */
export function matchesExpected(result: ExcelResult, example: Example): boolean {
  const tolerance = example.tolerance ?? 1e-9;
  const want = example.expected;
  return (
    result.length === want.length &&
    want.every((row, r) => result[r].length === row.length && row.every((cell, c) => cellMatches(result[r][c], cell, tolerance)))
  );
}

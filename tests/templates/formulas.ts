/**
 * Test helpers: parse a template's formulas, check what they refer to, and
 * evaluate its NQP formulas on the template's own cells through the adapter.
 */
import { ExcelError, invoke } from '../../src/excel/adapter';
import { specByName } from '../../src/registry';
import type { FunctionSpec } from '../../src/registry/types';
import {
  type Area,
  type Block,
  type Lang,
  type SheetDef,
  blockArea,
  contains,
  isFormula,
  parseArea,
  parseCell,
  resolve,
} from '../../src/templates/model';

export type Arg =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'ref'; address: string; area: Area };

export interface NqpCall {
  name: string;
  args: Arg[];
}

/** Splits at top-level commas, outside quotes, parentheses and braces. */
export function splitArgs(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inString = false;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      current += ch;
      if (ch === '"') {
        if (text[i + 1] === '"') current += text[++i];
        else inString = false;
      }
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '(' || ch === '{') depth++;
    else if (ch === ')' || ch === '}') depth--;
    if (ch === ',' && depth === 0) {
      out.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  out.push(current);
  return out.map((s) => s.trim());
}

const REF = /^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/;

function parseArg(text: string): Arg {
  if (text === '') return { kind: 'empty' };
  if (/^"([^"]|"")*"$/.test(text)) return { kind: 'string', value: text.slice(1, -1).replace(/""/g, '"') };
  if (/^-?\d+(\.\d+)?$/.test(text)) return { kind: 'number', value: Number(text) };
  if (/^(TRUE|FALSE)$/i.test(text)) return { kind: 'boolean', value: text.toUpperCase() === 'TRUE' };
  if (REF.test(text)) return { kind: 'ref', address: text, area: parseArea(text.replace(/\$/g, '')) };
  throw new Error(`unsupported argument in an NQP formula: ${text}`);
}

/** `=NQP.NAME(args)` → its call; null for a formula that is plain Excel (no NQP. anywhere). Throws otherwise. */
export function parseNqp(formula: string): NqpCall | null {
  if (!formula.includes('NQP.')) return null;
  const m = /^=NQP\.([A-Z0-9_]+)\((.*)\)$/.exec(formula);
  if (!m) throw new Error(`an NQP formula must be =NQP.NAME(...) alone: ${formula}`);
  if (m[2].includes('NQP.')) throw new Error(`nested NQP call: ${formula}`);
  return { name: m[1], args: splitArgs(m[2]).map(parseArg) };
}

/** Cell or range references in a plain Excel formula (outside string literals, not function names). */
export function plainRefs(formula: string): string[] {
  const noStrings = formula.replace(/"([^"]|"")*"/g, '""');
  return [...noStrings.matchAll(/(?<![A-Za-z0-9_.$])\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?(?![A-Za-z0-9_(])/g)].map((m) => m[0]);
}

/** Whether a spec's argument count accepts `n` arguments. */
export function arityOk(spec: FunctionSpec, n: number): boolean {
  const min = spec.params.filter((p) => !p.optional).length;
  return n >= min && n <= spec.params.length;
}

/** The areas of a sheet's blocks of the given roles (spill areas included). */
export function areasOf(sheet: SheetDef, roles: Block['role'][]): Area[] {
  return sheet.blocks.filter((b) => roles.includes(b.role)).map(blockArea);
}

export function insideAny(area: Area, areas: Area[]): boolean {
  // A reference may span several adjacent blocks (e.g. a header row and a label column): every cell must be covered.
  for (let r = area.top; r < area.top + area.rows; r++) {
    for (let c = area.left; c < area.left + area.cols; c++) {
      const one = { top: r, left: c, rows: 1, cols: 1 };
      if (!areas.some((a) => contains(a, one))) return false;
    }
  }
  return true;
}

// ---------------------------------------------------------------------------
// Evaluation on the template's own cells

export type Value = number | string | boolean | null | ExcelError;

export interface Evaluation {
  cells: Map<string, Value>;
  /** Each NQP formula's result, by anchor cell. */
  results: Map<string, Value[][]>;
}

const key = (r: number, c: number): string => `${r},${c}`;

/** The cells of a sheet in a language: literals written, NQP formulas computed through the adapter. */
export async function evaluateSheet(sheet: SheetDef, lang: Lang, override?: Map<string, Value>): Promise<Evaluation> {
  const cells = new Map<string, Value>();
  const pending: { at: { row: number; col: number }; call: NqpCall; spill: Area; anchor: string }[] = [];
  const plain = new Map<string, string>();
  for (const b of sheet.blocks) {
    const at = parseCell(b.at);
    b.cells.forEach((row, r) =>
      row.forEach((v, c) => {
        const k = key(at.row + r, at.col + c);
        const text = resolve(v, lang);
        if (isFormula(v)) {
          const call = parseNqp(String(text));
          if (call) {
            const spill = b.spill && r === 0 && c === 0 ? blockArea(b) : { top: at.row + r, left: at.col + c, rows: 1, cols: 1 };
            pending.push({ at: { row: at.row + r, col: at.col + c }, call, spill, anchor: k });
          } else {
            plain.set(k, String(text));
          }
        } else {
          cells.set(k, text === '' ? null : text);
        }
      }),
    );
  }
  for (const [k, v] of override ?? []) cells.set(k, v);
  evaluateSimplePlain(cells, plain);

  const results = new Map<string, Value[][]>();
  const waitingOn = (area: Area, others: typeof pending): boolean =>
    others.some((p) => p.spill.top < area.top + area.rows && area.top < p.spill.top + p.spill.rows && p.spill.left < area.left + area.cols && area.left < p.spill.left + p.spill.cols);

  while (pending.length > 0) {
    const ready = pending.findIndex((p) => p.call.args.every((a) => a.kind !== 'ref' || !waitingOn(a.area, pending.filter((q) => q !== p))));
    if (ready < 0) throw new Error('circular references between NQP formulas');
    const [p] = pending.splice(ready, 1);
    const spec = specByName.get(p.call.name);
    if (!spec) throw new Error(`unregistered function ${p.call.name}`);
    const args = p.call.args.map((a) => {
      switch (a.kind) {
        case 'empty':
          return null;
        case 'ref': {
          const grid: Value[][] = [];
          for (let r = 0; r < a.area.rows; r++) {
            const line: Value[] = [];
            for (let c = 0; c < a.area.cols; c++) {
              const k = key(a.area.top + r, a.area.left + c);
              if (plain.has(k)) throw new Error(`NQP.${p.call.name} refers to ${a.address}, which holds a plain Excel formula`);
              const v = cells.get(k) ?? null;
              if (v instanceof ExcelError) throw new Error(`NQP.${p.call.name} refers to an error in ${a.address}`);
              line.push(v);
            }
            grid.push(line);
          }
          return grid.length === 1 && grid[0].length === 1 ? grid[0][0] : grid;
        }
        default:
          return a.value;
      }
    });
    const result = await invoke(spec, args);
    if (result.length > p.spill.rows || result[0].length > p.spill.cols) {
      throw new Error(
        `NQP.${p.call.name} at ${p.anchor} spills ${result.length}×${result[0].length}, more than its reserved ${p.spill.rows}×${p.spill.cols}`,
      );
    }
    results.set(p.anchor, result);
    result.forEach((row, r) => row.forEach((v, c) => cells.set(key(p.at.row + r, p.at.col + c), v === '' ? null : v)));
  }
  return { cells, results };
}

/**
 * The plain formulas an NQP formula may read, evaluated on literal cells:
 * `=B5` and `=IF(D5="","",B5)` (a helper column that turns marks into codes).
 * Any other plain formula stays unevaluated, and an NQP formula reading it fails the test.
 */
function evaluateSimplePlain(cells: Map<string, Value>, plain: Map<string, string>): void {
  const at = (ref: string): Value => {
    const c = parseCell(ref);
    return cells.get(key(c.row, c.col)) ?? null;
  };
  for (const [k, text] of [...plain]) {
    let m = /^=(\$?[A-Z]{1,3}\$?\d+)$/.exec(text);
    if (m) {
      cells.set(k, at(m[1]));
      plain.delete(k);
      continue;
    }
    m = /^=IF\((\$?[A-Z]{1,3}\$?\d+)="","",(\$?[A-Z]{1,3}\$?\d+)\)$/.exec(text);
    if (m) {
      const test = at(m[1]);
      cells.set(k, test === null || test === '' ? null : at(m[2]));
      plain.delete(k);
    }
  }
}

/** Every error value among the results, described. */
export function errorsIn(evaluation: Evaluation): string[] {
  const out: string[] = [];
  for (const [anchor, result] of evaluation.results) {
    result.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v instanceof ExcelError) out.push(`${anchor} (+${r},+${c}): ${v.code} ${v.message}`);
      }),
    );
  }
  return out;
}

export { key as cellKey };

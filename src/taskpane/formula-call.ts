/**
 * The NQP call in a cell's formula, as the error explainer reads it: the
 * function's name and its arguments, each a value, an array constant, a
 * reference (A1, with or without a sheet; a defined name), a nested NQP call,
 * or an expression the pane cannot evaluate. Pure: no Office, no DOM.
 *
 * Range.formulas gives the formula in Excel's invariant (English) form, with
 * commas between arguments whatever the user's locale; a custom function may
 * appear as NQP.NAME or, as stored in a file, _xldudf_NQP_NAME.
 */

import { splitReference } from '../core/shared/a1';

export type FormulaArg =
  | { kind: 'omitted'; text: '' }
  | { kind: 'value'; value: number | string | boolean; text: string }
  | { kind: 'array'; value: (number | string | boolean)[][]; text: string }
  | { kind: 'reference'; sheet: string | null; cells: string; text: string }
  | { kind: 'name'; name: string; text: string }
  | { kind: 'call'; call: FormulaCall; text: string }
  | { kind: 'other'; text: string };

export interface FormulaCall {
  /** The function's name without the namespace, upper case. */
  name: string;
  args: FormulaArg[];
}

const CALL = /(?:^|[^A-Za-z0-9_.])(?:NQP\.|_xldudf_NQP_)([A-Za-z0-9_]+)\s*\(/gi;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?%?$/i;
const NAME = /^[A-Za-z_\\\u3400-\u9fff][A-Za-z0-9_.\\\u3400-\u9fff]*$/;

/** The index of the quote closing the text or sheet name that opens at `i` (a doubled quote inside is the quote itself). */
function quoteEnd(text: string, i: number): number {
  const q = text[i];
  for (i++; i < text.length; i++) {
    if (text[i] !== q) continue;
    if (text[i + 1] === q) i++;
    else break;
  }
  return i;
}

/** The index of the bracket closing the one opened just before `from`, skipping strings and quoted sheet names; -1 if none. */
function closing(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'") i = quoteEnd(text, i);
    else if (ch === '(' || ch === '{') depth++;
    else if (ch === ')' || ch === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Splits text at `sep` at depth 0 (outside brackets, strings and quoted sheet names). */
function split(text: string, seps: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'") i = quoteEnd(text, i);
    else if (ch === '(' || ch === '{') depth++;
    else if (ch === ')' || ch === '}') depth--;
    else if (depth === 0 && seps.includes(ch)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** The positions of the NQP calls in a formula that are not inside a string. */
function callsIn(formula: string): { name: string; open: number }[] {
  const found: { name: string; open: number }[] = [];
  let inString = false;
  const strings: boolean[] = [];
  for (let i = 0; i < formula.length; i++) {
    if (formula[i] === '"') inString = !inString;
    strings.push(inString);
  }
  for (const m of formula.matchAll(CALL)) {
    const open = (m.index ?? 0) + m[0].length;
    if (!strings[open - 1]) found.push({ name: m[1].toUpperCase(), open });
  }
  return found;
}

function constant(text: string): number | string | boolean | null {
  const t = text.trim();
  if (NUMBER.test(t)) return t.endsWith('%') ? Number(t.slice(0, -1)) / 100 : Number(t);
  if (/^"(?:[^"]|"")*"$/.test(t)) return t.slice(1, -1).replace(/""/g, '"');
  if (/^(TRUE|FALSE)$/i.test(t)) return t.toUpperCase() === 'TRUE';
  return null;
}

function argument(raw: string): FormulaArg {
  const text = raw.trim();
  if (text === '') return { kind: 'omitted', text: '' };
  const value = constant(text);
  if (value !== null) return { kind: 'value', value, text };
  if (text.startsWith('{') && text.endsWith('}')) {
    const rows = split(text.slice(1, -1), ';').map((row) => split(row, ',').map(constant));
    if (rows.every((row) => row.every((v) => v !== null)) && rows.every((row) => row.length === rows[0].length)) {
      return { kind: 'array', value: rows as (number | string | boolean)[][], text };
    }
    return { kind: 'other', text };
  }
  const inner = parseCall(text, true);
  if (inner !== null) return { kind: 'call', call: inner, text };
  const ref = splitReference(text);
  if (ref !== null) return { kind: 'reference', sheet: ref.sheet, cells: ref.cells, text };
  if (text.includes('!')) return { kind: 'other', text };
  if (NAME.test(text)) return { kind: 'name', name: text, text };
  return { kind: 'other', text };
}

/**
 * The first (outermost) NQP call of a formula, or null when it holds none.
 * With `whole`, the text must be exactly one call (an argument).
 */
export function parseCall(formula: string, whole = false): FormulaCall | null {
  const text = formula.trim().replace(/^=/, '');
  const calls = callsIn(text);
  if (calls.length === 0) return null;
  const { name, open } = calls[0];
  const end = closing(text, open);
  if (end < 0) return null;
  if (whole && (text.slice(0, open).replace(/(?:NQP\.|_xldudf_NQP_)[A-Za-z0-9_]+\s*\($/i, '').trim() !== '' || text.slice(end + 1).trim() !== '')) return null;
  const inside = text.slice(open, end);
  const args = inside.trim() === '' ? [] : split(inside, ',').map(argument);
  return { name, args };
}

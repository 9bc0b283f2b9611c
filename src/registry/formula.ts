/**
 * An example as the formula an analyst can type or paste: ranges become
 * array constants ({1,2;3,4}), blanks inside them become "" (which the add-in
 * reads as blank), omitted trailing arguments are dropped.
 */
import type { ExcelArg, ExpectedCell, FunctionSpec } from './types';

type Value = number | string | boolean | null;

function constant(v: Value): string {
  if (v === null) return '""';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return String(v);
  return `"${v.replace(/"/g, '""')}"`;
}

function argument(a: ExcelArg): string {
  if (a === null) return '';
  if (Array.isArray(a)) {
    if (a.length === 1 && a[0].length === 1) return constant(a[0][0]);
    return `{${a.map((row) => row.map(constant).join(',')).join(';')}}`;
  }
  return constant(a);
}

export function exampleFormula(spec: FunctionSpec, args: readonly ExcelArg[]): string {
  const shown = [...args];
  while (shown.length > 0 && shown[shown.length - 1] === null) shown.pop();
  return `=NQP.${spec.name}(${shown.map(argument).join(', ')})`;
}

/** An expected cell as Excel shows it. */
export function expectedText(v: ExpectedCell): string {
  if (typeof v === 'object') return v.error;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return String(Number(v.toPrecision(10)));
  return v;
}

/** How the function reads in Excel's formula bar, optional arguments in brackets: NQP.HHI(values, [normalized]). */
export const functionSignature = (spec: FunctionSpec): string =>
  `NQP.${spec.name}(${spec.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})`;

/**
 * A1 addresses, as Excel writes them in formulas and as its API reports them:
 * column letters and indices, cells, the cells of a reference (a cell, an
 * area, whole columns or rows), sheet names quoted or not. Pure: the
 * templates' writer, the blank-cell reader, the pane's formula reader and the
 * index builder share it.
 */

/** 0-based column index → letters (0 → A, 26 → AA). */
export function columnName(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters → 0-based column index. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A cell as 0-based row and column. */
export interface CellRef {
  row: number;
  col: number;
}

/** "$B$7" or "B7" → 0-based row and column. */
export function parseCell(address: string): CellRef {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`not a cell address: ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** The cells of a reference: a cell or an area ($ allowed), whole columns (A:C) or whole rows (2:5). */
export const A1_CELLS = /^(?:\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)$/;

/** Whole columns or whole rows (A:A, 2:5). */
export const A1_WHOLE = /^(?:\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)$/;

/**
 * A reference in this workbook (Sheet1!B2:M31, 'My data'!A:A, $B$2, 1:1): its
 * sheet, unquoted (null when the reference names none), and its cells; null
 * for anything else (another workbook's [Book2]Sheet1!A1, a union, a name).
 */
export function splitReference(text: string): { sheet: string | null; cells: string } | null {
  const bang = text.lastIndexOf('!');
  const cells = bang < 0 ? text : text.slice(bang + 1);
  if (!A1_CELLS.test(cells)) return null;
  if (bang < 0) return { sheet: null, cells };
  const sheet = text.slice(0, bang);
  if (/^'(?:[^']|'')+'$/.test(sheet)) return { sheet: sheet.slice(1, -1).replace(/''/g, "'"), cells };
  return /^[^'![\]:]+$/.test(sheet) ? { sheet, cells } : null;
}

/** A sheet name as a formula writes it: quoted unless it is a plain name that is not also a cell (AB12). */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** The first cell of a reference's cells, 0-based (a whole column starts at row 1, a whole row at column A). */
export function firstCell(cells: string): CellRef {
  const m = /^\$?([A-Za-z]*)\$?(\d*)/.exec(cells) as RegExpExecArray;
  return { row: m[2] === '' ? 0 : Number(m[2]) - 1, col: m[1] === '' ? 0 : columnIndex(m[1]) };
}

/** The A1 address of the cell `rows` below and `columns` right of a reference's first cell. */
export function cellAt(cells: string, rows: number, columns: number): string {
  const o = firstCell(cells);
  return `${columnName(o.col + columns)}${o.row + rows + 1}`;
}

/** A plain-text table: a header row and left/right aligned columns. */
export interface Column {
  title: string;
  align?: 'left' | 'right';
}

export function table(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((c, i) => Math.max(c.title.length, ...rows.map((r) => (r[i] ?? '').length)));
  const cell = (text: string, i: number): string =>
    columns[i].align === 'left' ? text.padEnd(widths[i]) : text.padStart(widths[i]);
  const line = (cells: readonly string[]): string => cells.map((t, i) => cell(t ?? '', i)).join('  ').trimEnd();
  return [line(columns.map((c) => c.title)), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export const ms = (t: number): string => (t >= 100 ? t.toFixed(0) : t >= 10 ? t.toFixed(1) : t.toFixed(2));
export const ratio = (r: number): string => `${r >= 100 ? r.toFixed(0) : r.toFixed(2)}×`;

/** "1.35× ok" or "2.60× MISS" against an upper bound. */
export function against(value: number, limit: number, text = ratio(value)): string {
  return `${text} ${value <= limit ? 'ok' : 'MISS'}`;
}

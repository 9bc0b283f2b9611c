/**
 * The illustrative sample dataset of a template, found again after insertion.
 *
 * On insertion each sample block (`sample: true` in the definition) gets a
 * worksheet-scoped name, `NQP_SAMPLE_<template id>_<sheet>_<block>` (dashes of
 * the id as underscores, 0-based indices into the definition). Excel moves
 * and grows a name with its cells when the analyst inserts rows or columns,
 * and keeps it when the sheet is copied, so the sample is found wherever it
 * went; the indices lead back to the definition, whose cells are the values
 * the sample started with.
 *
 * A cell counts as sample only while it still holds the value the definition
 * put there (in either language, as a constant, not a formula): whatever the
 * analyst typed over the sample is theirs and is never cleared.
 */
import { type Block, type CellContent, type TemplateDef, isFormula, isText } from './model';

export const SAMPLE_PREFIX = 'NQP_SAMPLE_';

/** The blocks of a template that hold its illustrative sample, with their sheet and block indices. */
export function sampleBlocks(def: TemplateDef): { sheet: number; index: number; block: Block }[] {
  return def.sheets.flatMap((s, sheet) => s.blocks.flatMap((block, index) => (block.sample ? [{ sheet, index, block }] : [])));
}

/** The worksheet-scoped name of a sample block (letters, digits and underscores, as Excel requires). */
export function sampleName(templateId: string, sheet: number, block: number): string {
  return `${SAMPLE_PREFIX}${templateId.replace(/-/g, '_')}_${sheet}_${block}`;
}

/**
 * The sample block a name stands for among `definitions`, or undefined: not an
 * NQP sample name, or one written by a version whose templates this one does
 * not have (such a name is left alone).
 */
export function sampleBlockOf(name: string, definitions: readonly TemplateDef[]): { def: TemplateDef; block: Block } | undefined {
  const m = /^NQP_SAMPLE_([A-Za-z0-9_]+?)_(\d+)_(\d+)$/i.exec(name);
  if (!m) return undefined;
  const def = definitions.find((d) => d.id.replace(/-/g, '_').toLowerCase() === m[1].toLowerCase());
  const block = def?.sheets[Number(m[2])]?.blocks[Number(m[3])];
  return def && block?.sample ? { def, block } : undefined;
}

/** True when a cell's value is the sample value the definition put there (an empty sample cell never is). */
export function isSampleValue(value: unknown, content: CellContent): boolean {
  if (content === null || isFormula(content)) return false;
  if (isText(content)) return value === content.en || value === content.zh;
  return value === content;
}

const isFormulaText = (f: unknown): boolean => typeof f === 'string' && f.startsWith('=');

/**
 * Which cells of a named sample range still hold their sample value.
 *
 * `values` and `formulas` are the range as Excel reads it now. When its shape
 * is the block's, each cell is compared with the sample cell at the same place.
 * When rows or columns were inserted inside it (or deleted), a cell is compared
 * with the sample cells it can have come from (at most as many rows up or down,
 * and columns left or right, as were inserted or deleted), and each sample cell
 * vouches for one cell at most.
 */
export function sampleCells(block: Block, values: readonly (readonly unknown[])[], formulas?: readonly (readonly unknown[])[]): boolean[][] {
  const rows = values.length;
  const cols = values[0]?.length ?? 0;
  const r = block.cells.length;
  const c = block.cells[0]?.length ?? 0;
  const used = block.cells.map((row) => row.map(() => false));
  return values.map((row, i) =>
    row.map((value, j) => {
      if (isFormulaText(formulas?.[i]?.[j])) return false;
      for (let k = Math.max(0, i - Math.max(0, rows - r)); k <= Math.min(r - 1, i + Math.max(0, r - rows)); k++) {
        for (let l = Math.max(0, j - Math.max(0, cols - c)); l <= Math.min(c - 1, j + Math.max(0, c - cols)); l++) {
          if (!used[k][l] && isSampleValue(value, block.cells[k][l])) {
            used[k][l] = true;
            return true;
          }
        }
      }
      return false;
    }),
  );
}

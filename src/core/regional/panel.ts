/**
 * Panels in long format (one row per unit and period, aligned columns of unit,
 * period and group labels), as the functions of the regional family read them.
 *
 * Labels keep what the user typed: the number 2020 stays a number (so a result
 * column of periods can be charted and looked up), a text stays text. Two
 * labels are the same when they are equal as Excel compares cells: numbers by
 * value, texts ignoring case ("East" and "east" are one group, reported as
 * first written); a number and a text never match ("2020" the text is not the
 * year 2020). Labels are reported in order of first appearance (the
 * catalogue's convention for every panel).
 */
import { LabelIndex } from './label-index';
import { fail } from './messages';

export type Label = number | string | boolean;

export interface Labels {
  /** The distinct labels in order of first appearance, as first written. */
  labels: Label[];
  /** For each row, the position of its label in `labels`. */
  index: Int32Array;
}

/**
 * The distinct labels of one label column, in order of first appearance.
 * A blank label (null or "") is `#VALUE!` naming the argument and the row.
 */
export function labelsInOrder(values: readonly (Label | null | undefined)[], argName: string): Labels {
  const numbering = new LabelIndex();
  const index = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined || v === '') throw fail('value', 'blankLabelCell', { name: argName, row: i + 1 });
    index[i] = numbering.indexOf(v);
  }
  return { labels: numbering.labels, index };
}

/** Checks that a label column has one label per value (rows of `values`). */
export function checkAligned(length: number, expected: number, argName: string, valuesName = 'values'): void {
  if (length !== expected) throw fail('value', 'labelRowMismatch', { name: argName, values: valuesName, expected, got: length });
}

/**
 * The catalogue's rule for panel labels written the plain way, as the reference
 * for the fast numbering (src/core/regional/label-index.ts): one key per label
 * — texts folded to lower case, numbers by value, TRUE/FALSE apart — and each
 * label reported as first written, in order of first appearance.
 */
type Label = number | string | boolean;

export function labelsByKey(values: readonly Label[]): { labels: Label[]; index: number[] } {
  const keyOf = (v: Label): string => (typeof v === 'string' ? `s:${v.toLowerCase()}` : typeof v === 'number' ? `n:${v}` : `b:${v}`);
  const seen = new Map<string, number>();
  const labels: Label[] = [];
  const index = values.map((v) => {
    const key = keyOf(v);
    let at = seen.get(key);
    if (at === undefined) seen.set(key, (at = labels.push(v) - 1));
    return at;
  });
  return { labels, index };
}

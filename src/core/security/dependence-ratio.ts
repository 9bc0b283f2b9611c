/**
 * External (import) dependence of an industry or product, from output Q,
 * imports M and exports X in the same units and period.
 *
 * Apparent consumption AC = Q + M − X.
 * - gross:  M / AC        (import dependence, 对外依存度)
 * - net:    (M − X) / AC  (net import dependence, FAO's import dependency ratio; negative for a net exporter)
 * - output: M / Q         (import-to-output ratio; does not use AC)
 *
 * AC ≤ 0 (stock draw-down, re-exports, or production and customs data that do
 * not cover the same products or units) has no meaningful ratio: #NUM!.
 * Sources: methods.md A10; FAO food-security indicator metadata (IDR, SSR).
 */
import { fail } from './messages';

export type DependenceKind = 'gross' | 'net' | 'output';

/** Q + M − X, checked: flows must be ≥ 0 and AC > 0. */
export function apparentConsumption(output: number, imports: number, exports: number): number {
  if (output < 0 || imports < 0 || exports < 0) throw fail('num', 'negativeFlows', {});
  const ac = output + imports - exports;
  if (ac <= 0) throw fail('num', 'consumptionNotPositive', {});
  return ac;
}

export function dependenceRatio(imports: number, output: number, exports = 0, kind: DependenceKind = 'gross'): number {
  if (kind === 'output') {
    if (output < 0 || imports < 0 || exports < 0) throw fail('num', 'negativeFlows', {});
    if (output === 0) throw fail('div0', 'zeroOutput', {});
    return imports / output;
  }
  const ac = apparentConsumption(output, imports, exports);
  return kind === 'net' ? (imports - exports) / ac : imports / ac;
}

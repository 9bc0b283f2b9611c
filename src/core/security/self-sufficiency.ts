/**
 * Self-sufficiency ratio Q / (Q + M − X): the share of apparent consumption
 * met by domestic output (FAO's SSR). Above 1 for a net exporter.
 * Apparent consumption ≤ 0 → #NUM!. Source: methods.md A10.
 */
import { apparentConsumption } from './dependence-ratio';

export function selfSufficiency(output: number, imports: number, exports = 0): number {
  return output / apparentConsumption(output, imports, exports);
}

/**
 * Technology dependence (对外技术依存度): spending on imported technology T as a
 * share of the total spent on technology, T / (T + domestic R&D).
 * Both must be ≥ 0; T + R&D = 0 → #DIV/0!. Source: methods.md A10 (Chinese
 * official usage).
 */
import { fail } from './messages';

export function techDependence(techImports: number, domesticRD: number): number {
  if (techImports < 0 || domesticRD < 0) throw fail('num', 'negativeTechSpending', {});
  const total = techImports + domesticRD;
  if (total === 0) throw fail('div0', 'zeroTechSpending', {});
  return techImports / total;
}

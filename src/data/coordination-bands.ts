/**
 * The ten equal-width bands of the coupling coordination degree D, the scheme
 * most used in the Chinese literature, labels in English and Chinese.
 *
 * Source of the labels: the R package "mathmodels" (zhjx19/mathmodels-book,
 * system-eval.qmd, coupling_degree()), as recorded in the project's reference
 * vectors (tests/fixtures/vectors/coupling_coordination.json). Schemes of 4, 5
 * or 7 bands also circulate; this is a convention, not a standard.
 */
import type { Text } from '../core/shared/text';

/** Band k (0-based) covers [k/10, (k+1)/10); the last band includes 1. */
export const COORDINATION_BANDS: readonly Text[] = [
  { en: 'Extreme imbalance', zh: '极度失调衰退类' },
  { en: 'Serious imbalance', zh: '严重失调衰退类' },
  { en: 'Moderate imbalance', zh: '中度失调衰退类' },
  { en: 'Mild imbalance', zh: '轻度失调衰退类' },
  { en: 'On the verge of imbalance', zh: '濒临失调衰退类' },
  { en: 'Barely coordinated', zh: '勉强协调发展类' },
  { en: 'Primary coordination', zh: '初级协调发展类' },
  { en: 'Intermediate coordination', zh: '中级协调发展类' },
  { en: 'Good coordination', zh: '良好协调发展类' },
  { en: 'High-quality coordination', zh: '优质协调发展类' },
];

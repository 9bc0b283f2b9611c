/** TRADE_COMPETITIVENESS: the trade competitiveness (net trade) index (X − M) / (X + M), in [−1, 1]. */
import { fail } from './messages';

/** @throws DomainError('num') for a negative value, ('div0') when exports + imports is 0 */
export function tradeCompetitiveness(exports: number, imports: number): number {
  if (exports < 0) throw fail('num', 'negative', { name: 'exports', value: exports });
  if (imports < 0) throw fail('num', 'negative', { name: 'imports', value: imports });
  if (exports + imports === 0) throw fail('div0', 'tradeSumZero', {});
  return (exports - imports) / (exports + imports);
}

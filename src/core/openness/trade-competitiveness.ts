/** TRADE_COMPETITIVENESS: the trade competitiveness (net trade) index (X − M) / (X + M), in [−1, 1]. */
import { divisionByZero, numError } from '../shared/errors';

/** @throws DomainError('num') for a negative value, ('div0') when exports + imports is 0 */
export function tradeCompetitiveness(exports: number, imports: number): number {
  if (exports < 0) throw numError(`exports is negative (${exports})`);
  if (imports < 0) throw numError(`imports is negative (${imports})`);
  if (exports + imports === 0) throw divisionByZero('exports + imports is 0');
  return (exports - imports) / (exports + imports);
}

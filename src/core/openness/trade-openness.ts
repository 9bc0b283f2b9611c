/** TRADE_OPENNESS: trade dependence (外贸依存度) (X + M) / GDP. */
import { divisionByZero, numError } from '../shared/errors';

/** @throws DomainError('num') for a negative value, ('div0') when gdp is 0 */
export function tradeOpenness(exports: number, imports: number, gdp: number): number {
  if (exports < 0) throw numError(`exports is negative (${exports})`);
  if (imports < 0) throw numError(`imports is negative (${imports})`);
  if (gdp < 0) throw numError(`gdp is negative (${gdp})`);
  if (gdp === 0) throw divisionByZero('gdp is 0');
  return (exports + imports) / gdp;
}

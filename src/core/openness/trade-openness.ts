/** TRADE_OPENNESS: trade dependence (外贸依存度) (X + M) / GDP. */
import { fail } from './messages';

/** @throws DomainError('num') for a negative value, ('div0') when gdp is 0 */
export function tradeOpenness(exports: number, imports: number, gdp: number): number {
  if (exports < 0) throw fail('num', 'negative', { name: 'exports', value: exports });
  if (imports < 0) throw fail('num', 'negative', { name: 'imports', value: imports });
  if (gdp < 0) throw fail('num', 'negative', { name: 'gdp', value: gdp });
  if (gdp === 0) throw fail('div0', 'zero', { name: 'gdp' });
  return (exports + imports) / gdp;
}

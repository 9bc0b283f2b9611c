/**
 * RCA: Balassa's revealed comparative advantage (x_ij / X_i) / (x_wj / X_w):
 * the product's share in the economy's exports over its share in world
 * exports; above 1 means a revealed advantage. Symmetric (Laursen):
 * (RCA − 1) / (RCA + 1) in [−1, 1).
 */
import { fail } from './messages';

/**
 * @throws DomainError('num') for a negative value or a product's exports above the total they belong to,
 *   ('div0') when totalExports, worldExports or worldTotalExports is 0
 */
export function rca(
  exports: number,
  totalExports: number,
  worldExports: number,
  worldTotalExports: number,
  symmetric = false,
): number {
  const named: [string, number][] = [
    ['exports', exports],
    ['totalExports', totalExports],
    ['worldExports', worldExports],
    ['worldTotalExports', worldTotalExports],
  ];
  for (const [name, v] of named) if (v < 0) throw fail('num', 'negative', { name, value: v });
  if (totalExports === 0) throw fail('div0', 'zero', { name: 'totalExports' });
  if (worldTotalExports === 0) throw fail('div0', 'zero', { name: 'worldTotalExports' });
  if (worldExports === 0) throw fail('div0', 'zero', { name: 'worldExports' });
  if (exports > totalExports) throw fail('num', 'exceedsTotal', { part: 'exports', total: 'totalExports' });
  if (worldExports > worldTotalExports) throw fail('num', 'exceedsTotal', { part: 'worldExports', total: 'worldTotalExports' });
  const index = exports / totalExports / (worldExports / worldTotalExports);
  return symmetric ? (index - 1) / (index + 1) : index;
}

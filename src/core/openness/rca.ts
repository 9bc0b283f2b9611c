/**
 * RCA: Balassa's revealed comparative advantage (x_ij / X_i) / (x_wj / X_w):
 * the product's share in the economy's exports over its share in world
 * exports; above 1 means a revealed advantage. Symmetric (Laursen):
 * (RCA − 1) / (RCA + 1) in [−1, 1).
 */
import { divisionByZero, numError } from '../shared/errors';

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
  for (const [name, v] of named) if (v < 0) throw numError(`${name} is negative (${v})`);
  if (totalExports === 0) throw divisionByZero('totalExports is 0');
  if (worldTotalExports === 0) throw divisionByZero('worldTotalExports is 0');
  if (worldExports === 0) throw divisionByZero('worldExports is 0');
  if (exports > totalExports) throw numError('exports exceed totalExports');
  if (worldExports > worldTotalExports) throw numError('worldExports exceed worldTotalExports');
  const index = exports / totalExports / (worldExports / worldTotalExports);
  return symmetric ? (index - 1) / (index + 1) : index;
}

/** ISIC_COVERAGE: the share of the ISIC Rev.4 categories at a level within a scope that the codes contain. */
import { isicComparison } from './isic-comparison';

/** @returns a share in [0, 1]; see isicComparison for the arguments and errors */
export function isicCoverage(codes: unknown, level?: string | null, scope?: string | null): number {
  const { inScope, present } = isicComparison(codes, level, scope);
  let count = 0;
  for (const c of inScope) if (present.has(c.code)) count++;
  return count / inScope.length;
}

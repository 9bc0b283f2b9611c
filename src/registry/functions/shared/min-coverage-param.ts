/**
 * minCoverage, the argument of every function that aggregates with missing
 * values through src/core/shared/aggregate-scores.ts (the framework scores and
 * COMPOSITE_SCORE): written once so the functions cannot drift apart.
 */
import type { ParamSpec } from '../../types';

export const minCoverageParam: ParamSpec = {
  name: 'minCoverage',
  type: 'number',
  shape: 'scalar',
  optional: true,
  default: 0.65,
  min: 0,
  max: 1,
  description: {
    en: 'Least share of the weight that must be present for a score (default 0.65).',
    zh: '计算得分所需的最低非空权重占比（默认 0.65）。',
  },
};

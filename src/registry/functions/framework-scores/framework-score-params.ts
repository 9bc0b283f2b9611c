/**
 * The arguments shared by the framework scores (SIX_ASPECT_SCORE,
 * FOUR_NEW_SCORE, ELEMENT_SCORE): written once so the functions cannot drift
 * apart. minCoverage, which COMPOSITE_SCORE shares, is in ../shared.
 */
import type { ParamSpec, Text } from '../../types';
import { minCoverageParam } from '../shared/min-coverage-param';

/**
 * scores, weights, method, minCoverage for a framework score of `k` fixed columns.
 * `columns` names them in order; `count` is k in words （"six" / "六"）.
 */
export function frameworkScoreParams(columns: Text, count: Text): ParamSpec[] {
  return [
    {
      name: 'scores',
      type: 'number',
      shape: 'matrix',
      blanks: 'missing',
      description: {
        en: `Units in rows; ${count.en} columns: ${columns.en}.`,
        zh: `单位为行；${count.zh}列：${columns.zh}。`,
      },
    },
    {
      name: 'weights',
      type: 'number',
      shape: 'vector',
      optional: true,
      blanks: 'error',
      min: 0,
      description: {
        en: `${count.en[0].toUpperCase()}${count.en.slice(1)} weights ≥ 0 (a row or a column); omitted = equal.`,
        zh: `${count.zh}个不小于 0 的权重（一行或一列）；省略时等权。`,
      },
    },
    {
      name: 'method',
      type: 'option',
      shape: 'scalar',
      optional: true,
      default: 'arithmetic',
      options: ['arithmetic', 'geometric'],
      description: { en: '"arithmetic" (default) or "geometric".', zh: '"arithmetic"（默认，算术平均）或 "geometric"（几何平均）。' },
    },
    minCoverageParam,
  ];
}

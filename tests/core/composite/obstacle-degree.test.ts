import type { DomainError } from '../../../src/core/shared/errors';
import { AIRCRAFT } from '../../helpers/weights';
import { obstacleDegree } from '../../../src/core/composite/obstacle-degree';

const expectTableClose = (actual: unknown[][], expected: (number | string)[][], digits = 12): void => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((row, i) =>
    row.forEach((v, j) => {
      const e = expected[i][j];
      if (typeof e === 'string') expect(v).toBe(e);
      else expect(v as number).toBeCloseTo(e, digits);
    }),
  );
};

// AIRCRAFT: Hwang & Yoon (1981) aircraft data with weights (0.2, 0.1, 0.1, 0.1, 0.2, 0.3), attribute 4 a cost.
// Expected O_ij = w_j(1 − z_ij) / Σ_k w_k(1 − z_ik) derived with numpy from methods.md A6.

describe('obstacleDegree', () => {
  it('shares each unit’s weighted shortfall across the indicators (numpy)', () => {
    const t = obstacleDegree(AIRCRAFT, [0.2, 0.1, 0.1, 0.1, 0.2, 0.3], [1, 1, 1, -1, 1, 1]);
    expectTableClose(t, [
      [0.335195530726257, 0.2346368715083799, 0.07821229050279331, 0.11731843575418995, 0.2346368715083799, 0.0],
      [0.0, 0.0, 0.14285714285714288, 0.14285714285714288, 0.28571428571428575, 0.4285714285714286],
      [0.489795918367347, 0.14285714285714285, 0.0, 0.0, 0.0, 0.3673469387755102],
      [0.1384615384615384, 0.12115384615384617, 0.053846153846153856, 0.04038461538461539, 0.16153846153846155, 0.48461538461538456],
    ]);
    t.forEach((row) => expect((row as number[]).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14));
  });

  it('gives #DIV/0! to the row of a unit best on every indicator, and leaves blanks blank', () => {
    const t = obstacleDegree([[3, 3], [1, null], [2, 1]], [1, 1]);
    expect((t[0][0] as DomainError).kind).toBe('div0');
    expect((t[0][1] as DomainError).kind).toBe('div0');
    // Row 2: z = (0, —): all of its shortfall is indicator 1. Row 3: z = (0.5, 0), gaps 0.5 and 1.
    expectTableClose([t[1], t[2]], [[1, ''], [1 / 3, 2 / 3]]);
  });

  it('ignores indicators with zero weight', () => {
    const t = obstacleDegree([[3, 1], [1, 3]], [1, 0]);
    expectTableClose(t.slice(1), [[1, 0]]);
    expect((t[0][0] as DomainError).kind).toBe('div0');
  });

  it('needs weights of the right length and no constant column', () => {
    expect(() => obstacleDegree(AIRCRAFT, [1, 1])).toThrow(expect.objectContaining({ kind: 'value' }));
    expect(() => obstacleDegree([[1, 2], [1, 3]], [1, 1])).toThrow(
      expect.objectContaining({ kind: 'value', message: expect.stringContaining('column 1') }),
    );
  });
});

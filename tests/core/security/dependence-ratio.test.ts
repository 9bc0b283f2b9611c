import { apparentConsumption, dependenceRatio } from '../../../src/core/security/dependence-ratio';
import { selfSufficiency } from '../../../src/core/security/self-sufficiency';
import { techDependence } from '../../../src/core/security/tech-dependence';
import vectors from '../../fixtures/vectors/trade_dependence.json';
import { errorKindOf } from '../../helpers/domain-error';

// Reference: tests/fixtures/vectors/trade_dependence.json (derived from the FAO
// food-security indicator definitions: IDR, SSR), copied to tests/fixtures/vectors/.
const normal = { Q: 100, M: 60, X: 20 };
const expected = {
  ac: 140,
  gross: 0.42857142857142855,
  net: 0.2857142857142857,
  ssr: 0.7142857142857143,
  output: 0.6,
};


describe('dependence ratios (FAO definitions, trade_dependence.json dependence_normal)', () => {
  it('uses the values of the reference file', () => {
    const c = vectors.cases.find((x) => x.id === 'dependence_normal');
    if (!c) throw new Error('case dependence_normal is missing from trade_dependence.json');
    const e = c.expected as unknown as Record<string, number>;
    expect(e['import_dependence_M_over_AC']).toBeCloseTo(expected.gross, 15);
    expect(e['net_import_dependence_(M-X)/AC_FAO']).toBeCloseTo(expected.net, 15);
    expect(e['self_sufficiency_Q_over_AC']).toBeCloseTo(expected.ssr, 15);
    expect(e['import_to_output_M_over_Q']).toBeCloseTo(expected.output, 15);
  });
  it('computes apparent consumption Q + M − X', () => {
    expect(apparentConsumption(normal.Q, normal.M, normal.X)).toBe(expected.ac);
  });
  it('gross M / AC', () => expect(dependenceRatio(normal.M, normal.Q, normal.X)).toBeCloseTo(expected.gross, 15));
  it('net (M − X) / AC', () => expect(dependenceRatio(normal.M, normal.Q, normal.X, 'net')).toBeCloseTo(expected.net, 15));
  it('output M / Q', () => expect(dependenceRatio(normal.M, normal.Q, normal.X, 'output')).toBeCloseTo(expected.output, 15));
  it('self-sufficiency Q / AC', () => expect(selfSufficiency(normal.Q, normal.M, normal.X)).toBeCloseTo(expected.ssr, 15));
  it('exports default to 0', () => {
    expect(dependenceRatio(30, 90)).toBeCloseTo(0.25, 15);
    expect(selfSufficiency(90, 30)).toBeCloseTo(0.75, 15);
  });
  it('gross dependence and self-sufficiency add to 1 + net exports share', () => {
    // M/AC + Q/AC = (Q + M)/AC = 1 + X/AC: an identity that holds for any flows with AC > 0.
    for (const [Q, M, X] of [
      [100, 60, 20],
      [5, 80, 1],
      [200, 10, 150],
    ]) {
      const ac = Q + M - X;
      expect(dependenceRatio(M, Q, X) + selfSufficiency(Q, M, X)).toBeCloseTo(1 + X / ac, 12);
    }
  });
  it('a net exporter has negative net dependence and self-sufficiency above 1', () => {
    expect(dependenceRatio(10, 200, 150, 'net')).toBeCloseTo(-140 / 60, 12);
    expect(selfSufficiency(200, 10, 150)).toBeCloseTo(200 / 60, 12);
  });
  it('apparent consumption ≤ 0 is #NUM! (trade_dependence.json dependence_negative_apparent_consumption)', () => {
    expect(errorKindOf(() => dependenceRatio(5, 10, 30))).toBe('num');
    expect(errorKindOf(() => dependenceRatio(5, 10, 30, 'net'))).toBe('num');
    expect(errorKindOf(() => selfSufficiency(10, 5, 30))).toBe('num');
    expect(errorKindOf(() => dependenceRatio(5, 10, 15))).toBe('num'); // AC = 0 exactly
  });
  it('the import-to-output ratio does not need apparent consumption, but needs output > 0', () => {
    expect(dependenceRatio(5, 10, 30, 'output')).toBeCloseTo(0.5, 15);
    expect(errorKindOf(() => dependenceRatio(5, 0, 0, 'output'))).toBe('div0');
  });
  it('negative flows are #NUM!', () => {
    expect(errorKindOf(() => dependenceRatio(-1, 10))).toBe('num');
    expect(errorKindOf(() => dependenceRatio(1, 10, -1, 'output'))).toBe('num');
    expect(errorKindOf(() => selfSufficiency(-10, 5))).toBe('num');
  });
});

describe('technology dependence T / (T + R&D)', () => {
  it('computes the share', () => expect(techDependence(30, 70)).toBeCloseTo(0.3, 15));
  it('is 0 with no technology imports and 1 with no domestic R&D', () => {
    expect(techDependence(0, 5)).toBe(0);
    expect(techDependence(5, 0)).toBe(1);
  });
  it('both zero is #DIV/0!, a negative is #NUM!', () => {
    expect(errorKindOf(() => techDependence(0, 0))).toBe('div0');
    expect(errorKindOf(() => techDependence(-1, 3))).toBe('num');
  });
});

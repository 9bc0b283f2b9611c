import type { DomainError } from '../../../src/core/shared/errors';
import { AIRCRAFT, AIRCRAFT_DIRECTIONS, AIRCRAFT_WEIGHTS, expectCellsClose } from '../../helpers/weights';
import { topsis } from '../../../src/core/composite/topsis';

// AIRCRAFT: Hwang & Yoon (1981) fighter-aircraft example: max speed, ferry range, max payload, purchase cost (cost),
// reliability, manoeuvrability; weights (0.2, 0.1, 0.1, 0.1, 0.2, 0.3). Expected closeness coefficients derived
// with numpy, the formulas of methods.md A4 written out directly. The "vector"/"euclidean" values round to
// (0.643, 0.268, 0.614, 0.312), the textbook's classic TOPSIS form.

describe('topsis', () => {
  it('min-max, euclidean (default)', () => {
    const expected = [0.6127481841818694, 0.3660254037844387, 0.530641941323763, 0.35168953377730144];
    expectCellsClose(topsis(AIRCRAFT, AIRCRAFT_WEIGHTS, AIRCRAFT_DIRECTIONS), expected);
    expectCellsClose(topsis(AIRCRAFT, AIRCRAFT_WEIGHTS, AIRCRAFT_DIRECTIONS, 'minmax', 'euclidean'), expected);
  });

  it('min-max, weighted distance', () => {
    expectCellsClose(
      topsis(AIRCRAFT, AIRCRAFT_WEIGHTS, AIRCRAFT_DIRECTIONS, 'minmax', 'weighted'),
      [0.5515201139271838, 0.39564392373896, 0.557960918163848, 0.40997075732462895],
    );
  });

  it('vector, euclidean (Hwang & Yoon form)', () => {
    expectCellsClose(
      topsis(AIRCRAFT, AIRCRAFT_WEIGHTS, AIRCRAFT_DIRECTIONS, 'vector', 'euclidean'),
      [0.6432770005532701, 0.26838356771941185, 0.6135422900072309, 0.31229106558175435],
    );
  });

  it('vector, weighted distance', () => {
    expectCellsClose(
      topsis(AIRCRAFT, AIRCRAFT_WEIGHTS, AIRCRAFT_DIRECTIONS, 'vector', 'weighted'),
      [0.5739192173744834, 0.324657141221035, 0.6257797894017469, 0.3520560017360056],
    );
  });

  it('the weighted distance swaps the ranks of alternatives 1 and 3 (methods.md A4)', () => {
    const euclid = topsis(AIRCRAFT, AIRCRAFT_WEIGHTS, AIRCRAFT_DIRECTIONS, 'minmax', 'euclidean') as number[];
    const weighted = topsis(AIRCRAFT, AIRCRAFT_WEIGHTS, AIRCRAFT_DIRECTIONS, 'minmax', 'weighted') as number[];
    expect(euclid[0]).toBeGreaterThan(euclid[2]);
    expect(weighted[0]).toBeLessThan(weighted[2]);
  });

  it('defaults to equal weights (derived with numpy)', () => {
    expectCellsClose(topsis(AIRCRAFT, null, AIRCRAFT_DIRECTIONS), [0.4942584010003931, 0.41421356237309503, 0.594691332985065, 0.4655179547504377]);
  });

  it('gives 1 and 0 to a unit that dominates and one that is dominated (derived by hand)', () => {
    expectCellsClose(topsis([[1, 1], [0.5, 0.2], [0, 0]]), [1, expectedMiddle(), 0]);
  });

  it('gives #VALUE! naming a constant column, also with vector normalisation', () => {
    expect(() => topsis([[1, 5], [2, 5]])).toThrow(expect.objectContaining({ kind: 'value', message: expect.stringContaining('column 2') }));
    expect(() => topsis([[1, 5], [2, 5]], null, null, 'vector')).toThrow(expect.objectContaining({ kind: 'value' }));
  });

  it('gives #N/A to a unit with a blank cell only', () => {
    const t = topsis([[1, 2], [2, null], [3, 1], [0, 0]]);
    expect((t[1] as DomainError).kind).toBe('na');
    [t[0], t[2], t[3]].forEach((v) => expect(typeof v).toBe('number'));
  });

  it('checks weights, directions and rows', () => {
    expect(() => topsis(AIRCRAFT, [1, 2])).toThrow(expect.objectContaining({ kind: 'value' }));
    expect(() => topsis(AIRCRAFT, null, [1])).toThrow(expect.objectContaining({ kind: 'value' }));
    expect(() => topsis([[1, 2]])).toThrow(expect.objectContaining({ kind: 'na' }));
  });
});

/** Unit (0.5, 0.2) with equal weights 1/2: S+ = ½√(0.25 + 0.64), S− = ½√(0.25 + 0.04). */
function expectedMiddle(): number {
  const sPlus = 0.5 * Math.sqrt(0.25 + 0.64);
  const sMinus = 0.5 * Math.sqrt(0.25 + 0.04);
  return sMinus / (sPlus + sMinus);
}

/**
 * The independent numpy reference data of the spatial tests (MORAN_I, GEARY_C,
 * LOCAL_MORAN, SPATIAL_WEIGHTS): 12 random points and two value columns from
 * numpy default_rng(20240611), with the knn-3 and 500 km band weights numpy built
 * from haversine distances, by a script written apart from the TypeScript. Each
 * test file holds the statistics numpy computed from these.
 */
import { DomainError } from '../../src/core/shared/errors';

export const SPATIAL_NUMPY = {
  'coordinates': [
    [24.741, 116.933],
    [44.997, 119.555],
    [34.667, 107.159],
    [40.878, 119.789],
    [26.643, 110.536],
    [22.812, 121.175],
    [39.651, 114.86],
    [32.999, 103.922],
    [43.407, 123.345],
    [36.112, 116.158],
    [24.893, 103.203],
    [32.708, 123.055],
  ],
  'y1': [47.75, 53.84, 56.13, 56.68, 55.87, 46.27, 71.41, 48.32, 68.29, 57.14, 62.88, 32.55],
  'y2': [4.209, 1.629, 1.761, 2.693, 1.277, 1.496, 2.111, 2.313, 1.049, 1.756, 2.527, 2.545],
  'knn3': [
    [0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 1],
    [0, 0, 0, 1, 0, 0, 1, 0, 1, 0, 0, 0],
    [0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 0, 0],
    [0, 1, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0],
    [1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0],
    [1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1],
    [0, 1, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0],
    [0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 1, 0],
    [0, 1, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0],
    [0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 1],
    [0, 0, 1, 0, 1, 0, 0, 1, 0, 0, 0, 0],
    [0, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0],
  ],
  'threshold500': [
    [0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0],
    [0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0],
    [0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0],
    [0, 1, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0],
    [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0],
    [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  ],
};

/** Two results cell by cell: numbers to 1e-12 (relative above 1), anything else equal (errors by message). */
export function expectSameCells(a: unknown[][], b: unknown[][]): void {
  expect(a).toHaveLength(b.length);
  a.forEach((row, i) =>
    row.forEach((v, k) => {
      const w = b[i][k];
      if (typeof v === 'number' && typeof w === 'number') expect(Math.abs(v - w)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(w)));
      else expect(v instanceof DomainError ? v.message : v).toEqual(w instanceof DomainError ? w.message : w);
    }),
  );
}

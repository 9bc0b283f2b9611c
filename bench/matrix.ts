/**
 * The matrix functions of the benchmark: each function's arguments as Excel
 * passes them (omitted optional arguments as null) and its floor. Shared by the
 * timing and memory child processes, which load no add-in source, only the
 * built bundle (see bundle.ts).
 */
import type { MatrixCase } from './data';
import { compositeFloor, criticFloor, entropyFloor, normalizeFloor, obstacleFloor, topsisFloor } from './floors';

export interface MatrixFunction {
  name: string;
  args: (c: MatrixCase) => unknown[];
  floor: (c: MatrixCase) => unknown[][];
}

/**
 * The largest tables the functions take on every platform: arguments and
 * result within the 5 MB that Excel on the web carries (src/excel/limits.ts,
 * ≈ 250,000 numbers), wide and long.
 */
export const MATRIX_SIZES: readonly [number, number][] = [
  [4_800, 50],
  [12_000, 20],
];

const row = (v: readonly number[]): number[][] => [[...v]];

export const MATRIX_FUNCTIONS: readonly MatrixFunction[] = [
  { name: 'NORMALIZE', args: (c) => [c.data, row(c.directions), null, null], floor: (c) => normalizeFloor(c.data, c.directions) },
  { name: 'ENTROPY_WEIGHTS', args: (c) => [c.data, row(c.directions), null, null], floor: (c) => entropyFloor(c.data, c.directions) },
  { name: 'CRITIC_WEIGHTS', args: (c) => [c.data, row(c.directions)], floor: (c) => criticFloor(c.data, c.directions) },
  {
    name: 'COMPOSITE_SCORE',
    args: (c) => [c.data, row(c.weights), row(c.directions), null, null, null],
    floor: (c) => compositeFloor(c.data, c.directions, c.weights),
  },
  {
    name: 'TOPSIS',
    args: (c) => [c.data, row(c.weights), row(c.directions), null, null],
    floor: (c) => topsisFloor(c.data, c.directions, c.weights),
  },
  {
    name: 'OBSTACLE_DEGREE',
    args: (c) => [c.data, row(c.weights), row(c.directions)],
    floor: (c) => obstacleFloor(c.data, c.directions, c.weights),
  },
];

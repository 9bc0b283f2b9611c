/**
 * Seeded benchmark data, shaped as Excel hands it to a custom function: an
 * array of row arrays of numbers. The same generator (mulberry32, the add-in's
 * own) gives the same data on every run and platform.
 */
import fs from 'fs';
import path from 'path';
import { mulberry32 } from '../src/core/shared/random';

export type Rows = number[][];

export interface MatrixCase {
  n: number;
  m: number;
  data: Rows;
  /** 1 = benefit, −1 = cost: every fifth indicator is a cost. */
  directions: number[];
  /** Positive analyst weights, not summing to 1 (the add-in rescales them). */
  weights: number[];
}

/** n units × m indicators; column j has its own scale so min-max actually rescales. */
export function matrixCase(n: number, m: number, seed = 20240901): MatrixCase {
  const next = mulberry32(seed);
  const data: Rows = new Array(n);
  for (let i = 0; i < n; i++) {
    const row = new Array<number>(m);
    for (let j = 0; j < m; j++) row[j] = (j + 1) * 10 * next() + j;
    data[i] = row;
  }
  const directions = Array.from({ length: m }, (_, j) => (j % 5 === 4 ? -1 : 1));
  const weights = Array.from({ length: m }, (_, j) => 1 + (j % 3));
  return { n, m, data, directions, weights };
}

/** Row-major Float64Array of the rows (for numpy). */
export function pack(rows: Rows): Float64Array {
  const n = rows.length;
  const m = rows[0].length;
  const out = new Float64Array(n * m);
  for (let i = 0; i < n; i++) out.set(rows[i], i * m);
  return out;
}

export function writeF64(file: string, values: Float64Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, Buffer.from(values.buffer, values.byteOffset, values.byteLength));
}

export function readF64(file: string): Float64Array {
  const b = fs.readFileSync(file);
  return new Float64Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
}

/** Flows for DEPENDENCE_RATIO: output Q, imports M, exports X with Q + M − X > 0. */
export function flows(count: number, seed = 7): { imports: number[]; output: number[]; exports: number[] } {
  const next = mulberry32(seed);
  const imports = new Array<number>(count);
  const output = new Array<number>(count);
  const exports = new Array<number>(count);
  for (let i = 0; i < count; i++) {
    output[i] = 100 + 900 * next();
    imports[i] = 500 * next();
    exports[i] = output[i] * 0.8 * next();
  }
  return { imports, output, exports };
}

/** DEA data: n units, 3 inputs and 2 outputs, all positive. */
export function deaCase(n: number, seed = 11): { inputs: Rows; outputs: Rows } {
  const next = mulberry32(seed);
  const inputs: Rows = [];
  const outputs: Rows = [];
  for (let i = 0; i < n; i++) {
    const x = [1 + 99 * next(), 1 + 49 * next(), 1 + 9 * next()];
    // Outputs loosely follow the inputs, with noise, so efficiencies spread over (0, 1].
    const scale = (x[0] + 2 * x[1] + 5 * x[2]) / 3;
    outputs.push([scale * (0.3 + 0.7 * next()), 1 + scale * 0.5 * next()]);
    inputs.push(x);
  }
  return { inputs, outputs };
}

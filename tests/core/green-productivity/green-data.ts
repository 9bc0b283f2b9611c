/** Test data of the green family: the shared vectors, and seeded cross-sections and panels. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { type Cell, DomainError } from '../../../src/core/shared/errors';
import { mulberry32 } from '../../../src/core/shared/random';

interface GreenVectors {
  cases: { id: string; inputs: Record<string, unknown>; expected: Record<string, unknown>; tolerance: { abs: number } }[];
}
const vectors = JSON.parse(readFileSync(join(__dirname, '../../fixtures/vectors/analysis/sbm_ddf_green_tfp.json'), 'utf8')) as GreenVectors;
export const vectorCase = (id: string) => {
  const c = vectors.cases.find((v) => v.id === id);
  if (!c) throw new Error(`sbm_ddf_green_tfp.json has no case ${id}`);
  return c;
};

export const column = (values: readonly number[]): number[][] => values.map((v) => [v]);

/** A seeded cross-section: n units, m inputs, s good and k bad outputs, all positive, with a common technology and noise. */
export function crossSection(n: number, m: number, s: number, k: number, seed: number) {
  const next = mulberry32(seed);
  const x: number[][] = [];
  const y: number[][] = [];
  const b: number[][] = [];
  for (let j = 0; j < n; j++) {
    const size = Math.exp(3 * next());
    const xs = Array.from({ length: m }, () => size * (0.5 + next()));
    const eff = 0.4 + 0.6 * next();
    x.push(xs);
    y.push(Array.from({ length: s }, () => eff * size * (0.5 + next())));
    b.push(Array.from({ length: k }, () => size * (0.3 + next()) / eff));
  }
  return { x, y, b };
}

/** A balanced long panel of `units` × `periods` rows, unit by unit, with productivity drifting upward. */
export function longPanel(units: number, periods: number, seed: number) {
  const next = mulberry32(seed);
  const u: string[][] = [];
  const t: number[][] = [];
  const x: number[][] = [];
  const y: number[][] = [];
  const b: number[][] = [];
  for (let i = 0; i < units; i++) {
    const size = Math.exp(2 * next());
    const drift = 0.02 + 0.08 * next();
    for (let p = 0; p < periods; p++) {
      const level = Math.exp(drift * p) * (0.6 + 0.4 * next());
      u.push([`U${i + 1}`]);
      t.push([2015 + p]);
      x.push([size * (0.6 + next()), size * (0.6 + next()), size * (0.6 + next())]);
      y.push([level * size * (0.8 + 0.4 * next())]);
      b.push([size * (0.5 + next()) / level, size * (0.5 + next()) / level]);
    }
  }
  return { units: u, periods: t, inputs: x, outputs: y, undesirable: b };
}

/** The number in a cell, failing the test on an error. */
export const num = (c: Cell): number => {
  if (typeof c !== 'number') throw new Error(`expected a number, got ${c instanceof DomainError ? `${c.kind}: ${c.message}` : String(c)}`);
  return c;
};

export const kindOf = (c: Cell): string => (c instanceof DomainError ? c.kind : typeof c);

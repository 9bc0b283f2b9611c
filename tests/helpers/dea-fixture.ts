/**
 * The DEA reference cases: Coelli (1996) DEAP 2.1 guide, example 1, and the
 * analytic cases, in tests/fixtures/vectors/dea_ccr_bcc.json.
 */
import fixture from '../fixtures/vectors/dea_ccr_bcc.json';

/** A case of the fixture, typed loosely: each case has its own fields. */
export interface DeaCase {
  id: string;
  inputs: Record<string, number[] | number[][]>;
  expected: {
    te: number[];
    theta: number[];
    input_slacks: number[][];
    input_targets: number[][];
    peers: Record<string, Record<string, number>>;
  };
  recomputed: { te: number[]; mean_te: number };
  tolerance: { abs: number };
}

export const deaCase = (id: string): DeaCase => {
  const c = (fixture.cases as unknown as DeaCase[]).find((x) => x.id === id);
  if (!c) throw new Error(`dea_ccr_bcc.json has no case ${id}`);
  return c;
};

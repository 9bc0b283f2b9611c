/**
 * How much to fuzz. CI (npm test) runs 1,000 cases per function with a fixed
 * seed, so a run is reproducible; `npm run fuzz` raises the runs to 100,000
 * and draws a fresh seed unless one is given. A failure prints the seed, the
 * path and the shrunk counterexample; replay it with
 *   NQP_FUZZ_SEED=<seed> NQP_FUZZ_PATH=<path> npx jest tests/fuzz -t <NAME>
 */
const env = (name: string): string | undefined => (process.env[name] === '' ? undefined : process.env[name]);

/** Runs per function. */
export const RUNS = Number(env('NQP_FUZZ_RUNS') ?? 1000);
/** The seed of every function's run (the same for all, so one number reproduces a failure). */
export const SEED = Number(env('NQP_FUZZ_SEED') ?? 20250808);
/** fast-check's path to a failure, to replay just that case. */
export const PATH = env('NQP_FUZZ_PATH');
/** The longest side of a generated range: synchronous functions, and asynchronous ones (the LP-based DEA functions). */
export const MAX_SIDE = 12;
export const MAX_SIDE_ASYNC = 6;

if (!(Number.isInteger(RUNS) && RUNS > 0)) throw new Error(`NQP_FUZZ_RUNS must be a positive whole number, not ${env('NQP_FUZZ_RUNS')}`);
if (!Number.isInteger(SEED)) throw new Error(`NQP_FUZZ_SEED must be a whole number, not ${env('NQP_FUZZ_SEED')}`);

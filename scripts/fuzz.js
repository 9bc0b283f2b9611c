#!/usr/bin/env node
/**
 * npm run fuzz: the property-based tests of tests/fuzz with 100,000 runs per
 * function (CI runs 1,000 with a fixed seed). A fresh seed is drawn unless one
 * is given, and printed first, so that a failure can be replayed:
 *   npm run fuzz                                  100,000 runs, a new seed
 *   NQP_FUZZ_SEED=42 npm run fuzz                 that seed
 *   NQP_FUZZ_RUNS=20000 npm run fuzz -- -t GINI   fewer runs, one function (extra arguments go to jest)
 * A failure prints the seed, fast-check's path and the shrunk counterexample,
 * and the command that replays just that case.
 */
const { spawnSync } = require('child_process');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const runs = process.env.NQP_FUZZ_RUNS || '100000';
const seed = process.env.NQP_FUZZ_SEED || String(Math.floor(Math.random() * 2 ** 31));

console.log(`Fuzzing every function: ${runs} runs each, seed ${seed}`);
const jest = path.join(ROOT, 'node_modules', '.bin', 'jest');
const status = spawnSync(jest, ['tests/fuzz', '--verbose', ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
  shell: process.platform === 'win32',
  env: { ...process.env, NQP_FUZZ_RUNS: runs, NQP_FUZZ_SEED: seed },
}).status;
console.log(`\nFuzzed with seed ${seed} (${runs} runs per function): ${status === 0 ? 'no failure' : 'FAILED, replay with the command above'}`);
process.exit(status === null ? 1 : status);

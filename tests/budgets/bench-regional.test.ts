/**
 * npm run bench, section 5 (bench/regional.ts) on small data, so that the
 * benchmark cannot rot unnoticed: every job calls a registered regional
 * function with the arguments the section passes, gets a result without an
 * error cell, and picks the numbers the section compares with numpy. Nothing
 * is timed; numpy is not needed.
 */
import { invoke, ExcelError, type ExcelResult } from '../../src/excel/adapter';
import { specByName } from '../../src/registry';
import { jobs, regionalCase } from '../../bench/regional';

jest.setTimeout(120_000);

const small = regionalCase(40, 5, 4, 7);
const all = jobs(small);

test('the section has a job for each of the ten regional functions but SPATIAL_WEIGHTS (the others build it inside)', () => {
  expect(all.map((j) => j.name).sort()).toEqual(
    ['BETA_CONVERGENCE', 'BETA_CONVERGENCE_PANEL', 'DAGUM_GINI', 'GEARY_C', 'KERNEL_DENSITY', 'LOCAL_MORAN', 'MARKOV_TRANSITION', 'MORAN_I', 'SIGMA_CONVERGENCE'].sort(),
  );
});

test.each(all.map((j) => [j.name, j] as const))('%s: computes on the section\'s arguments and yields the numbers it compares', async (name, job) => {
  const result = (await invoke(specByName.get(name)!, job.args)) as ExcelResult;
  // On small random data β may come out positive: then λ and the half-life are #N/A by design, and nothing else errs.
  const errors = (result.flat().filter((v) => v instanceof ExcelError) as ExcelError[]).filter((e) => !/beta is positive \(no convergence\)/.test(e.message));
  expect(errors.map((e) => `${e.code} ${e.message}`)).toEqual([]);
  const numbers = job.pick(result);
  expect(numbers.length).toBeGreaterThan(0);
  expect(numbers.every((v) => Number.isFinite(v))).toBe(true);
});

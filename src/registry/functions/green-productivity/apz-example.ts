/**
 * The environmental example of DataEnvelopmentAnalysis.jl's tests (Aparicio,
 * Pastor & Zofío 2013 form): five units, one input of 1, one good and one bad
 * output, three periods, as the DDF and Malmquist–Luenberger examples use it.
 */
export const APZ = {
  x: [1, 1, 1, 1, 1],
  y: [
    [7, 5, 1, 3, 4],
    [8, 5.5, 2, 2, 4],
  ],
  b: [
    [2, 5, 3, 3, 2],
    [1, 3, 2, 4, 1],
  ],
};

export const APZ_SOURCE =
  'tests/fixtures/vectors/analysis/sbm_ddf_green_tfp.json, case ddf_environmental_APZ_published: the published values of DataEnvelopmentAnalysis.jl test/deaenv.jl and test/malmluen.jl (bad outputs as inequalities, g = (0, y, b), CRS), recomputed there with an independent HiGHS LP';

export const column = (values: number[]): number[][] => values.map((v) => [v]);

/** Tone (2001)'s example of five units, two inputs and two outputs, as the SBM specs' examples use it. */
export const TONE_INPUTS = [
  [4, 3],
  [6, 3],
  [8, 1],
  [8, 1],
  [2, 4],
];
export const TONE_OUTPUTS = [
  [2, 3],
  [2, 3],
  [6, 2],
  [6, 1],
  [1, 4],
];
export const TONE_SOURCE =
  'tests/fixtures/vectors/analysis/sbm_ddf_green_tfp.json, case tone2001_sbm: Tone (2001) EJOR 130:498–509, data as shipped with deaR; deaR 1.5.3 model_sbmeff and an independent HiGHS LP agree to 1e-9';

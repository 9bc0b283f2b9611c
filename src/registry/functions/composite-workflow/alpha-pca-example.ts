/** tests/fixtures/vectors/analysis/composite_indicator_tools.json, case cronbach_alpha_pca (8 units × 4 indicators): the examples of CRONBACH_ALPHA, PCA_SCORE and CORRELATION_MATRIX. */
export const ALPHA_PCA_DATA = [
  [0.62, 0.55, 0.7, 0.52],
  [0.48, 0.5, 0.4, 0.46],
  [0.55, 0.58, 0.6, 0.49],
  [0.3, 0.28, 0.35, 0.4],
  [0.41, 0.45, 0.38, 0.47],
  [0.7, 0.66, 0.72, 0.61],
  [0.52, 0.49, 0.55, 0.58],
  [0.38, 0.41, 0.33, 0.37],
];

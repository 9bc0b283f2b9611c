/**
 * The distributions behind the p-values of the second stage: the standard
 * normal (Moran's I, Geary's C, local Moran), Student's t (the β-convergence
 * regressions) and chi-square (the spatial-Markov homogeneity tests).
 *
 * Upper tails are computed as upper tails (never 1 − a lower tail), so a
 * p-value of 1e-30 keeps its digits as Excel's NORM.S.DIST, T.DIST.2T and
 * CHISQ.DIST.RT do. Methods: the regularised incomplete beta and gamma
 * functions by their series and Lentz's continued fractions (Numerical
 * Recipes, 3rd ed., §6.2 and §6.4), erfc as the incomplete gamma Q(1/2, x²),
 * ln Γ by Lanczos (g = 7, n = 9). Checked against scipy in tests/core/shared.
 */

/** erfc(x) for any real x: erfc(x) = Q(1/2, x²) for x ≥ 0, and 2 − erfc(−x) below 0. */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const r = x === 0 ? 1 : upperIncompleteGamma(0.5, x * x);
  return x < 0 ? 2 - r : r;
}

/** Φ(x), the standard normal distribution function (Excel's NORM.S.DIST(x, TRUE)). */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}

/** 1 − Φ(x), computed directly. */
export function normalUpper(x: number): number {
  return 0.5 * erfc(x / Math.SQRT2);
}

/** Two-sided normal p-value of a z statistic: 2·(1 − Φ(|z|)). */
export function normalTwoSided(z: number): number {
  return Math.min(1, erfc(Math.abs(z) / Math.SQRT2));
}

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
  9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7; relative error about 1e-15). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

const EPS = 1e-16;
const TINY = 1e-300;
const MAX_ITERATIONS = 10_000;

/** The continued fraction of the incomplete beta function (modified Lentz). */
function betaFraction(a: number, b: number, x: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return h;
}

/** The regularised incomplete beta function I_x(a, b), 0 ≤ x ≤ 1, a, b > 0. */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const lnFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
  // The continued fraction converges fast for x < (a + 1)/(a + b + 2); otherwise use the symmetry.
  if (x < (a + 1) / (a + b + 2)) return (Math.exp(lnFront) * betaFraction(a, b, x)) / a;
  return 1 - (Math.exp(lnFront) * betaFraction(b, a, 1 - x)) / b;
}

/**
 * Two-sided p-value of Student's t with `dof` degrees of freedom:
 * P(|T| ≥ |t|) = I_{dof/(dof + t²)}(dof/2, 1/2) (Excel's T.DIST.2T).
 */
export function studentTTwoSided(t: number, dof: number): number {
  if (!(dof > 0)) return NaN;
  if (!Number.isFinite(t)) return 0;
  const x = dof / (dof + t * t);
  return Math.min(1, incompleteBeta(x, dof / 2, 0.5));
}

/** The regularised lower incomplete gamma P(a, x) by its series (x < a + 1). */
function gammaSeries(a: number, x: number): number {
  let ap = a;
  let sum = 1 / a;
  let del = sum;
  for (let n = 1; n <= MAX_ITERATIONS; n++) {
    ap += 1;
    del *= x / ap;
    sum += del;
    if (Math.abs(del) < Math.abs(sum) * EPS) break;
  }
  return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}

/** The regularised upper incomplete gamma Q(a, x) by its continued fraction (x ≥ a + 1). */
function gammaFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i <= MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}

/** Q(a, x) = 1 − P(a, x), the regularised upper incomplete gamma function, a > 0, x ≥ 0. */
export function upperIncompleteGamma(a: number, x: number): number {
  if (x <= 0) return 1;
  if (x < a + 1) return 1 - gammaSeries(a, x);
  return gammaFraction(a, x);
}

/** Upper tail of chi-square with `dof` degrees of freedom, P(X ≥ x) (Excel's CHISQ.DIST.RT). */
export function chiSquareUpper(x: number, dof: number): number {
  if (!(dof > 0)) return NaN;
  return upperIncompleteGamma(dof / 2, x / 2);
}

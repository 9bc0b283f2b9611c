/**
 * LOCAL_MORAN: local Moran's I (LISA, Anselin 1995), one row per unit.
 *
 *   I_i = z_i Σ_j w_ij z_j / m₂,  z = y − ȳ,  m₂ = Σz²/(n − 1) ("n-1", PySAL and GeoDa) or Σz²/n ("n", R spdep).
 *
 * permutations 0 (default): the analytic moments under total randomisation as
 * PySAL esda's Moran_Local reports them (Anselin 1995; Sokal, Oden & Thomson 1998):
 *   E[I_i] = −w_i/(n − 1),  w_i = Σ_j w_ij
 *   Var[I_i] = w_i(2) (n − b₂)/(n − 1) + (w_i² − w_i(2)) (2b₂ − n)/((n − 1)(n − 2)) − E[I_i]²,
 *   w_i(2) = Σ_j w_ij², b₂ = (Σz⁴/n)/(Σz²/n)²,
 * z = (I_i − E[I_i])/√Var, p two-sided normal. These moments are derived for
 * m₂ = Σz²/n, so they are the same for both scalings (PySAL reports them beside its n − 1 I_i).
 *
 * permutations 99 … 99,999: conditional randomisation (Anselin 1995): z_i stays,
 * its k_i neighbours (positive weights) receive k_i values drawn without
 * replacement from the other n − 1 units, each draw a partial Fisher–Yates shuffle
 * driven by mulberry32(seed), unit by unit, permutation by permutation, neighbour
 * by neighbour. E[Ii] and Var[Ii] are then the mean and the variance (divisor P)
 * of the simulated I_i, z = (I_i − mean)/sd, and p is the folded pseudo p-value of
 * PySAL and GeoDa: with L the number of simulated I_i ≥ I_i, L := min(L, P − L),
 * p = (L + 1)/(P + 1). A simulated I_i equal to I_i up to rounding (1e-12 of the
 * largest possible |I_i|, e.g. the observed neighbours drawn in another order)
 * counts as ≥, so ties do not depend on the order of a sum.
 *
 * Quadrant: "H" when z_i > 0, "L" otherwise (0 is low), then the same for the
 * spatial lag Σ w_ij z_j: "HH", "LH", "LL", "HL" (PySAL's 1, 2, 3, 4).
 * An island (no neighbours) has I_i = 0, E[Ii] = 0, Var[Ii] = 0; its z and p are
 * #N/A (undefined), its quadrant is read with a lag of 0 (low).
 *
 * Cost, analytic: weights from coordinates ("row" or "none") take one pass over
 * the n(n − 1)/2 pairs and no n×n matrix (see spatial-statistics.ts); otherwise
 * one pass over the n×n weights. Cost of the permutations: P × Σ k_i draws (≈ 2–4 ns each), asynchronous with
 * the Pacer; at most MAX_LOCAL_MORAN_DRAWS draws.
 */
import type { Cell } from '../shared/errors';
import { normalTwoSided } from '../shared/distributions';
import { group } from '../shared/messages';
import { Pacer } from '../shared/pacer';
import { isPairwisePath, pairwiseWeights, parseStandardize, readValueColumns, readWeights, zAndP } from './spatial-statistics';
import { fail } from './messages';

// Math's functions, looked up once: in the hot loops a global lookup per call is measurably slower
// under some hosts (jest's sandbox proxies globals: Math.sqrt there costs ~0.4 µs a call).
const { abs, floor, imul, trunc } = Math;

export const LOCAL_MORAN_HEADER = ['Ii', 'E[Ii]', 'Var[Ii]', 'z', 'p', 'quadrant'] as const;

/** The most permutation draws (permutations × the number of positive weights) one call may make: a few seconds. */
export const MAX_LOCAL_MORAN_DRAWS = 1_000_000_000;
export const MIN_PERMUTATIONS = 99;
export const MAX_PERMUTATIONS = 99_999;


export function parseScaling(v: unknown): 'n-1' | 'n' {
  const s = String(v ?? 'n-1').toLowerCase().replace(/\s+/g, '').replace('−', '-');
  if (s === 'n-1' || s === 'n') return s;
  throw fail('value', 'unknownScaling', { value: String(v) });
}

function quadrant(z: number, lag: number): string {
  return (z > 0 ? 'H' : 'L') + (lag > 0 ? 'H' : 'L');
}

/**
 * @param values n×1 (a column or row of n values)
 * @param weights n×n matrix or n×2 coordinates (latitude, longitude)
 * @param standardize "row" (default), "binary" or "none"
 * @param permutations 0 (default: analytic) or 99 … 99,999 (conditional permutations)
 * @param seed seed of the permutations (default 1)
 * @param scaling "n-1" (default) or "n"
 * @returns a header row, then per unit: Ii, E[Ii], Var[Ii], z, p, quadrant
 */
export async function localMoran(
  values: readonly unknown[],
  weights: unknown[][],
  standardize: unknown = 'row',
  permutations: number | null = 0,
  seed: number | null = 1,
  scaling: unknown = 'n-1',
): Promise<Cell[][]> {
  const how = parseStandardize(standardize);
  const scale = parseScaling(scaling);
  const P = permutations ?? 0;
  if (!(P === 0 || (Number.isInteger(P) && P >= MIN_PERMUTATIONS && P <= MAX_PERMUTATIONS))) {
    throw fail('num', 'badPermutations', { min: MIN_PERMUTATIONS, max: group(MAX_PERMUTATIONS), value: P });
  }
  const flat = Array.isArray(values) && values.length > 0 && Array.isArray(values[0]) ? (values as unknown[][]).flat() : (values as unknown[]);
  const cols = readValueColumns(
    flat.map((v) => [v]),
    weights,
    3,
  );
  if (cols.z[0] === null) throw cols.failure[0] as Error;
  const z = cols.z[0];
  const n = cols.n;
  const pacer = new Pacer();

  let sz2 = 0;
  let sz4 = 0;
  for (let i = 0; i < n; i++) {
    const q = z[i] * z[i];
    sz2 += q;
    sz4 += q * q;
  }
  const m2 = sz2 / (scale === 'n' ? n : n - 1);
  // Per unit: the spatial lag, the row sums w_i and w_i(2), the number of neighbours k_i.
  const lag = new Float64Array(n);
  const Ii = new Float64Array(n);
  const wi = new Float64Array(n);
  const wi2 = new Float64Array(n);
  let nnz = 0;
  // The permutations draw from each row of weights: they take the matrix path.
  let w: Float64Array | null = null;
  if (P === 0 && isPairwisePath(weights, n, how)) {
    // w_ij = a_i u_ij: lag_i = a_i Σ_j u_ij z_j, w_i = a_i Σ_j u_ij, w_i(2) = a_i² Σ_j u_ij², in one pass over the pairs.
    const p = await pairwiseWeights(weights, n, how, z, 1, 'lag', pacer);
    for (let i = 0; i < n; i++) {
      const a = p.scale[i];
      const s = a * p.sums[i];
      lag[i] = s;
      Ii[i] = (z[i] * s) / m2;
      wi[i] = a * p.rowSums[i];
      wi2[i] = a * a * p.squareSums[i];
    }
  } else {
    w = await readWeights(weights, n, how, pacer);
    for (let i = 0; i < n; i++) {
      let s = 0;
      let r = 0;
      let r2 = 0;
      for (let j = 0, k = i * n; j < n; j++, k++) {
        const v = w[k];
        if (v === 0) continue;
        s += v * z[j];
        r += v;
        r2 += v * v;
        nnz++;
      }
      lag[i] = s;
      Ii[i] = (z[i] * s) / m2;
      wi[i] = r;
      wi2[i] = r2;
      await pacer.tick();
    }
  }
  const island = (i: number) => fail('na', 'island', { unit: i + 1 });

  const out: Cell[][] = [[...LOCAL_MORAN_HEADER]];
  if (P === 0) {
    const b2 = sz4 / n / ((sz2 / n) * (sz2 / n));
    const a = (n - b2) / (n - 1);
    const b = (2 * b2 - n) / ((n - 1) * (n - 2));
    for (let i = 0; i < n; i++) {
      const q = quadrant(z[i], lag[i]);
      if (wi[i] === 0) {
        const e = island(i);
        out.push([0, 0, 0, e, e, q]);
        continue;
      }
      const ei = -wi[i] / (n - 1);
      const vi = wi2[i] * a + (wi[i] * wi[i] - wi2[i]) * b - ei * ei;
      out.push([Ii[i], ei, vi, ...zAndP(Ii[i], ei, vi, normalTwoSided, ei * ei + wi2[i] * abs(a)), q]);
    }
    return out;
  }

  if (P * nnz > MAX_LOCAL_MORAN_DRAWS) {
    throw fail('value', 'tooManyDraws', { max: group(MAX_LOCAL_MORAN_DRAWS), permutations: group(P), weights: group(nnz) });
  }
  const rng = new Int32Array([trunc(seed ?? 1) | 0]);
  let zMax = 0;
  for (let i = 0; i < n; i++) if (abs(z[i]) > zMax) zMax = abs(z[i]);
  const W = w as Float64Array;
  const pool = new Float64Array(n - 1);
  const wt = new Float64Array(n - 1);
  const stats = new Float64Array(3); // count of simulated ≥ observed, running mean, running sum of squares
  for (let i = 0; i < n; i++) {
    const q = quadrant(z[i], lag[i]);
    let k = 0;
    for (let j = 0, c = i * n; j < n; j++, c++) if (W[c] !== 0) wt[k++] = W[c];
    if (k === 0) {
      const e = island(i);
      out.push([0, 0, 0, e, e, q]);
      continue;
    }
    // The other n − 1 values (their order does not matter: each permutation draws a uniform sample from the pool as it stands).
    pool.set(z.subarray(0, n - 1));
    if (i < n - 1) pool[i] = z[n - 1];
    stats.fill(0);
    // A simulated I_i within rounding of the observed one counts as a tie (at least as large): the largest
    // possible |I_i| is |z_i| w_i max|z| / m₂, and sums in another order differ by about 1e-16 of it.
    const tie = (1e-12 * abs(z[i]) * wi[i] * zMax) / m2;
    // Batches of about 65,536 draws between yields.
    const batch = Math.max(1, floor(65536 / k));
    for (let done = 0; done < P; done += batch) {
      permute(pool, wt, k, z[i], m2, Ii[i] - tie, done, Math.min(P, done + batch), rng, stats);
      await pacer.tick();
    }
    let larger = stats[0];
    if (P - larger < larger) larger = P - larger;
    const mean = stats[1];
    const v = stats[2] / P;
    const observed = Ii[i];
    const zz = zAndP(observed, mean, v, normalTwoSided, mean * mean + (observed - mean) * (observed - mean))[0];
    out.push([observed, mean, v, zz, (larger + 1) / (P + 1), q]);
  }
  return out;
}

/**
 * Permutations from + 1 … to of one unit: each draws k values without replacement from the pool
 * (a partial Fisher–Yates shuffle) for the k neighbours, in order. The uniform numbers are
 * mulberry32's (src/core/shared/random.ts), computed inline on an int32 state (the same numbers:
 * a test checks it) because the closure's uint32 state costs a heap number per draw.
 */
function permute(
  pool: Float64Array,
  wt: Float64Array,
  k: number,
  zi: number,
  m2: number,
  threshold: number,
  from: number,
  to: number,
  rng: Int32Array,
  stats: Float64Array,
): void {
  const m = pool.length;
  let state = rng[0];
  let larger = stats[0];
  let mean = stats[1];
  let sq = stats[2];
  for (let p = from + 1; p <= to; p++) {
    let s = 0;
    for (let t = 0; t < k; t++) {
      state = (state + 0x6d2b79f5) | 0;
      let x = imul(state ^ (state >>> 15), state | 1);
      x ^= x + imul(x ^ (x >>> 7), x | 61);
      const u = ((x ^ (x >>> 14)) >>> 0) / 4294967296;
      const r = t + floor(u * (m - t));
      const v = pool[r];
      pool[r] = pool[t];
      pool[t] = v;
      s += wt[t] * v;
    }
    const sim = (zi * s) / m2;
    if (sim >= threshold) larger++;
    const d = sim - mean;
    mean += d / p;
    sq += d * (sim - mean);
  }
  rng[0] = state;
  stats[0] = larger;
  stats[1] = mean;
  stats[2] = sq;
}

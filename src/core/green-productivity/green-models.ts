/**
 * The four linear programmes of the green family, each a FrontierLp (see
 * frontier-lp.ts) with its own columns. Data are scaled (green-data.ts); z_o
 * is the evaluated unit's scaled data, x then y then b; m inputs, s good
 * outputs, k bad outputs, d = m + s + k.
 *
 * Radial super-efficiency (Andersen & Petersen 1993), the unit left out:
 *   input    min θ   s.t. Σλx ≤ θx_o, Σλy ≥ y_o                 result θ
 *   output   max φ   s.t. Σλx ≤ x_o,  Σλy ≥ φy_o                result 1/φ
 *
 * SBM (Tone 2001) with bad outputs (Tone 2003), Charnes–Cooper form
 * (t > 0, Λ = tλ, S = ts):
 *   rows     ΣΛx + S⁻ − t x_o = 0,  ΣΛy − Sᵍ − t y_o = 0,  ΣΛb + Sᵇ − t b_o = 0
 *   non      min t − (1/m)ΣS⁻/x_o  s.t. t + (1/(s+k))(ΣSᵍ/y_o + ΣSᵇ/b_o) = 1      ρ = objective
 *   input    min t − (1/m)ΣS⁻/x_o  s.t. t = 1                                     ρ = objective
 *   output   min −(1/(s+k))(ΣSᵍ/y_o + ΣSᵇ/b_o)  s.t. t = 1                        ρ = 1/(1 − objective)
 *   vrs      ΣΛ = t
 *
 * Super-SBM (Tone 2002) with bad outputs, the unit left out, Charnes–Cooper form:
 *   rows     ΣΛx − S⁻ − t x_o ≤ 0,  ΣΛy + S⁺ − t y_o ≥ 0,  ΣΛb − Sᵇ − t b_o ≤ 0
 *   non      min t + (1/m)ΣS⁻/x_o  s.t. t − (1/(s+k))(ΣS⁺/y_o + ΣSᵇ/b_o) = 1      ρ* = objective
 *   input    the same with S⁺ = Sᵇ = 0 (so t = 1)
 *   output   min t with S⁻ = 0
 *
 * Directional distance function (Chung, Färe & Grosskopf 1997), β free:
 *   max β  s.t. Σλx ≤ x_o − βgˣ,  Σλy ≥ y_o + βgʸ,  Σλb = b_o − βgᵇ (weak) or ≤ (strong)
 */
import { type Configure, FrontierLp, type FrontierShape, type OwnColumn, type SelfRule, WHOLE_SET_LIMIT } from './frontier-lp';
import type { DdfDirection, Disposability, SbmOrientation } from './green-data';
import type { Highs } from '../shared/lp/highs-solver';
import { snapToOne } from '../productivity';

export type Convexity = 'crs' | 'vrs' | 'nirs' | 'ndrs';

/** The bounds of the returns-to-scale row Σλ (radial and DDF models). */
const convexity: Record<Convexity, [number, number]> = {
  crs: [-Infinity, Infinity],
  vrs: [1, 1],
  nirs: [-Infinity, 1],
  ndrs: [1, Infinity],
};


export interface Dimensions {
  m: number;
  s: number;
  k: number;
}

const column = (cost: number, lower: number, upper: number, entries: [number, number][] = []): OwnColumn => ({ cost, lower, upper, entries });
const free = (rows: number) => ({ rowLower: new Array<number>(rows).fill(-Infinity), rowUpper: new Array<number>(rows).fill(Infinity) });

/** A scored evaluation: the score, or why there is none. */
export type Scored = { score: number } | { failure: 'infeasible' | 'unbounded' | 'failed' };

// ---- radial super-efficiency ------------------------------------------------------------------

export class RadialSuperModel {
  readonly lp: FrontierLp;
  constructor(
    highs: Highs,
    ref: Float64Array,
    n: number,
    private readonly dim: Dimensions,
    private readonly orientation: 'input' | 'output',
    wholeSetLimit = WHOLE_SET_LIMIT,
  ) {
    const d = dim.m + dim.s;
    const shape: FrontierShape = { columns: [column(orientation === 'input' ? 1 : -1, 0, Infinity)], extraRows: 0, ...free(d + 1) };
    this.lp = new FrontierLp(highs, ref, n, d, shape, wholeSetLimit);
  }

  /** θ, or 1/φ, of unit `self` (scaled data zo) against the others. */
  evaluate(zo: Float64Array, self: number, rts: Convexity): Scored {
    const { m, s } = this.dim;
    const input = this.orientation === 'input';
    const configure: Configure = (lp) => {
      for (let i = 0; i < m; i++) {
        lp.coefficient(i, 0, input ? -zo[i] : 0);
        lp.rowBounds(i, -Infinity, input ? 0 : zo[i]);
      }
      for (let r = 0; r < s; r++) {
        lp.coefficient(m + r, 0, input ? 0 : -zo[m + r]);
        lp.rowBounds(m + r, input ? zo[m + r] : 0, Infinity);
      }
      lp.rowBounds(m + s, ...convexity[rts]);
      lp.self({ unit: self, rule: 'exclude' });
    };
    const outcome = this.lp.evaluate(configure);
    if (outcome !== 'optimal') return { failure: outcome };
    const v = input ? this.lp.objective : -this.lp.objective;
    if (!(v > 0)) return { failure: 'unbounded' };
    return { score: snapToOne(input ? v : 1 / v) };
  }

  dispose(): void {
    this.lp.dispose();
  }
}

// ---- SBM and super-SBM ------------------------------------------------------------------------

/** The solution of an SBM or super-SBM model in scaled units: ρ, the slacks s = S/t and λ = Λ/t. */
export interface SbmSolution {
  rho: number;
  /** Slacks of x, y, b (scaled), d values. */
  slacks: Float64Array;
  lambda: Float64Array;
}

export type SbmOutcome = SbmSolution | { failure: 'infeasible' | 'unbounded' | 'failed' };

/**
 * SBM (super = false) or super-SBM (super = true) for one reference set.
 * Columns: 0 is t, 1 … d the slacks of x, y, b.
 */
export class SbmModel {
  readonly lp: FrontierLp;
  private readonly d: number;

  constructor(
    highs: Highs,
    ref: Float64Array,
    n: number,
    private readonly dim: Dimensions,
    private readonly orientation: SbmOrientation,
    private readonly superSbm: boolean,
    wholeSetLimit = WHOLE_SET_LIMIT,
  ) {
    const { m, s, k } = dim;
    const d = (this.d = m + s + k);
    const sign = superSbm ? [-1, 1, -1] : [1, -1, 1];
    const norm = d + 1;
    // t: −z_o in the data rows (set per unit), −1 in the returns-to-scale row (ΣΛ − t), 1 in the normalisation.
    const t = column(!superSbm && orientation === 'output' ? 0 : 1, 0, Infinity, [
      [d, -1],
      [norm, 1],
    ]);
    const slackColumns: OwnColumn[] = [];
    for (let c = 0; c < d; c++) {
      const group = c < m ? 0 : c < m + s ? 1 : 2;
      const fixed = superSbm && ((group === 0 && orientation === 'output') || (group > 0 && orientation === 'input'));
      slackColumns.push(column(0, 0, fixed ? 0 : Infinity, [[c, sign[group]]]));
    }
    const rowLower: number[] = [];
    const rowUpper: number[] = [];
    for (let c = 0; c < d; c++) {
      const group = c < m ? 0 : c < m + s ? 1 : 2;
      if (!superSbm) {
        rowLower.push(0);
        rowUpper.push(0);
      } else if (group === 1) {
        rowLower.push(0);
        rowUpper.push(Infinity);
      } else {
        rowLower.push(-Infinity);
        rowUpper.push(0);
      }
    }
    rowLower.push(-Infinity, 1);
    rowUpper.push(Infinity, 1);
    this.lp = new FrontierLp(highs, ref, n, d, { columns: [t, ...slackColumns], extraRows: 1, rowLower, rowUpper }, wholeSetLimit);
  }

  /** ρ (or ρ*) of the unit with scaled data zo; `self` is its place in the set (−1: not a member). */
  evaluate(zo: Float64Array, self: number, rts: 'crs' | 'vrs'): SbmOutcome {
    const { m, s, k } = this.dim;
    const d = this.d;
    const norm = d + 1;
    const orient = this.orientation;
    const alpha = 1 / (s + k);
    const superSbm = this.superSbm;
    const configure: Configure = (lp) => {
      for (let c = 0; c < d; c++) lp.coefficient(c, 0, -zo[c]);
      for (let i = 0; i < m; i++) {
        const inObjective = orient !== 'output' || superSbm ? (superSbm ? 1 : -1) / (m * zo[i]) : 0;
        lp.colCost(1 + i, superSbm && orient === 'output' ? 0 : inObjective);
      }
      for (let c = m; c < d; c++) {
        if (superSbm) {
          lp.coefficient(norm, 1 + c, orient === 'input' ? 0 : -alpha / zo[c]);
        } else {
          lp.coefficient(norm, 1 + c, orient === 'non' ? alpha / zo[c] : 0);
          lp.colCost(1 + c, orient === 'output' ? -alpha / zo[c] : 0);
        }
      }
      lp.rowBounds(d, ...(rts === 'vrs' ? ([0, 0] as const) : ([-Infinity, Infinity] as const)));
      lp.self(self < 0 ? null : ({ unit: self, rule: superSbm ? 'exclude' : 'include' } as SelfRule));
    };
    const outcome = this.lp.evaluate(configure);
    if (outcome !== 'optimal') return { failure: outcome };
    const objective = this.lp.objective;
    const rho = !superSbm && orient === 'output' ? 1 / (1 - objective) : objective;
    const t = this.lp.value(0);
    if (!(t > 0) || !(rho > 0) || !Number.isFinite(rho)) return { failure: 'failed' };
    const slacks = new Float64Array(d);
    for (let c = 0; c < d; c++) slacks[c] = Math.max(0, this.lp.value(1 + c)) / t;
    const lambda = this.lp.lambda();
    for (let j = 0; j < lambda.length; j++) lambda[j] /= t;
    return { rho: snapToOne(rho), slacks, lambda };
  }

  dispose(): void {
    this.lp.dispose();
  }
}

// ---- the directional distance function --------------------------------------------------------

export class DdfModel {
  readonly lp: FrontierLp;
  private readonly d: number;

  constructor(
    highs: Highs,
    ref: Float64Array,
    n: number,
    private readonly dim: Dimensions,
    private readonly direction: DdfDirection,
    private readonly disposability: Disposability,
    wholeSetLimit = WHOLE_SET_LIMIT,
  ) {
    const d = (this.d = dim.m + dim.s + dim.k);
    this.lp = new FrontierLp(highs, ref, n, d, { columns: [column(-1, -Infinity, Infinity)], extraRows: 0, ...free(d + 1) }, wholeSetLimit);
  }

  /** β of the unit with scaled data zo; `self` its place in the set (−1: not a member). */
  evaluate(zo: Float64Array, self: number, rts: 'crs' | 'vrs'): Scored {
    const { m, s } = this.dim;
    const d = this.d;
    const weak = this.disposability === 'weak';
    const all = this.direction === 'all';
    const configure: Configure = (lp) => {
      for (let i = 0; i < m; i++) {
        lp.coefficient(i, 0, all ? zo[i] : 0);
        lp.rowBounds(i, -Infinity, zo[i]);
      }
      for (let r = m; r < m + s; r++) {
        lp.coefficient(r, 0, -zo[r]);
        lp.rowBounds(r, zo[r], Infinity);
      }
      for (let q = m + s; q < d; q++) {
        lp.coefficient(q, 0, zo[q]);
        lp.rowBounds(q, weak ? zo[q] : -Infinity, zo[q]);
      }
      lp.rowBounds(d, ...convexity[rts]);
      lp.self(self < 0 ? null : { unit: self, rule: 'include' });
    };
    const outcome = this.lp.evaluate(configure);
    if (outcome !== 'optimal') return { failure: outcome };
    const beta = -this.lp.objective;
    return { score: Math.abs(beta) < 1e-10 ? 0 : beta };
  }

  dispose(): void {
    this.lp.dispose();
  }
}

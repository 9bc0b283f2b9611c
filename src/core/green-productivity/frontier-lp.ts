/**
 * The linear programmes of the green family, all of one shape: a unit
 * (x_o, y_o, b_o) is evaluated against a reference set of units, whose
 * intensities λ_j ≥ 0 form the frontier. Every model here — radial
 * super-efficiency, SBM and super-SBM in their Charnes–Cooper form, the
 * directional distance function — has
 *
 *   rows     0 … d−1   one per data column (inputs, good outputs, bad outputs):
 *                      Σ_j λ_j z_j  +  (the model's own columns)  within bounds
 *            d         Σ_j λ_j (+ the model's own columns): the returns to scale
 *            d+1 …     the model's extra rows (the Charnes–Cooper normalisation)
 *   columns  the model's own columns (θ, t, the slacks, β), a "slot", then one
 *            λ column per unit of the working set
 *
 * and differs only in its own columns, their coefficients and costs, and the
 * bounds of the rows, which the model sets for each evaluated unit. Every LP
 * is a minimisation.
 *
 * The λ columns hold the reference data scaled by the column maxima (the
 * models are invariant to that scaling). One HiGHS model is kept for the whole
 * reference set and changed from unit to unit, so each solve starts from the
 * previous basis. Small reference sets are in the model whole; large ones grow
 * by column generation: after a solve every other unit's reduced cost is
 * priced from the row duals (its column has no cost), the most improving units
 * join, and the LP is solved again until none prices out — the exact optimum
 * of the full LP. The evaluated unit's own column, when it belongs to the set,
 * stands in the slot if it is not yet in the working set, so the restricted LP
 * is as feasible as the full one; a restricted LP that still has no solution
 * (a unit evaluated without itself, or against another period) is settled on
 * the whole set, in a second model built when first needed.
 */
import type { Highs, Model } from '../shared/lp/highs-solver';

export type LpOutcome = 'optimal' | 'infeasible' | 'unbounded' | 'failed';

/** One of the model's own columns, with its fixed entries; per-unit entries are set by `coefficient`. */
export interface OwnColumn {
  cost: number;
  lower: number;
  upper: number;
  /** Entries that never change, as [row, value]. */
  entries: readonly (readonly [number, number])[];
}

/** What a model fixes once: its own columns, its extra rows, and the first bounds of every row. */
export interface FrontierShape {
  columns: readonly OwnColumn[];
  extraRows: number;
  /** Bounds of the d + 1 + extraRows rows (±Infinity for none). */
  rowLower: readonly number[];
  rowUpper: readonly number[];
}

/** The evaluated unit's relation to the reference set. */
export type SelfRule = { unit: number; rule: 'include' | 'exclude' } | null;

/** What a model sets for one evaluated unit (replayed on the whole-set model when needed). */
export type Configure = (lp: FrontierLp) => void;

/** Reference sets up to this size go to the solver whole; larger ones by column generation. */
export const WHOLE_SET_LIMIT = 200;

/** A column prices out when its reduced cost is below minus this (the LPs are scaled to O(1)). */
const PRICING_TOLERANCE = 1e-9;
const COLUMNS_PER_ROUND = 8;
const MAX_ROUNDS = 200;

export class FrontierLp {
  readonly n: number;
  readonly d: number;
  private readonly own: number;
  private readonly rows: number;
  private readonly inf: number;
  private readonly model: Model;
  /** Current coefficients of the own columns, row-major (rows × own). */
  private readonly coef: Float64Array;
  private readonly rowLo: Float64Array;
  private readonly rowHi: Float64Array;
  private readonly cost: Float64Array;
  private readonly colLo: Float64Array;
  private readonly colHi: Float64Array;
  /** Column index + 1 of each unit in the model (0: not in the working set). */
  private readonly column: Int32Array;
  private readonly working: number[] = [];
  /** The unit the slot stands for (−1: off), and the unit excluded (−1: none). */
  private slot = -1;
  private excluded = -1;
  private whole: FrontierLp | null = null;
  private lastConfigure: Configure | null = null;
  private solution: { colValue: ArrayLike<number>; objective: number } | null = null;

  /**
   * @param scaled the reference set's scaled data, unit by unit (n × d)
   */
  constructor(
    private readonly highs: Highs,
    private readonly scaled: Float64Array,
    n: number,
    d: number,
    private readonly shape: FrontierShape,
    wholeSetLimit = WHOLE_SET_LIMIT,
  ) {
    this.n = n;
    this.d = d;
    this.own = shape.columns.length;
    this.rows = d + 1 + shape.extraRows;
    this.inf = highs.infinity;
    const { own, rows } = this;
    this.coef = new Float64Array(rows * own);
    for (let c = 0; c < own; c++) for (const [r, v] of shape.columns[c].entries) this.coef[r * own + c] = v;
    this.rowLo = Float64Array.from(shape.rowLower);
    this.rowHi = Float64Array.from(shape.rowUpper);
    this.cost = Float64Array.from(shape.columns, (c) => c.cost);
    this.colLo = Float64Array.from(shape.columns, (c) => c.lower);
    this.colHi = Float64Array.from(shape.columns, (c) => c.upper);
    this.column = new Int32Array(n);

    // Own columns, then the slot (off: upper bound 0, its 1 in the returns-to-scale row).
    const starts = [0];
    const indices: number[] = [];
    const values: number[] = [];
    for (let c = 0; c < own; c++) {
      for (let r = 0; r < rows; r++) {
        const v = this.coef[r * own + c];
        if (v !== 0) {
          indices.push(r);
          values.push(v);
        }
      }
      starts.push(indices.length);
    }
    indices.push(d);
    values.push(1);
    starts.push(indices.length);
    this.model = highs.createModel({
      numCols: own + 1,
      numRows: rows,
      sense: highs.constants.objectiveSense.minimize,
      colCost: [...this.cost, 0],
      colLower: [...Array.from(this.colLo, (v) => this.bound(v)), 0],
      colUpper: [...Array.from(this.colHi, (v) => this.bound(v)), 0],
      rowLower: Array.from(this.rowLo, (v) => this.bound(v)),
      rowUpper: Array.from(this.rowHi, (v) => this.bound(v)),
      matrix: { format: 'csc', numRows: rows, numCols: own + 1, starts, indices, values },
    });
    this.model.options.set({
      output_flag: false,
      presolve: 'off',
      primal_feasibility_tolerance: 1e-9,
      dual_feasibility_tolerance: 1e-9,
    });
    if (n <= wholeSetLimit) this.grow(Array.from({ length: n }, (_, j) => j));
    else this.grow(this.seeds());
  }

  /** Frees the solver's memory (WebAssembly memory is not garbage collected). */
  dispose(): void {
    this.model.dispose();
    this.whole?.dispose();
  }

  private get isWhole(): boolean {
    return this.working.length === this.n;
  }

  /** A first working set: for each data column, the units with its largest and smallest value. */
  private seeds(): number[] {
    const { n, d, scaled } = this;
    const picked = new Set<number>();
    for (let k = 0; k < d; k++) {
      let hi = 0;
      let lo = 0;
      for (let j = 1; j < n; j++) {
        if (scaled[j * d + k] > scaled[hi * d + k]) hi = j;
        if (scaled[j * d + k] < scaled[lo * d + k]) lo = j;
      }
      picked.add(hi).add(lo);
    }
    return [...picked];
  }

  private grow(units: readonly number[]): void {
    const { d, own, scaled } = this;
    const starts = [0];
    const indices: number[] = [];
    const values: number[] = [];
    for (const j of units) {
      for (let k = 0; k < d; k++) {
        const v = scaled[j * d + k];
        if (v !== 0) {
          indices.push(k);
          values.push(v);
        }
      }
      indices.push(d);
      values.push(1);
      starts.push(indices.length);
    }
    const first = own + 1 + this.working.length;
    this.model.addCols({
      cost: new Float64Array(units.length),
      lower: new Float64Array(units.length),
      upper: new Float64Array(units.length).fill(this.inf),
      matrix: {
        format: 'csc',
        numRows: this.rows,
        numCols: units.length,
        starts: Int32Array.from(starts),
        indices: Int32Array.from(indices),
        values: Float64Array.from(values),
      },
    });
    units.forEach((j, k) => (this.column[j] = first + k + 1));
    this.working.push(...units);
  }

  // ---- what a model sets for the evaluated unit -------------------------------------------

  /** Sets the coefficient of own column `col` in row `row`. */
  coefficient(row: number, col: number, value: number): void {
    const at = row * this.own + col;
    if (this.coef[at] !== value) this.model.changeCoefficient(row, col, (this.coef[at] = value));
  }

  rowBounds(row: number, lower: number, upper: number): void {
    if (this.rowLo[row] !== lower || this.rowHi[row] !== upper) {
      this.rowLo[row] = lower;
      this.rowHi[row] = upper;
      this.model.changeRowBounds(row, this.bound(lower), this.bound(upper));
    }
  }

  colCost(col: number, cost: number): void {
    if (this.cost[col] !== cost) this.model.changeColCost(col, (this.cost[col] = cost));
  }

  colBounds(col: number, lower: number, upper: number): void {
    if (this.colLo[col] !== lower || this.colHi[col] !== upper) {
      this.colLo[col] = lower;
      this.colHi[col] = upper;
      this.model.changeColBounds(col, this.bound(lower), this.bound(upper));
    }
  }

  /** The evaluated unit as a member of the reference set (its column available, or excluded), or not a member. */
  self(rule: SelfRule): void {
    const include = rule !== null && rule.rule === 'include' ? rule.unit : -1;
    const exclude = rule !== null && rule.rule === 'exclude' ? rule.unit : -1;
    if (exclude !== this.excluded) {
      if (this.excluded >= 0 && this.column[this.excluded] > 0) this.model.changeColBounds(this.column[this.excluded] - 1, 0, this.inf);
      if (exclude >= 0 && this.column[exclude] > 0) this.model.changeColBounds(this.column[exclude] - 1, 0, 0);
      this.excluded = exclude;
    }
    const slot = include >= 0 && this.column[include] === 0 ? include : -1;
    if (slot !== this.slot) {
      const { d, own, scaled } = this;
      for (let k = 0; k < d; k++) {
        const was = this.slot >= 0 ? scaled[this.slot * d + k] : 0;
        const now = slot >= 0 ? scaled[slot * d + k] : 0;
        if (was !== now) this.model.changeCoefficient(k, own, now);
      }
      this.model.changeColBounds(own, 0, slot >= 0 ? this.inf : 0);
      this.slot = slot;
    }
  }

  private bound(v: number): number {
    return v === Infinity ? this.inf : v === -Infinity ? -this.inf : v;
  }

  // ---- solving ----------------------------------------------------------------------------

  /**
   * Configures the model for one unit and solves it to the optimum of the full
   * LP. After 'optimal', `objective`, `value` and `lambda` give the solution.
   */
  evaluate(configure: Configure): LpOutcome {
    configure(this);
    this.lastConfigure = configure;
    this.solution = null;
    const outcome = this.solveWorking();
    if (outcome === 'optimal' || outcome === 'unbounded' || this.isWhole) return outcome;
    // The restricted LP had no solution: the whole set decides.
    if (this.whole === null) this.whole = new FrontierLp(this.highs, this.scaled, this.n, this.d, this.shape, Infinity);
    return this.whole.evaluate(configure);
  }

  private run(): LpOutcome {
    const status = this.highs.constants.modelStatus;
    try {
      this.model.run();
    } catch {
      return 'failed';
    }
    const s = this.model.getModelStatus();
    if (s === status.optimal) return 'optimal';
    if (s === status.unbounded) return 'unbounded';
    if (s === status.infeasible || s === status.unboundedOrInfeasible) return 'infeasible';
    return 'failed';
  }

  private solveWorking(): LpOutcome {
    const { n, d, scaled } = this;
    for (let round = 0; ; round++) {
      const outcome = this.run();
      if (outcome !== 'optimal') return outcome;
      const sol = this.model.getSolution();
      if (!this.isWhole) {
        if (round >= MAX_ROUNDS) return 'failed';
        const dual = sol.rowDual;
        const best: { j: number; gain: number }[] = [];
        for (let j = 0; j < n; j++) {
          if (this.column[j] > 0 || j === this.slot || j === this.excluded) continue;
          let rc = -dual[d];
          for (let k = 0; k < d; k++) rc -= scaled[j * d + k] * dual[k];
          if (-rc > PRICING_TOLERANCE) {
            best.push({ j, gain: -rc });
            if (best.length > 4 * COLUMNS_PER_ROUND) {
              best.sort((a, b) => b.gain - a.gain);
              best.length = COLUMNS_PER_ROUND;
            }
          }
        }
        if (best.length > 0) {
          best.sort((a, b) => b.gain - a.gain);
          this.grow(best.slice(0, COLUMNS_PER_ROUND).map((b) => b.j));
          continue;
        }
      }
      this.solution = { colValue: sol.colValue, objective: this.model.getObjectiveValue() };
      return 'optimal';
    }
  }

  private solved(): { colValue: ArrayLike<number>; objective: number } {
    if (this.solution !== null) return this.solution;
    if (this.whole !== null && this.whole.lastConfigure === this.lastConfigure) return this.whole.solved();
    throw new Error('FrontierLp: no solution to read');
  }

  /** The optimal objective of the last evaluation. */
  get objective(): number {
    return this.solved().objective;
  }

  /** The optimal value of own column `col`. */
  value(col: number): number {
    return this.solved().colValue[col];
  }

  /** The optimal λ of every reference unit (0 for those outside the working set). */
  lambda(): Float64Array {
    if (this.solution === null && this.whole !== null && this.whole.lastConfigure === this.lastConfigure) return this.whole.lambda();
    const col = this.solved().colValue;
    const out = new Float64Array(this.n);
    if (this.slot >= 0) out[this.slot] = col[this.own];
    for (const j of this.working) out[j] = col[this.column[j] - 1];
    return out;
  }
}

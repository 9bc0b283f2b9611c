/**
 * The radial DEA envelopment model shared by DEA_EFFICIENCY, DEA_DETAILS and
 * MALMQUIST, with DEAP 2.1's conventions (Coelli 1996):
 *
 *   input orientation   min θ  s.t. Σ_j λ_j x_ij ≤ θ x_io,  Σ_j λ_j y_rj ≥ y_ro,  λ ≥ 0
 *   output orientation  max φ  s.t. Σ_j λ_j x_ij ≤ x_io,    Σ_j λ_j y_rj ≥ φ y_ro, λ ≥ 0
 *   returns to scale    crs: no constraint on Σλ; vrs: Σλ = 1; nirs: Σλ ≤ 1; ndrs: Σλ ≥ 1
 *
 * Technical efficiency is θ, or 1/φ in output orientation (≤ 1 as DEAP reports
 * it). Phase 2 (DEAP's two-stage method) fixes θ (φ) at its optimum and
 * maximises the sum of the input and output slacks, in the data's own units.
 *
 * The LPs are solved by HiGHS through the persistent model API: one model per
 * reference set whose θ column and right-hand sides change from unit to unit,
 * so each solve starts from the previous basis. Each input and output is
 * divided by its largest value before it reaches the solver (this changes
 * neither θ nor λ); slacks are reported in the original units.
 */
import type { DomainError } from '../shared/errors';
import { fail, type Who } from './messages';
import { loadSolver, type Highs, type Model } from '../shared/lp/highs-solver';

export const DEA_RTS = ['crs', 'vrs', 'nirs', 'ndrs'] as const;
export type Rts = (typeof DEA_RTS)[number];
export const DEA_ORIENTATIONS = ['input', 'output'] as const;
export type Orientation = (typeof DEA_ORIENTATIONS)[number];

/** The most units a DEA function accepts (per period for MALMQUIST). */
export const MAX_DEA_UNITS = 5000;

/** λ above this counts a unit as a peer. */
export const PEER_TOLERANCE = 1e-9;

export function parseRts(value: unknown): Rts {
  const v = typeof value === 'string' ? value.trim().toLowerCase() : value;
  if (typeof v === 'string' && (DEA_RTS as readonly string[]).includes(v)) return v as Rts;
  throw fail('value', 'unknownOption', { name: 'rts', options: DEA_RTS, value });
}

export function parseOrientation(value: unknown): Orientation {
  const v = typeof value === 'string' ? value.trim().toLowerCase() : value;
  if (typeof v === 'string' && (DEA_ORIENTATIONS as readonly string[]).includes(v)) return v as Orientation;
  throw fail('value', 'unknownOption', { name: 'orientation', options: DEA_ORIENTATIONS, value });
}

/** The data of a DEA: one row per unit, inputs x and outputs y. */
export interface DeaData {
  x: number[][];
  y: number[][];
}

/** Reads a matrix of numbers; a blank or a non-number is #VALUE! naming the cell. */
export function readMatrix(name: string, matrix: unknown): number[][] {
  if (!Array.isArray(matrix) || matrix.length === 0 || !matrix.every((row) => Array.isArray(row) && row.length > 0)) {
    throw fail('value', 'notRange', { name });
  }
  const width = (matrix[0] as unknown[]).length;
  return (matrix as unknown[][]).map((row, r) => {
    if (row.length !== width) throw fail('value', 'notRectangular', { name });
    return row.map((v, c) => {
      const at = { name, row: r + 1, column: c + 1 };
      if (v === null || v === undefined || v === '') throw fail('value', 'blankNumber', at);
      if (typeof v !== 'number') throw fail('value', 'notNumber', { ...at, value: v });
      if (!Number.isFinite(v)) throw fail('num', 'notFinite', { ...at, value: v });
      return v;
    });
  });
}

/**
 * The DEA data rule for the whole call: every value ≥ 0, otherwise #NUM!.
 * (A unit whose inputs or outputs are all 0 is a failure of that unit only: see degenerateUnit.)
 */
export function checkDeaDomain(data: DeaData): void {
  const { x, y } = data;
  for (let j = 0; j < x.length; j++) {
    if (x[j].some((v) => v < 0) || y[j].some((v) => v < 0)) throw fail('num', 'negativeValue', { row: j + 1 });
  }
}

/**
 * The error of a unit DEA cannot rate, or null: all its inputs 0 (it would make output from nothing) or all
 * its outputs 0 (it makes nothing to rate). Such a unit is #NUM! in its own cell and is left out of the
 * frontier of the others, which compute as they would without it: a unit with no inputs in the reference
 * set would let any output be made from nothing, so the other units could score 0 (input orientation) or
 * have no finite score, and one with no outputs adds nothing a frontier is for (the semipositive data of
 * Cooper, Seiford and Tone 2007: a positive input and a positive output in every unit).
 */
export function degenerateUnit(x: readonly number[], y: readonly number[], unit: Who): DomainError | null {
  if (!x.some((v) => v > 0)) return fail('num', 'allInputsZero', unit);
  if (!y.some((v) => v > 0)) return fail('num', 'allOutputsZero', unit);
  return null;
}

/** The units DEA can rate, and the error of each one it cannot (null for the others). */
export interface ScreenedUnits {
  /** The indices of the units kept, ascending: unit kept[k] is unit k of the reference set. */
  kept: number[];
  errors: (DomainError | null)[];
}

/**
 * Sets aside the units whose inputs or outputs are all 0 (degenerateUnit); #N/A when fewer than 2 units are
 * left to span a frontier.
 */
export function screenUnits(x: readonly (readonly number[])[], y: readonly (readonly number[])[], unit: (j: number) => Who): ScreenedUnits {
  const errors = x.map((row, j) => degenerateUnit(row, y[j], unit(j)));
  const kept: number[] = [];
  errors.forEach((e, j) => {
    if (e === null) kept.push(j);
  });
  if (kept.length < 2) throw fail('na', 'tooFewRatedUnits', { units: kept.length });
  return { kept, errors };
}

/** The rows of `rows` at the indices `kept`. */
export const pick = <T>(rows: readonly T[], kept: readonly number[]): T[] => kept.map((j) => rows[j]);

/** Reads and checks the inputs and outputs of DEA_EFFICIENCY and DEA_DETAILS. */
export function readDeaData(inputs: unknown, outputs: unknown): DeaData {
  const rowsOf = (m: unknown): number => (Array.isArray(m) ? m.length : 0);
  if (rowsOf(inputs) > 0 && rowsOf(outputs) > 0 && rowsOf(inputs) !== rowsOf(outputs)) {
    throw fail('value', 'rowsMismatch', { inputs: rowsOf(inputs), outputs: rowsOf(outputs) });
  }
  if (rowsOf(inputs) > MAX_DEA_UNITS) {
    throw fail('value', 'tooManyUnits', { max: MAX_DEA_UNITS, units: rowsOf(inputs) });
  }
  const x = readMatrix('inputs', inputs);
  const y = readMatrix('outputs', outputs);
  if (x.length < 2) throw fail('na', 'tooFewUnits', {});
  const data = { x, y };
  checkDeaDomain(data);
  return data;
}

/** The largest value of each column over one or more matrices (1 for a column of zeros). */
export function columnScales(...matrices: number[][][]): number[] {
  const width = matrices[0][0].length;
  const scale = new Array<number>(width).fill(0);
  for (const m of matrices) for (const row of m) for (let c = 0; c < width; c++) scale[c] = Math.max(scale[c], row[c]);
  return scale.map((v) => (v > 0 ? v : 1));
}


/** The optimum of the radial (phase 1) model. */
export interface RadialSolution {
  /** θ (input orientation) or φ (output orientation). */
  score: number;
  /** Technical efficiency as DEAP reports it: θ, or 1/φ. */
  efficiency: number;
}

/** The optimum of phase 2: λ, the slacks and the targets in the data's units. */
export interface SlackSolution {
  lambda: Float64Array;
  inputSlacks: number[];
  outputSlacks: number[];
  inputTargets: number[];
  outputTargets: number[];
}

const convexityBounds: Record<Rts, [number, number]> = {
  crs: [-Infinity, Infinity],
  vrs: [1, 1],
  nirs: [-Infinity, 1],
  ndrs: [1, Infinity],
};

/** Rounds values a solver tolerance away from 1 to 1 (efficient units show exactly 1). */
export function snapToOne(v: number): number {
  return Math.abs(v - 1) < 1e-9 ? 1 : v;
}

/** Reference sets up to this size go to the solver whole; larger ones by column generation. */
export const FULL_MODEL_LIMIT = 200;

/** A column prices out when its reduced cost is better than this (the LPs are scaled to O(1)). */
const PRICING_TOLERANCE = 1e-9;

/** Columns added per pricing round, and rounds before giving up on generation. */
const COLUMNS_PER_ROUND = 8;
const MAX_ROUNDS = 200;

interface ModelState {
  model: Model;
  phase2: boolean;
  /** The θ/φ column's coefficients on the rows that carry x_o (input) or y_o (output). */
  column: number[];
  /** The right-hand sides that carry y_o (input) or x_o (output). */
  rhs: number[];
  rts: Rts | null;
  /** The reference unit the slot column (column 1) stands for, or −1 when it is off. */
  slot: number;
}

/**
 * The envelopment model of one reference set (the units that span the
 * frontier), for evaluating any unit (x_o, y_o) against it: a unit of the set
 * itself, or a unit of another period (Malmquist's cross-period distances).
 *
 * Columns: 0 is θ (φ); 1 is a "slot" that stands for the evaluated unit when it
 * belongs to the reference set; then one λ column per unit in the working set.
 * Rows: the inputs, the outputs, then Σλ. Small reference sets are in the
 * working set whole. For large ones the working set starts empty and grows by
 * column generation: after each solve every unit's reduced cost is priced from
 * the row duals, the most negative ones join the working set, and the LP is
 * solved again until none prices out. That is the exact optimum of the full LP
 * (a proven method, with HiGHS solving every LP), at a fraction of the cost,
 * since the frontier is spanned by few units. The working set is shared by
 * every unit evaluated, so it soon holds the frontier's units. A restricted LP
 * with no solution (possible across periods) is settled on the whole set.
 */
export class EnvelopmentModel {
  private readonly n: number;
  private readonly m: number;
  private readonly s: number;
  private readonly inf: number;
  /** The data scaled by the column maxima, unit by unit: x̃_j then ỹ_j. */
  private readonly scaled: Float64Array;
  /** Phase-2 cost of each unit: Σ_i x_ij − Σ_r y_rj, divided by its largest magnitude. */
  private readonly slackCost: Float64Array;
  /** Units in the working set, in column order (column 2 + k holds working[k]). */
  private readonly working: number[] = [];
  private readonly inWorking: Uint8Array;
  private readonly phase1: ModelState;
  private phase2: ModelState | null = null;
  /** The whole reference set in one model, for the rare unit the working set cannot settle. */
  private whole: EnvelopmentModel | null = null;

  constructor(
    private readonly highs: Highs,
    private readonly ref: DeaData,
    private readonly xScale: number[],
    private readonly yScale: number[],
    private readonly orientation: Orientation,
    fullModelLimit = FULL_MODEL_LIMIT,
  ) {
    const n = (this.n = ref.x.length);
    const m = (this.m = ref.x[0].length);
    const s = (this.s = ref.y[0].length);
    this.inf = highs.infinity;
    this.scaled = new Float64Array(n * (m + s));
    this.slackCost = new Float64Array(n);
    let big = 0;
    for (let j = 0; j < n; j++) {
      let c = 0;
      for (let i = 0; i < m; i++) {
        this.scaled[j * (m + s) + i] = ref.x[j][i] / xScale[i];
        c += ref.x[j][i];
      }
      for (let r = 0; r < s; r++) {
        this.scaled[j * (m + s) + m + r] = ref.y[j][r] / yScale[r];
        c -= ref.y[j][r];
      }
      this.slackCost[j] = c;
      big = Math.max(big, Math.abs(c));
    }
    if (big > 0) for (let j = 0; j < n; j++) this.slackCost[j] /= big;
    this.inWorking = new Uint8Array(n);
    this.phase1 = this.build(false);
    if (n <= fullModelLimit) this.addAll();
    else this.grow(this.seeds());
  }

  /**
   * A first working set for column generation: for each output, the unit with
   * the most of it and the unit with the most of it per unit of input.
   */
  private seeds(): number[] {
    const { n, m, s } = this;
    const w = m + s;
    const picked = new Set<number>();
    const ratio = (j: number, r: number) => {
      let x = 0;
      for (let i = 0; i < m; i++) x += this.scaled[j * w + i];
      return this.scaled[j * w + m + r] / x;
    };
    for (let r = 0; r < s; r++) {
      let most = 0;
      let best = 0;
      for (let j = 1; j < n; j++) {
        if (this.scaled[j * w + m + r] > this.scaled[most * w + m + r]) most = j;
        if (ratio(j, r) > ratio(best, r)) best = j;
      }
      picked.add(most).add(best);
    }
    return [...picked];
  }

  /** The model of the whole reference set (built once, when first needed). */
  private wholeModel(): EnvelopmentModel {
    if (this.whole === null) this.whole = new EnvelopmentModel(this.highs, this.ref, this.xScale, this.yScale, this.orientation, Infinity);
    return this.whole;
  }

  /** True when the working set is the whole reference set. */
  private get isWhole(): boolean {
    return this.working.length === this.n;
  }

  /** Frees the solver's memory (WebAssembly memory is not garbage collected). */
  dispose(): void {
    this.phase1.model.dispose();
    this.phase2?.model.dispose();
    this.whole?.dispose();
  }

  /** The rows of unit j's λ column: its scaled inputs and outputs, and 1 in Σλ. */
  private entries(j: number): { indices: number[]; values: number[] } {
    const w = this.m + this.s;
    const indices: number[] = [];
    const values: number[] = [];
    for (let k = 0; k < w; k++) {
      const v = this.scaled[j * w + k];
      if (v !== 0) {
        indices.push(k);
        values.push(v);
      }
    }
    indices.push(w);
    values.push(1);
    return { indices, values };
  }

  /** An empty model: θ, the slot, and the working set's columns. */
  private build(phase2: boolean): ModelState {
    const { m, s, inf } = this;
    const rows = m + s + 1;
    const input = this.orientation === 'input';
    const model = this.highs.createModel({
      numCols: 2,
      numRows: rows,
      sense: !phase2 && !input ? this.highs.constants.objectiveSense.maximize : this.highs.constants.objectiveSense.minimize,
      colCost: [phase2 ? 0 : 1, 0],
      colLower: [0, 0],
      colUpper: [inf, 0],
      rowLower: Array.from({ length: rows }, (_, k) => (k >= m && k < m + s ? 0 : -inf)),
      rowUpper: Array.from({ length: rows }, (_, k) => (k < m ? 0 : inf)),
      // The slot column has its 1 in Σλ from the start.
      matrix: { format: 'csc', numRows: rows, numCols: 2, starts: [0, 0, 1], indices: [m + s], values: [1] },
    });
    model.options.set({
      output_flag: false,
      primal_feasibility_tolerance: 1e-9,
      dual_feasibility_tolerance: 1e-9,
    });
    const state: ModelState = {
      model,
      phase2,
      column: new Array<number>(input ? m : s).fill(0),
      rhs: new Array<number>(input ? s : m).fill(0),
      rts: null,
      slot: -1,
    };
    if (this.working.length > 0) this.addColumns(state, this.working);
    return state;
  }

  private addColumns(state: ModelState, units: readonly number[]): void {
    const starts = [0];
    const indices: number[] = [];
    const values: number[] = [];
    for (const j of units) {
      const e = this.entries(j);
      indices.push(...e.indices);
      values.push(...e.values);
      starts.push(indices.length);
    }
    state.model.addCols({
      cost: Float64Array.from(units, (j) => (state.phase2 ? this.slackCost[j] : 0)),
      lower: new Float64Array(units.length),
      upper: new Float64Array(units.length).fill(this.inf),
      matrix: {
        format: 'csc',
        numRows: this.m + this.s + 1,
        numCols: units.length,
        starts: Int32Array.from(starts),
        indices: Int32Array.from(indices),
        values: Float64Array.from(values),
      },
    });
  }

  /** Adds units to the working set of both models. */
  private grow(units: readonly number[]): void {
    for (const j of units) this.inWorking[j] = 1;
    this.working.push(...units);
    this.addColumns(this.phase1, units);
    if (this.phase2) this.addColumns(this.phase2, units);
  }

  private addAll(): void {
    const rest: number[] = [];
    for (let j = 0; j < this.n; j++) if (!this.inWorking[j]) rest.push(j);
    if (rest.length > 0) this.grow(rest);
  }

  /** Puts unit o's data into the θ column, the right-hand sides, Σλ's bounds and the slot. */
  private load(state: ModelState, xo: readonly number[], yo: readonly number[], rts: Rts, self: number): void {
    const { m, s, inf } = this;
    const model = state.model;
    if (this.orientation === 'input') {
      for (let i = 0; i < m; i++) {
        const v = -xo[i] / this.xScale[i];
        if (v !== state.column[i]) model.changeCoefficient(i, 0, (state.column[i] = v));
      }
      for (let r = 0; r < s; r++) {
        const v = yo[r] / this.yScale[r];
        if (v !== state.rhs[r]) model.changeRowBounds(m + r, (state.rhs[r] = v), inf);
      }
    } else {
      for (let r = 0; r < s; r++) {
        const v = -yo[r] / this.yScale[r];
        if (v !== state.column[r]) model.changeCoefficient(m + r, 0, (state.column[r] = v));
      }
      for (let i = 0; i < m; i++) {
        const v = xo[i] / this.xScale[i];
        if (v !== state.rhs[i]) model.changeRowBounds(i, -inf, (state.rhs[i] = v));
      }
    }
    if (state.rts !== rts) {
      const [lo, hi] = convexityBounds[rts];
      model.changeRowBounds(m + s, lo === -Infinity ? -inf : lo, hi === Infinity ? inf : hi);
      state.rts = rts;
    }
    // The slot carries the evaluated unit's own column unless the working set already has it.
    const slot = self >= 0 && !this.inWorking[self] ? self : -1;
    if (slot !== state.slot) {
      const w = m + s;
      for (let k = 0; k < w; k++) {
        const was = state.slot >= 0 ? this.scaled[state.slot * w + k] : 0;
        const now = slot >= 0 ? this.scaled[slot * w + k] : 0;
        if (was !== now) model.changeCoefficient(k, 1, now);
      }
      model.changeColBounds(1, 0, slot >= 0 ? inf : 0);
      if (state.phase2) model.changeColCost(1, slot >= 0 ? this.slackCost[slot] : 0);
      state.slot = slot;
    }
  }

  private run(model: Model): boolean {
    try {
      model.run();
    } catch {
      return false;
    }
    return model.getModelStatus() === this.highs.constants.modelStatus.optimal;
  }

  /**
   * Solves to the optimum of the full LP: solve over the working set, price every
   * other unit, add the ones that would improve the objective, repeat. False when
   * the LP over the working set has no optimum (the caller then asks the whole set).
   */
  private solve(state: ModelState): boolean {
    const { n, m, s } = this;
    const w = m + s;
    const maximise = !state.phase2 && this.orientation === 'output';
    for (let round = 0; ; round++) {
      if (!this.run(state.model)) return false;
      if (this.isWhole) return true;
      if (round >= MAX_ROUNDS) return false;
      const dual = state.model.getSolution().rowDual;
      const best: { j: number; d: number }[] = [];
      for (let j = 0; j < n; j++) {
        if (this.inWorking[j] || j === state.slot) continue;
        let d = state.phase2 ? this.slackCost[j] : 0;
        for (let k = 0; k < w; k++) d -= this.scaled[j * w + k] * dual[k];
        d -= dual[w];
        // Improving: a negative reduced cost when minimising, a positive one when maximising.
        const gain = maximise ? d : -d;
        if (gain > PRICING_TOLERANCE) {
          best.push({ j, d: gain });
          if (best.length > 4 * COLUMNS_PER_ROUND) {
            best.sort((a, b) => b.d - a.d);
            best.length = COLUMNS_PER_ROUND;
          }
        }
      }
      if (best.length === 0) return true;
      best.sort((a, b) => b.d - a.d);
      this.grow(best.slice(0, COLUMNS_PER_ROUND).map((b) => b.j));
    }
  }

  /**
   * Phase 1: θ (or φ) of the unit (x_o, y_o) against the reference set; `self`
   * is its index in the set when it belongs to it (−1 otherwise). Null when the
   * model has no solution (possible across periods, never for a unit of the
   * reference set itself) or when φ = 0 (no finite distance).
   */
  radial(xo: readonly number[], yo: readonly number[], rts: Rts, self = -1): RadialSolution | null {
    this.load(this.phase1, xo, yo, rts, self);
    if (!this.solve(this.phase1)) return this.isWhole ? null : this.wholeModel().radial(xo, yo, rts, self);
    // The objective is θ (φ) itself.
    const score = this.phase1.model.getObjectiveValue();
    if (!(score > 0) || !Number.isFinite(score)) return null;
    const efficiency = snapToOne(this.orientation === 'input' ? score : 1 / score);
    return { score: efficiency === 1 ? 1 : score, efficiency };
  }

  /**
   * Phase 2: with θ (φ) fixed at its phase-1 optimum, the λ that maximise the
   * sum of the slacks; slacks and targets in the data's units. Throws #N/A when
   * the model cannot be solved (a numerical failure).
   */
  slacks(xo: readonly number[], yo: readonly number[], rts: Rts, radial: RadialSolution, self = -1): SlackSolution {
    if (this.phase2 === null) this.phase2 = this.build(true);
    const state = this.phase2;
    this.load(state, xo, yo, rts, self);
    const score = radial.score;
    // Fixed at the optimum; if rounding makes that infeasible, allow a hair of
    // room in the direction that relaxes the model.
    const attempts: [number, number][] =
      this.orientation === 'input' ? [[score, score], [score, score * (1 + 1e-9)]] : [[score, score], [score * (1 - 1e-9), score]];
    let solved = false;
    for (const [lo, hi] of attempts) {
      state.model.changeColBounds(0, lo, hi);
      if ((solved = this.solve(state))) break;
    }
    if (!solved) {
      if (!this.isWhole) return this.wholeModel().slacks(xo, yo, rts, radial, self);
      throw fail('na', 'slackModelFailed', {});
    }
    const col = state.model.getSolution().colValue;
    const lambda = new Float64Array(this.n);
    if (state.slot >= 0) lambda[state.slot] = col[1];
    this.working.forEach((j, k) => (lambda[j] = col[2 + k]));
    for (let j = 0; j < this.n; j++) if (!(lambda[j] > PEER_TOLERANCE)) lambda[j] = 0;
    return this.report(xo, yo, col[0], lambda);
  }

  /** Slacks s⁻ = θx_o − Σλx, s⁺ = Σλy − y_o (φy_o in output orientation) and targets. */
  private report(xo: readonly number[], yo: readonly number[], score: number, lambda: Float64Array): SlackSolution {
    const { n, m, s, ref } = this;
    const input = this.orientation === 'input';
    const theta = input ? score : 1;
    const phi = input ? 1 : score;
    const inputSlacks: number[] = [];
    const outputSlacks: number[] = [];
    for (let i = 0; i < m; i++) {
      let used = 0;
      for (let j = 0; j < n; j++) if (lambda[j] !== 0) used += lambda[j] * ref.x[j][i];
      const slack = theta * xo[i] - used;
      inputSlacks.push(slack > 1e-8 * this.xScale[i] ? slack : 0);
    }
    for (let r = 0; r < s; r++) {
      let made = 0;
      for (let j = 0; j < n; j++) if (lambda[j] !== 0) made += lambda[j] * ref.y[j][r];
      const slack = made - phi * yo[r];
      outputSlacks.push(slack > 1e-8 * this.yScale[r] ? slack : 0);
    }
    return {
      lambda,
      inputSlacks,
      outputSlacks,
      inputTargets: xo.map((v, i) => theta * v - inputSlacks[i]),
      outputTargets: yo.map((v, r) => phi * v + outputSlacks[r]),
    };
  }
}

/** Loads the solver, builds the model of a reference set, runs `work`, and frees the model. */
export async function withEnvelopmentModel<T>(
  ref: DeaData,
  xScale: number[],
  yScale: number[],
  orientation: Orientation,
  work: (model: EnvelopmentModel) => Promise<T>,
): Promise<T> {
  const highs = await loadSolver();
  const model = new EnvelopmentModel(highs, ref, xScale, yScale, orientation);
  try {
    return await work(model);
  } finally {
    model.dispose();
  }
}

/** An error for one unit's cell when its own model fails (numerically; it is always feasible). */
export function unitFailure(unit: Who): DomainError {
  return fail('na', 'modelFailed', unit);
}

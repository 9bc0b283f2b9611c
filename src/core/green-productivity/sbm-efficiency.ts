/**
 * SBM_EFFICIENCY: Tone's slacks-based measure, with bad outputs (Tone 2003)
 * when `undesirable` is given, and super-SBM (Tone 2002) for the SBM-efficient
 * units when `super` is TRUE. The models are in green-models.ts.
 *
 * Data must be positive where the score divides by them: the inputs (non- and
 * input-oriented) and the good and bad outputs (non- and output-oriented) of
 * the unit evaluated. A zero there is #NUM! in that unit's cell only; zeros of
 * other units' data are fine. (deaR instead replaces zero outputs by a small
 * number and drops zero inputs from the sum; the help says what to do.)
 * A unit whose inputs or good outputs are all 0 is #NUM! in its own cell too, and
 * is left out of the frontier: with no inputs it would let the others' good
 * outputs grow without bound (green-data.ts, screenGreenUnits).
 *
 * Cost: one LP per unit, plus one per SBM-efficient unit with `super`.
 */
import type { Cell, DomainError } from '../shared/errors';
import { labelWho, type Who } from '../productivity';
import {
  type GreenData,
  greenScales,
  parseChoice,
  parseFlag,
  readGreenData,
  SBM_ORIENTATIONS,
  SBM_RTS,
  type SbmOrientation,
  type SbmRts,
  scaledSet,
  scaledUnit,
  screenGreenUnits,
  widths,
} from './green-data';
import { SbmModel, type SbmSolution } from './green-models';
import { fail, type RatioColumn } from './messages';
import { lpFailure, withModels } from './solve';

export interface SbmOptions {
  rts: SbmRts;
  orientation: SbmOrientation;
  superSbm: boolean;
}

export function parseSbmOptions(rts: unknown, orientation: unknown, superSbm: unknown): SbmOptions {
  return {
    rts: parseChoice('rts', rts, SBM_RTS, 'crs'),
    orientation: parseChoice('orientation', orientation, SBM_ORIENTATIONS, 'non'),
    superSbm: parseFlag('super', superSbm),
  };
}

/** One unit's result in the data's own units: ρ, the slacks of x, y, b, λ, and whether super-SBM gave it. */
export interface SbmUnit {
  rho: number;
  slacks: number[];
  lambda: Float64Array;
  super: boolean;
}

/** The column of unit o's data that the score divides by and that is not positive, or null. */
export function zeroInRatio(data: GreenData, o: number, orientation: SbmOrientation): RatioColumn | null {
  const { m, s, k } = widths(data);
  if (orientation !== 'output') for (let i = 0; i < m; i++) if (!(data.x[o][i] > 0)) return { column: 'input', index: i + 1 };
  if (orientation !== 'input') {
    for (let r = 0; r < s; r++) if (!(data.y[o][r] > 0)) return { column: 'output', index: r + 1 };
    for (let q = 0; q < k; q++) if (!(data.b[o][q] > 0)) return { column: 'undesirable output', index: q + 1 };
  }
  return null;
}

const unscale = (sol: SbmSolution, scale: Float64Array, isSuper: boolean): SbmUnit => ({
  rho: sol.rho,
  slacks: Array.from(sol.slacks, (v, c) => {
    const w = v * scale[c];
    return w > 1e-8 * scale[c] ? w : 0;
  }),
  lambda: sol.lambda,
  super: isSuper,
});

/**
 * SBM (and super-SBM) of every unit of a cross-section: the result of each, or its error. The units whose
 * inputs or good outputs are all 0 are left out of the frontier (their λ is 0) and get their error.
 * `label` gives a unit's label as unitLabels does, for the messages: its 1-based row number, or its name.
 */
export async function solveSbm(all: GreenData, options: SbmOptions, label: (o: number) => string | number): Promise<(SbmUnit | DomainError)[]> {
  const dim = widths(all);
  if (dim.s + dim.k === 0 && options.orientation !== 'input') throw fail('num', 'noOutputs', {});
  const who = (o: number): Who => labelWho(label(o));
  const { ref: data, kept, errors } = screenGreenUnits(all, who);
  const rated = await solveScreened(data, options, (o) => who(kept[o]));
  // The place of each unit kept among the units rated (−1 for those left out, which keep their error).
  const place = new Array<number>(all.x.length).fill(-1);
  kept.forEach((j, o) => (place[j] = o));
  return errors.map((e, j) => {
    if (e !== null) return e;
    const r = rated[place[j]];
    if (!('rho' in r)) return r;
    // λ over every unit given, 0 for those left out, so that peers keep their own names.
    const lambda = new Float64Array(all.x.length);
    r.lambda.forEach((w, i) => (lambda[kept[i]] = w));
    return { ...r, lambda };
  });
}

/** SBM (and super-SBM) of units that all have a positive input and a positive good output. */
async function solveScreened(data: GreenData, options: SbmOptions, who: (o: number) => Who): Promise<(SbmUnit | DomainError)[]> {
  const n = data.x.length;
  const dim = widths(data);
  const scale = greenScales(data);
  const ref = scaledSet(data, scale);
  return withModels(async (build, pacer) => {
    const sbm = build((highs) => new SbmModel(highs, ref, n, dim, options.orientation, false));
    const out: (SbmUnit | DomainError)[] = [];
    const efficient: number[] = [];
    for (let o = 0; o < n; o++) {
      const zero = zeroInRatio(data, o, options.orientation);
      if (zero !== null) {
        out.push(fail('num', 'zeroInRatio', { ...who(o), ...zero }));
        continue;
      }
      const r = sbm.evaluate(scaledUnit(data, o, scale), o, options.rts);
      if ('failure' in r) out.push(lpFailure(r.failure, who(o)));
      else {
        out.push(unscale(r, scale, false));
        if (r.rho === 1) efficient.push(o);
      }
      await pacer.tick();
    }
    if (options.superSbm && efficient.length > 0) {
      const superModel = build((highs) => new SbmModel(highs, ref, n, dim, options.orientation, true));
      for (const o of efficient) {
        const r = superModel.evaluate(scaledUnit(data, o, scale), o, options.rts);
        out[o] = 'failure' in r ? lpFailure(r.failure, { ...who(o), superSbm: true }) : unscale(r, scale, true);
        await pacer.tick();
      }
    }
    return out;
  });
}

/**
 * @param inputs one row per unit, one column per input (> 0)
 * @param outputs one row per unit, one column per good output (> 0)
 * @param undesirable one row per unit, one column per bad output (> 0), or omitted
 * @param rts "crs" (default) or "vrs"
 * @param orientation "non" (default), "input" or "output"
 * @param superSbm TRUE: super-SBM for the units with ρ = 1
 * @returns one ρ per unit; errors in the cells of units whose model fails
 */
export async function sbmEfficiency(
  inputs: unknown,
  outputs: unknown,
  undesirable: unknown = null,
  rts: unknown = 'crs',
  orientation: unknown = 'non',
  superSbm: unknown = false,
): Promise<Cell[]> {
  const options = parseSbmOptions(rts, orientation, superSbm);
  const data = readGreenData(inputs, outputs, undesirable, false);
  const units = await solveSbm(data, options, (o) => o + 1);
  return units.map((u) => ('rho' in u ? u.rho : u));
}

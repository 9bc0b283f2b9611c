/**
 * MALMQUIST_LUENBERGER: the Malmquist–Luenberger productivity index of a
 * balanced long panel with bad outputs, for each unit and pair of consecutive
 * periods t → t+1, with ML = EC × TC and values above 1 meaning progress.
 *
 * With P^a(c) the performance of a unit's period-c data against the period-a
 * frontier — 1/(1 + β) for the directional distance function (model "ddf"),
 * the SBM ρ for model "sbm" — both models take one form:
 *
 *   contemporaneous (Chung, Färe & Grosskopf 1997)
 *     ML = √[ P^t(t+1)/P^t(t) · P^{t+1}(t+1)/P^{t+1}(t) ]
 *     EC = P^{t+1}(t+1) / P^t(t),   TC = ML / EC
 *   global (Oh 2010): P^G against one frontier of all periods' data
 *     ML = P^G(t+1) / P^G(t),       EC as above,  TC = ML / EC (the best-practice gap change)
 *
 * which for "ddf" is the familiar (1 + D^t(t))/(1 + D^t(t+1)) form. The
 * mixed-period models P^t(t+1) and P^{t+1}(t) can have no solution (a unit
 * beyond the other period's frontier; notably under weak disposability and for
 * SBM): ML and TC of that row are then #N/A and EC, which needs no
 * mixed-period model, still computes. The global frontier contains every
 * evaluated point, so its models are always feasible. In mixed-period models
 * β may be negative (the point lies above the other frontier). A unit whose
 * inputs or good outputs are all 0 in a period has no performance there: ML, EC
 * and TC of its pairs with that period are #NUM!, and that row is left out of
 * every frontier (the period's and the global one); the rest computes as usual.
 *
 * Cost: contemporaneous, 3 LPs per unit and period (4 for the inner periods);
 * global, 2 per unit and period, the global ones over all rows of the panel
 * (by column generation when it is large).
 */
import type { Cell, DomainError } from '../shared/errors';
import { checkDeaDomain, degenerateUnit, readLongPanel, showUnit } from '../productivity';
import {
  DISPOSABILITIES,
  type GreenData,
  greenScales,
  parseChoice,
  readUndesirable,
  checkUndesirable,
  SBM_RTS,
  type SbmRts,
  scaledSet,
  scaledUnit,
  widths,
} from './green-data';
import { DdfModel, SbmModel } from './green-models';
import { type Evaluated, fail } from './messages';
import { zeroInRatio } from './sbm-efficiency';
import { lpFailure, withModels } from './solve';

export const MALMQUIST_LUENBERGER_HEADER = ['unit', 'from', 'to', 'ML', 'EC', 'TC'] as const;

const FRONTIERS = ['contemporaneous', 'global'] as const;
const MODELS = ['ddf', 'sbm'] as const;

/** The performance of one evaluation, or the error of the cells that need it. */
type Performance = number | DomainError;

/**
 * @param units the unit of each row; @param periods the period of each row (numbers)
 * @param inputs, outputs, undesirable one row per unit and period
 * @param frontier "contemporaneous" (default) or "global"
 * @param model "ddf" (default) or "sbm"
 * @param rts "crs" (default) or "vrs"
 * @param disposability "weak" (default) or "strong" (model "ddf")
 * @returns a header row, then one row per unit (in order of first appearance) and pair of consecutive periods
 */
export async function malmquistLuenberger(
  units: unknown,
  periods: unknown,
  inputs: unknown,
  outputs: unknown,
  undesirable: unknown,
  frontier: unknown = 'contemporaneous',
  model: unknown = 'ddf',
  rts: unknown = 'crs',
  disposability: unknown = 'weak',
): Promise<Cell[][]> {
  const front = parseChoice('frontier', frontier, FRONTIERS, 'contemporaneous');
  const kind = parseChoice('model', model, MODELS, 'ddf');
  const returns: SbmRts = parseChoice('rts', rts, SBM_RTS, 'crs');
  const dispose = parseChoice('disposability', disposability, DISPOSABILITIES, 'weak');
  if (undesirable === null || undesirable === undefined) readUndesirable(undesirable, 0, true);
  const panel = readLongPanel(units, periods, [
    ['inputs', inputs],
    ['outputs', outputs],
    ['undesirable', undesirable],
  ]);
  const [x, y, b] = panel.data;
  checkDeaDomain({ x, y });
  checkUndesirable(b);
  const all: GreenData = { x, y, b };
  const dim = widths(all);
  const U = panel.units.length;
  const T = panel.periods.length;
  const name = (u: number) => showUnit(panel.units[u]);
  const subset = (rows: number[]): GreenData => ({ x: rows.map((r) => x[r]), y: rows.map((r) => y[r]), b: rows.map((r) => b[r]) });
  // bad[t][u]: the error of unit u in period t when its inputs or good outputs are all 0, else null;
  // spans[t]: the units that span period t's frontier.
  const bad = panel.periods.map((p, t) => panel.row.map((r, u) => degenerateUnit(x[r[t]], y[r[t]], { unit: name(u), period: p })));
  const spans = bad.map((line) => line.flatMap((e, u) => (e === null ? [u] : [])));
  spans.forEach((units, t) => {
    if (units.length < 2) throw fail('na', 'tooFewRatedPanelUnits', { units: units.length, period: panel.periods[t] });
  });
  const good = panel.row.flatMap((r, u) => r.filter((_, t) => bad[t][u] === null));
  const scale = greenScales(subset(good));

  return withModels(async (build, pacer) => {
    /** An evaluator of panel rows against the frontier spanned by `refRows`. */
    const frontierOf = (refRows: number[]) => {
      const ref = scaledSet(subset(refRows), scale);
      const n = refRows.length;
      if (kind === 'ddf') {
        const lp = build((highs) => new DdfModel(highs, ref, n, dim, 'outputs', dispose));
        return (row: number, self: number, what: Evaluated): Performance => {
          const r = lp.evaluate(scaledUnit(all, row, scale), self, returns);
          if (!('score' in r)) return lpFailure(r.failure, what);
          return 1 + r.score > 0 ? 1 / (1 + r.score) : fail('num', 'distanceTooLow', what);
        };
      }
      const lp = build((highs) => new SbmModel(highs, ref, n, dim, 'non', false));
      return (row: number, self: number, what: Evaluated): Performance => {
        const zero = zeroInRatio(all, row, 'non');
        if (zero !== null) return fail('num', 'zeroInRatio', { ...what, ...zero });
        const r = lp.evaluate(scaledUnit(all, row, scale), self, returns);
        return 'failure' in r ? lpFailure(r.failure, what) : r.rho;
      };
    };
    const at = (u: number, t: number): Evaluated => ({ unit: name(u), period: panel.periods[t] });
    const across = (u: number, data: number, front: number): Evaluated => ({ ...at(u, data), frontier: panel.periods[front] });

    // own[t][u] = P^t(t); cross: ahead[t][u] = P^t(t+1), back[t][u] = P^t(t−1); global[t][u] = P^G(t).
    const own: Performance[][] = [];
    const ahead: Performance[][] = [];
    const back: Performance[][] = [];
    for (let t = 0; t < T; t++) {
      const evaluate = frontierOf(spans[t].map((u) => panel.row[u][t]));
      // The unit's place in period t's frontier; a unit-period left out is not evaluated (its error stands).
      const self = new Array<number>(U).fill(-1);
      spans[t].forEach((u, i) => (self[u] = i));
      const mine: Performance[] = [];
      const next: Performance[] = [];
      const prev: Performance[] = [];
      for (let u = 0; u < U; u++) {
        mine.push(bad[t][u] ?? evaluate(panel.row[u][t], self[u], at(u, t)));
        if (front === 'contemporaneous') {
          if (t < T - 1) next.push(bad[t + 1][u] ?? evaluate(panel.row[u][t + 1], -1, across(u, t + 1, t)));
          if (t > 0) prev.push(bad[t - 1][u] ?? evaluate(panel.row[u][t - 1], -1, across(u, t - 1, t)));
        }
        await pacer.tick();
      }
      own.push(mine);
      ahead.push(next);
      back.push(prev);
    }
    const global: Performance[][] = [];
    if (front === 'global') {
      const order = good;
      const place = new Map(order.map((r, i) => [r, i]));
      const evaluate = frontierOf(order);
      for (let t = 0; t < T; t++) {
        const line: Performance[] = [];
        for (let u = 0; u < U; u++) {
          line.push(bad[t][u] ?? evaluate(panel.row[u][t], place.get(panel.row[u][t])!, { ...at(u, t), global: true }));
          await pacer.tick();
        }
        global.push(line);
      }
    }

    const ratio = (a: Performance, c: Performance): Performance => (typeof a !== 'number' ? a : typeof c !== 'number' ? c : a / c);
    const table: Cell[][] = [[...MALMQUIST_LUENBERGER_HEADER]];
    for (let u = 0; u < U; u++) {
      for (let t = 0; t < T - 1; t++) {
        const degenerate = bad[t][u] ?? bad[t + 1][u];
        if (degenerate !== null) {
          table.push([panel.units[u], panel.periods[t], panel.periods[t + 1], degenerate, degenerate, degenerate]);
          continue;
        }
        const ec = ratio(own[t + 1][u], own[t][u]);
        let ml: Performance;
        if (front === 'global') ml = ratio(global[t + 1][u], global[t][u]);
        else {
          const first = ratio(ahead[t][u], own[t][u]);
          const second = ratio(own[t + 1][u], back[t + 1][u]);
          const product = ratio(first, typeof second === 'number' ? 1 / second : second);
          ml = typeof ec !== 'number' ? ec : typeof product === 'number' ? Math.sqrt(product) : product;
        }
        const tc = ratio(ml, ec);
        table.push([panel.units[u], panel.periods[t], panel.periods[t + 1], ml, ec, tc]);
      }
    }
    return table;
  });
}

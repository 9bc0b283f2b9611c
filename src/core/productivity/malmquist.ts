/**
 * MALMQUIST: the Malmquist productivity index of Färe, Grosskopf, Norris and
 * Zhang (1994) as DEAP 2.1 computes it, for a balanced panel in long format.
 *
 * With D^a(b) the CRS technical efficiency of a unit's period-b data against
 * the period-a frontier (θ, or 1/φ in output orientation: DEAP's distance
 * functions), for each unit and pair of consecutive periods t → t+1:
 *
 *   effch  = D^{t+1}(t+1) / D^t(t)
 *   techch = √[ D^t(t+1) / D^{t+1}(t+1) · D^t(t) / D^{t+1}(t) ]
 *   pech   = the same ratio as effch with VRS efficiencies, sech = effch / pech
 *   tfpch  = effch · techch
 *
 * Values above 1 are progress in both orientations. Contemporaneous frontiers:
 * each period's frontier is built from that period's data only. Under CRS input
 * and output efficiencies agree, so only pech and sech depend on the orientation.
 * The cross-period models D^t(t+1) and D^{t+1}(t) can have no solution (a unit
 * making an output no unit of the other period makes): then techch and tfpch of
 * that unit and pair are #N/A, and the other cells still compute.
 * A unit whose inputs or outputs are all 0 in a period has no efficiency there: the five indices of its
 * pairs with that period are #NUM!, and it is left out of that period's frontier (dea-model.ts,
 * degenerateUnit); its other periods, and the other units, compute as usual.
 *
 * Cost: four LPs per unit and period (own CRS, own VRS, two cross-period CRS).
 */
import type { Cell, DomainError } from '../shared/errors';
import { checkDeaDomain, columnScales, degenerateUnit, parseOrientation, type RadialSolution, unitFailure, withEnvelopmentModel } from './dea-model';
import { readLongPanel, showUnit as show, type UnitId } from './long-panel';
import { Pacer } from '../shared/pacer';
import { fail } from './messages';

export { MAX_PANEL_ROWS } from './long-panel';

export const MALMQUIST_HEADER = ['unit', 'from', 'to', 'effch', 'techch', 'pech', 'sech', 'tfpch'] as const;

interface Panel {
  units: UnitId[];
  periods: number[];
  /** row[u][t]: the input row of unit u in period t. */
  row: number[][];
  x: number[][];
  y: number[][];
}

/** Reads the long-format panel of inputs and outputs and checks the DEA data rule. */
function readPanel(units: unknown, periods: unknown, inputs: unknown, outputs: unknown): Panel {
  const panel = readLongPanel(units, periods, [
    ['inputs', inputs],
    ['outputs', outputs],
  ]);
  const [x, y] = panel.data;
  checkDeaDomain({ x, y });
  return { units: panel.units, periods: panel.periods, row: panel.row, x, y };
}

/**
 * @param units the unit of each row (names or numbers)
 * @param periods the period of each row (numbers, e.g. years)
 * @param inputs one row per unit and period, one column per input
 * @param outputs one row per unit and period, one column per output
 * @param orientation "input" (default) or "output"
 * @returns a header row, then per unit (in order of first appearance) and pair of
 *   consecutive periods: unit, from, to, effch, techch, pech, sech, tfpch
 */
export async function malmquist(units: unknown, periods: unknown, inputs: unknown, outputs: unknown, orientation: unknown = 'input'): Promise<Cell[][]> {
  const orient = parseOrientation(orientation ?? 'input');
  const panel = readPanel(units, periods, inputs, outputs);
  const { x, y, row } = panel;
  const U = panel.units.length;
  const T = panel.periods.length;
  // bad[k][u]: the error of unit u in period k when its inputs or outputs are all 0, else null.
  const bad = panel.periods.map((t, k) => row.map((r, u) => degenerateUnit(x[r[k]], y[r[k]], { unit: show(panel.units[u]), period: t })));
  // front[k]: the units that span period k's frontier.
  const front = bad.map((line) => line.flatMap((e, u) => (e === null ? [u] : [])));
  front.forEach((units, k) => {
    if (units.length < 2) throw fail('na', 'tooFewRatedPanelUnits', { units: units.length, period: panel.periods[k] });
  });
  const good = panel.row.flatMap((r, u) => r.filter((_, k) => bad[k][u] === null));
  const xScale = columnScales(good.map((r) => x[r]));
  const yScale = columnScales(good.map((r) => y[r]));
  const pacer = new Pacer();

  // own[k][u]: CRS and VRS of unit u's period-k data against frontier k;
  // back[k][u]: period k−1 data against frontier k; ahead[k][u]: period k+1 data against frontier k.
  const ownCrs: (RadialSolution | null)[][] = [];
  const ownVrs: (RadialSolution | null)[][] = [];
  const back: (RadialSolution | null)[][] = [];
  const ahead: (RadialSolution | null)[][] = [];
  for (let k = 0; k < T; k++) {
    const frontier = { x: front[k].map((u) => x[row[u][k]]), y: front[k].map((u) => y[row[u][k]]) };
    // The unit's place in period k's frontier (its own data there), or −1 when it is left out.
    const self = new Array<number>(U).fill(-1);
    front[k].forEach((u, i) => (self[u] = i));
    await withEnvelopmentModel(frontier, xScale, yScale, orient, async (lp) => {
      const crs: (RadialSolution | null)[] = [];
      const vrs: (RadialSolution | null)[] = [];
      const before: (RadialSolution | null)[] = [];
      const after: (RadialSolution | null)[] = [];
      // A unit-period left out of the frontiers is not evaluated either (its cells take its own error).
      const rate = (u: number, t: number, own: boolean, rts: 'crs' | 'vrs') =>
        bad[t][u] !== null ? null : lp.radial(x[row[u][t]], y[row[u][t]], rts, own ? self[u] : -1);
      for (let u = 0; u < U; u++) {
        crs.push(rate(u, k, true, 'crs'));
        if (k > 0) before.push(rate(u, k - 1, false, 'crs'));
        if (k < T - 1) after.push(rate(u, k + 1, false, 'crs'));
        await pacer.tick();
      }
      for (let u = 0; u < U; u++) {
        vrs.push(rate(u, k, true, 'vrs'));
        await pacer.tick();
      }
      ownCrs.push(crs);
      ownVrs.push(vrs);
      back.push(before);
      ahead.push(after);
    });
  }

  const table: Cell[][] = [[...MALMQUIST_HEADER]];
  for (let u = 0; u < U; u++) {
    const name = show(panel.units[u]);
    for (let k = 0; k < T - 1; k++) {
      const [from, to] = [panel.periods[k], panel.periods[k + 1]];
      const degenerate = bad[k][u] ?? bad[k + 1][u];
      if (degenerate !== null) {
        table.push([panel.units[u], from, to, ...new Array<Cell>(5).fill(degenerate)]);
        continue;
      }
      const ownFailure = (t: number): DomainError => unitFailure({ unit: name, period: t });
      const crossFailure = (data: number, frontier: number): DomainError => fail('na', 'crossPeriodInfeasible', { unit: name, data, frontier });
      const c0 = ownCrs[k][u]?.efficiency;
      const c1 = ownCrs[k + 1][u]?.efficiency;
      const v0 = ownVrs[k][u]?.efficiency;
      const v1 = ownVrs[k + 1][u]?.efficiency;
      const d01 = ahead[k][u]?.efficiency; // period k+1 data, frontier k
      const d10 = back[k + 1][u]?.efficiency; // period k data, frontier k+1
      const own = c0 === undefined ? ownFailure(from) : c1 === undefined ? ownFailure(to) : null;
      const effch: Cell = own ?? c1! / c0!;
      const pech: Cell = v0 === undefined ? ownFailure(from) : v1 === undefined ? ownFailure(to) : v1 / v0;
      const sech: Cell = typeof effch !== 'number' ? effch : typeof pech !== 'number' ? pech : effch / pech;
      let techch: Cell;
      if (own) techch = own;
      else if (d01 === undefined) techch = crossFailure(to, from);
      else if (d10 === undefined) techch = crossFailure(from, to);
      else techch = Math.sqrt((d01 / c1!) * (c0! / d10));
      const tfpch: Cell = typeof techch !== 'number' ? techch : (effch as number) * techch;
      table.push([panel.units[u], from, to, effch, techch, pech, sech, tfpch]);
    }
  }
  return table;
}

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
 *
 * Cost: four LPs per unit and period (own CRS, own VRS, two cross-period CRS).
 */
import { type Cell, type DomainError, notAvailable } from '../shared/errors';
import { checkDeaDomain, columnScales, parseOrientation, type RadialSolution, withEnvelopmentModel } from './dea-model';
import { readLongPanel, showUnit as show, type UnitId } from './long-panel';
import { Pacer } from '../shared/pacer';

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
  const xScale = columnScales(x);
  const yScale = columnScales(y);
  const pacer = new Pacer();

  // own[k][u]: CRS and VRS of unit u's period-k data against frontier k;
  // back[k][u]: period k−1 data against frontier k; ahead[k][u]: period k+1 data against frontier k.
  const ownCrs: (RadialSolution | null)[][] = [];
  const ownVrs: (RadialSolution | null)[][] = [];
  const back: (RadialSolution | null)[][] = [];
  const ahead: (RadialSolution | null)[][] = [];
  for (let k = 0; k < T; k++) {
    const frontier = { x: row.map((r) => x[r[k]]), y: row.map((r) => y[r[k]]) };
    await withEnvelopmentModel(frontier, xScale, yScale, orient, async (lp) => {
      const crs: (RadialSolution | null)[] = [];
      const vrs: (RadialSolution | null)[] = [];
      const before: (RadialSolution | null)[] = [];
      const after: (RadialSolution | null)[] = [];
      for (let u = 0; u < U; u++) {
        crs.push(lp.radial(x[row[u][k]], y[row[u][k]], 'crs', u));
        if (k > 0) before.push(lp.radial(x[row[u][k - 1]], y[row[u][k - 1]], 'crs'));
        if (k < T - 1) after.push(lp.radial(x[row[u][k + 1]], y[row[u][k + 1]], 'crs'));
        await pacer.tick();
      }
      for (let u = 0; u < U; u++) {
        vrs.push(lp.radial(x[row[u][k]], y[row[u][k]], 'vrs', u));
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
      const ownFailure = (t: number): DomainError => notAvailable(`the model of unit ${name} in period ${t} could not be solved`);
      const crossFailure = (data: number, frontier: number): DomainError =>
        notAvailable(`the cross-period model of unit ${name} (period ${data} data against the period ${frontier} frontier) has no solution`);
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

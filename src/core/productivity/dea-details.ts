/**
 * DEA_DETAILS: DEAP's full report for each unit, as one table under a header
 * row: the efficiency under the chosen returns to scale, CRS and VRS technical
 * efficiency, scale efficiency CRS/VRS, the nature of returns to scale from
 * the NIRS test, the phase-2 slacks and targets of every input and output,
 * and the peers (units with λ > 0) with their weights.
 *
 * Cost: three or four phase-1 LPs per unit (CRS, VRS, NIRS and the chosen
 * returns to scale) plus one phase-2 LP per unit.
 */
import type { Cell } from '../shared/errors';
import {
  columnScales,
  parseOrientation,
  parseRts,
  pick,
  readDeaData,
  type RadialSolution,
  type Rts,
  screenUnits,
  unitFailure,
  withEnvelopmentModel,
} from './dea-model';
import { Pacer } from '../shared/pacer';
import { fail, type Who } from './messages';

/** Two efficiencies closer than this are equal in the scale tests. */
const SCALE_TOLERANCE = 1e-6;

/** The header of the table: fixed columns, then one per input and output. */
export function deaDetailsHeader(inputs: number, outputs: number): string[] {
  const each = (what: string, kind: string, k: number) => Array.from({ length: k }, (_, i) => `${what} ${kind} ${i + 1}`);
  return [
    'unit',
    'efficiency',
    'crs te',
    'vrs te',
    'scale efficiency',
    'returns to scale',
    ...each('slack', 'input', inputs),
    ...each('slack', 'output', outputs),
    ...each('target', 'input', inputs),
    ...each('target', 'output', outputs),
    'peers',
  ];
}

/** A peer weight as text: two decimals, or two significant digits when smaller than 0.01. */
export function formatWeight(w: number): string {
  return w >= 0.01 ? w.toFixed(2) : w.toPrecision(2);
}

/**
 * DEAP's returns-to-scale label: "crs" when scale efficiency is 1; otherwise
 * "drs" when the NIRS efficiency equals the VRS efficiency, else "irs".
 */
export function returnsToScale(crs: number, vrs: number, nirs: number): 'crs' | 'drs' | 'irs' {
  if (Math.abs(crs / vrs - 1) < SCALE_TOLERANCE) return 'crs';
  return Math.abs(vrs - nirs) < SCALE_TOLERANCE ? 'drs' : 'irs';
}

/**
 * @param inputs one row per unit, one column per input
 * @param outputs one row per unit, one column per output
 * @param rts "crs" (default), "vrs", "nirs" or "ndrs": the model of the efficiency, slacks, targets and peers
 * @param orientation "input" (default) or "output"
 * @param names one label per unit (optional; default the 1-based row number)
 * @returns the header row, then one row per unit; a unit whose inputs or outputs are all 0 has its name and
 *   #NUM! in every other cell, and is left out of the frontier (and so of every peer list)
 */
export async function deaDetails(
  inputs: unknown,
  outputs: unknown,
  rts: unknown = 'crs',
  orientation: unknown = 'input',
  names: unknown = null,
): Promise<Cell[][]> {
  const chosen = parseRts(rts ?? 'crs');
  const orient = parseOrientation(orientation ?? 'input');
  const all = readDeaData(inputs, outputs);
  const labels = unitLabels(names, all.x.length);
  const unitWho = (o: number) => labelWho(labels[o]);
  // The units DEA can rate span the frontier; the others keep their row, with their error in every cell.
  const { kept, errors } = screenUnits(all.x, all.y, unitWho);
  const data = { x: pick(all.x, kept), y: pick(all.y, kept) };
  const n = data.x.length;
  const xScale = columnScales(data.x);
  const yScale = columnScales(data.y);
  const m = data.x[0].length;
  const s = data.y[0].length;

  return withEnvelopmentModel(data, xScale, yScale, orient, async (lp) => {
    const pacer = new Pacer();
    const radial = new Map<Rts, (RadialSolution | null)[]>();
    for (const model of new Set<Rts>(['crs', 'vrs', 'nirs', chosen])) {
      const scores: (RadialSolution | null)[] = [];
      for (let o = 0; o < n; o++) {
        scores.push(lp.radial(data.x[o], data.y[o], model, o));
        await pacer.tick();
      }
      radial.set(model, scores);
    }
    const table: Cell[][] = [deaDetailsHeader(m, s)];
    const width = 5 + 2 * (m + s) + 1;
    const rows = errors.map((e, u): Cell[] => (e === null ? [] : [labels[u], ...new Array<Cell>(width).fill(e)]));
    for (let o = 0; o < n; o++) {
      const failure = () => unitFailure(unitWho(kept[o]));
      const [own, crs, vrs, nirs] = (['chosen', 'crs', 'vrs', 'nirs'] as const).map((k) => radial.get(k === 'chosen' ? chosen : k)![o]);
      const row: Cell[] = [labels[kept[o]]];
      row.push(own ? own.efficiency : failure(), crs ? crs.efficiency : failure(), vrs ? vrs.efficiency : failure());
      if (crs && vrs && nirs) row.push(crs.efficiency / vrs.efficiency, returnsToScale(crs.efficiency, vrs.efficiency, nirs.efficiency));
      else row.push(failure(), failure());
      if (own) {
        try {
          const sol = lp.slacks(data.x[o], data.y[o], chosen, own, o);
          const peers: string[] = [];
          sol.lambda.forEach((w, j) => {
            if (w > 0) peers.push(`${labels[kept[j]]} ${formatWeight(w)}`);
          });
          row.push(...sol.inputSlacks, ...sol.outputSlacks, ...sol.inputTargets, ...sol.outputTargets, peers.join('; '));
        } catch (e) {
          row.push(...new Array<Cell>(2 * (m + s) + 1).fill(e as Cell));
        }
      } else {
        row.push(...new Array<Cell>(2 * (m + s) + 1).fill(failure()));
      }
      rows[kept[o]] = row;
      await pacer.tick();
    }
    table.push(...rows);
    return table;
  });
}

/** The names of the units, or their 1-based row numbers; a blank name falls back to the row number. */
export function unitLabels(names: unknown, n: number): (string | number)[] {
  if (names === null || names === undefined) return Array.from({ length: n }, (_, i) => i + 1);
  const flat = Array.isArray(names) ? (names as unknown[]).flat() : [names];
  if (flat.length !== n) throw fail('value', 'namesLength', { units: n, names: flat.length });
  return flat.map((v, i) => (v === null || v === undefined || v === '' ? i + 1 : String(v)));
}

/** A unit of unitLabels as the messages name it: its row ("row 3"), or its name in quotes. */
export const labelWho = (label: string | number): Who => (typeof label === 'number' ? { row: label } : { name: label });

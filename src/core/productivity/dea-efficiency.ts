/**
 * DEA_EFFICIENCY: radial technical efficiency of each unit, DEAP's conventions.
 * Input orientation reports θ; output orientation reports 1/φ (≤ 1). See dea-model.ts.
 *
 * Cost: one LP of n + 1 variables and m + s + 1 rows per unit, warm-started
 * from the previous unit's basis.
 */
import type { Cell } from '../shared/errors';
import { parseOrientation, parseRts, pick, readDeaData, screenUnits, unitFailure, withEnvelopmentModel, columnScales } from './dea-model';
import { Pacer } from '../shared/pacer';

/**
 * @param inputs one row per unit, one column per input (≥ 0, a positive one per unit)
 * @param outputs one row per unit, one column per output (≥ 0, a positive one per unit)
 * @param rts "crs" (default, CCR), "vrs" (BCC), "nirs" or "ndrs"
 * @param orientation "input" (default) or "output"
 * @returns one efficiency in (0, 1] per unit; #N/A in a unit's cell if its LP fails; #NUM! in the cell of a unit
 *   whose inputs or outputs are all 0, which is left out of the frontier (the others are as without it)
 * @throws #VALUE! for blanks, text or rows that do not match; #N/A for fewer than 2 units (that DEA can rate);
 *   #NUM! for a negative value
 */
export async function deaEfficiency(inputs: unknown, outputs: unknown, rts: unknown = 'crs', orientation: unknown = 'input'): Promise<Cell[]> {
  const model = parseRts(rts ?? 'crs');
  const orient = parseOrientation(orientation ?? 'input');
  const all = readDeaData(inputs, outputs);
  const { kept, errors } = screenUnits(all.x, all.y, (o) => ({ row: o + 1 }));
  const data = { x: pick(all.x, kept), y: pick(all.y, kept) };
  const xScale = columnScales(data.x);
  const yScale = columnScales(data.y);
  return withEnvelopmentModel(data, xScale, yScale, orient, async (lp) => {
    const pacer = new Pacer();
    const out: Cell[] = errors.map((e) => e ?? '');
    for (let k = 0; k < kept.length; k++) {
      const sol = lp.radial(data.x[k], data.y[k], model, k);
      out[kept[k]] = sol === null ? unitFailure({ row: kept[k] + 1 }) : sol.efficiency;
      await pacer.tick();
    }
    return out;
  });
}

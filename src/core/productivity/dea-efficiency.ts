/**
 * DEA_EFFICIENCY: radial technical efficiency of each unit, DEAP's conventions.
 * Input orientation reports θ; output orientation reports 1/φ (≤ 1). See dea-model.ts.
 *
 * Cost: one LP of n + 1 variables and m + s + 1 rows per unit, warm-started
 * from the previous unit's basis.
 */
import type { Cell } from '../shared/errors';
import { parseOrientation, parseRts, readDeaData, unitFailure, withEnvelopmentModel, columnScales } from './dea-model';
import { Pacer } from '../shared/pacer';

/**
 * @param inputs one row per unit, one column per input (≥ 0, a positive one per unit)
 * @param outputs one row per unit, one column per output (≥ 0, a positive one per unit)
 * @param rts "crs" (default, CCR), "vrs" (BCC), "nirs" or "ndrs"
 * @param orientation "input" (default) or "output"
 * @returns one efficiency in (0, 1] per unit; #N/A in a unit's cell if its LP fails
 * @throws #VALUE! for blanks, text or rows that do not match; #N/A for fewer than 2 units; #NUM! for data outside the DEA rule
 */
export async function deaEfficiency(inputs: unknown, outputs: unknown, rts: unknown = 'crs', orientation: unknown = 'input'): Promise<Cell[]> {
  const model = parseRts(rts ?? 'crs');
  const orient = parseOrientation(orientation ?? 'input');
  const data = readDeaData(inputs, outputs);
  const xScale = columnScales(data.x);
  const yScale = columnScales(data.y);
  return withEnvelopmentModel(data, xScale, yScale, orient, async (lp) => {
    const pacer = new Pacer();
    const out: Cell[] = [];
    for (let o = 0; o < data.x.length; o++) {
      const sol = lp.radial(data.x[o], data.y[o], model, o);
      out.push(sol === null ? unitFailure(`row ${o + 1}`) : sol.efficiency);
      await pacer.tick();
    }
    return out;
  });
}

/**
 * DEA_SUPER_EFFICIENCY: Andersen–Petersen radial super-efficiency. Each unit is
 * evaluated, with DEA_EFFICIENCY's model and conventions, against the frontier
 * of the other units only, so efficient units score ≥ 1 and can be ranked
 * (inefficient units keep their DEA_EFFICIENCY score). Input orientation
 * reports θ, output orientation 1/φ. Under "vrs" (and "nirs", "ndrs") the model
 * of an extreme unit can have no solution: #N/A in that unit's cell.
 *
 * Cost: one LP per unit, warm-started from the previous unit's basis.
 */
import type { Cell } from '../shared/errors';
import { parseOrientation, parseRts } from '../productivity';
import { greenScales, readGreenData, scaledSet, scaledUnit, screenGreenUnits } from './green-data';
import { RadialSuperModel } from './green-models';
import { lpFailure, withModels } from './solve';

/**
 * @param inputs one row per unit, one column per input (≥ 0, a positive one per unit)
 * @param outputs one row per unit, one column per output (≥ 0, a positive one per unit)
 * @param rts "crs" (default), "vrs", "nirs" or "ndrs"
 * @param orientation "input" (default) or "output"
 * @returns one super-efficiency per unit (> 0; ≥ 1 for the efficient); #N/A where the model has no solution;
 *   #NUM! for a unit whose inputs or outputs are all 0, which is left out of every other unit's frontier
 */
export async function deaSuperEfficiency(inputs: unknown, outputs: unknown, rts: unknown = 'crs', orientation: unknown = 'input'): Promise<Cell[]> {
  const model = parseRts(rts ?? 'crs');
  const orient = parseOrientation(orientation ?? 'input');
  const all = readGreenData(inputs, outputs, null, false);
  const { ref: data, kept, errors } = screenGreenUnits(all, (o) => ({ row: o + 1 }));
  const n = data.x.length;
  const dim = { m: data.x[0].length, s: data.y[0].length, k: 0 };
  const scale = greenScales(data);
  return withModels(async (build, pacer) => {
    const lp = build((highs) => new RadialSuperModel(highs, scaledSet(data, scale), n, dim, orient));
    const out: Cell[] = errors.map((e) => e ?? '');
    for (let o = 0; o < n; o++) {
      const r = lp.evaluate(scaledUnit(data, o, scale), o, model);
      out[kept[o]] = 'score' in r ? r.score : lpFailure(r.failure, { row: kept[o] + 1 });
      await pacer.tick();
    }
    return out;
  });
}

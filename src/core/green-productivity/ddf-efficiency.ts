/**
 * DDF_EFFICIENCY: the environmental directional distance function. β is the
 * largest expansion of the good outputs and contraction of the bad outputs
 * (and, with direction "all", of the inputs), in proportion to the unit's own
 * values, that the frontier allows: 0 on the frontier, larger further inside.
 * Bad outputs are weakly disposable by default (they can be reduced only
 * together with the good outputs: equalities, Chung, Färe & Grosskopf 1997) or
 * strongly disposable (inequalities, as in Aparicio, Pastor & Zofío 2013 and
 * DataEnvelopmentAnalysis.jl). The model is in green-models.ts.
 *
 * Cost: one LP per unit, warm-started from the previous unit's basis.
 */
import type { Cell } from '../shared/errors';
import {
  DDF_DIRECTIONS,
  DISPOSABILITIES,
  greenScales,
  parseChoice,
  readGreenData,
  SBM_RTS,
  scaledSet,
  scaledUnit,
  screenGreenUnits,
  widths,
} from './green-data';
import { DdfModel } from './green-models';
import { lpFailure, withModels } from './solve';

/**
 * @param inputs one row per unit, one column per input (≥ 0)
 * @param outputs one row per unit, one column per good output (≥ 0)
 * @param undesirable one row per unit, one column per bad output (≥ 0)
 * @param direction "outputs" (default, g = (0, y, b)) or "all" (g = (x, y, b))
 * @param rts "crs" (default) or "vrs"
 * @param disposability "weak" (default) or "strong"
 * @returns one β ≥ 0 per unit; #NUM! for a unit whose inputs or good outputs are all 0, which is left out of the frontier
 */
export async function ddfEfficiency(
  inputs: unknown,
  outputs: unknown,
  undesirable: unknown,
  direction: unknown = 'outputs',
  rts: unknown = 'crs',
  disposability: unknown = 'weak',
): Promise<Cell[]> {
  const dir = parseChoice('direction', direction, DDF_DIRECTIONS, 'outputs');
  const returns = parseChoice('rts', rts, SBM_RTS, 'crs');
  const dispose = parseChoice('disposability', disposability, DISPOSABILITIES, 'weak');
  const all = readGreenData(inputs, outputs, undesirable, true);
  const { ref: data, kept, errors } = screenGreenUnits(all, (o) => ({ row: o + 1 }));
  const n = data.x.length;
  const scale = greenScales(data);
  return withModels(async (build, pacer) => {
    const lp = build((highs) => new DdfModel(highs, scaledSet(data, scale), n, widths(data), dir, dispose));
    const out: Cell[] = errors.map((e) => e ?? '');
    for (let o = 0; o < n; o++) {
      const r = lp.evaluate(scaledUnit(data, o, scale), o, returns);
      out[kept[o]] = 'score' in r ? Math.max(0, r.score) : lpFailure(r.failure, { row: kept[o] + 1 });
      await pacer.tick();
    }
    return out;
  });
}

/**
 * SBM_DETAILS: SBM_EFFICIENCY's full report, one row per unit under a header
 * row: the name, ρ, the slack of every input, good and bad output, the
 * targets, and the peers (units with λ > 0) with their λ.
 *
 * For an SBM unit the targets are the projection on the frontier:
 * x − s⁻, y + sᵍ, b − sᵇ. For a unit scored by super-SBM (`super` TRUE, ρ ≥ 1)
 * the slacks are those of the super-SBM model, the amounts by which its inputs
 * and bad outputs could rise and its good outputs fall before it would leave
 * the frontier of the other units, and the targets are that point:
 * x + s⁻, y − s⁺, b + sᵇ. Where slacks are not unique (a degenerate LP), the
 * solver's optimal vertex is reported, as deaR and DEA-SOLVER do.
 */
import type { Cell } from '../shared/errors';
import { formatWeight, PEER_TOLERANCE, unitLabels } from '../productivity';
import { readGreenData, widths } from './green-data';
import { parseSbmOptions, solveSbm } from './sbm-efficiency';

/** The header: fixed columns, then one per input, good output and bad output. */
export function sbmDetailsHeader(m: number, s: number, k: number): string[] {
  const each = (what: string, letter: string, count: number) => Array.from({ length: count }, (_, i) => `${what} ${letter}${i + 1}`);
  return [
    'name',
    'efficiency',
    ...each('slack', 'x', m),
    ...each('slack', 'y', s),
    ...each('slack', 'b', k),
    ...each('target', 'x', m),
    ...each('target', 'y', s),
    ...each('target', 'b', k),
    'peers',
  ];
}

/**
 * @param names one label per unit (optional; default the 1-based row number)
 * @returns the header row, then one row per unit
 */
export async function sbmDetails(
  inputs: unknown,
  outputs: unknown,
  undesirable: unknown = null,
  rts: unknown = 'crs',
  orientation: unknown = 'non',
  superSbm: unknown = false,
  names: unknown = null,
): Promise<Cell[][]> {
  const options = parseSbmOptions(rts, orientation, superSbm);
  const data = readGreenData(inputs, outputs, undesirable, false);
  const n = data.x.length;
  const labels = unitLabels(names, n);
  const { m, s, k } = widths(data);
  const results = await solveSbm(data, options, (o) => labels[o]);
  const table: Cell[][] = [sbmDetailsHeader(m, s, k)];
  results.forEach((u, o) => {
    if (!('rho' in u)) {
      table.push([labels[o], ...new Array<Cell>(2 * (m + s + k) + 2).fill(u)]);
      return;
    }
    // Direction of each slack from the unit to its target: SBM x −, y +, b −; super-SBM the reverse.
    const sign = u.super ? [1, -1, 1] : [-1, 1, -1];
    const own = [...data.x[o], ...data.y[o], ...(k > 0 ? data.b[o] : [])];
    const targets = own.map((v, c) => v + sign[c < m ? 0 : c < m + s ? 1 : 2] * u.slacks[c]);
    const peers: string[] = [];
    u.lambda.forEach((w, j) => {
      if (w > PEER_TOLERANCE) peers.push(`${labels[j]} ${formatWeight(w)}`);
    });
    table.push([labels[o], u.rho, ...u.slacks, ...targets, peers.join('; ')]);
  });
  return table;
}

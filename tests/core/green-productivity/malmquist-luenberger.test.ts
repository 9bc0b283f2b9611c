/**
 * MALMQUIST_LUENBERGER: the published ML values over 2 and 3 periods
 * (DataEnvelopmentAnalysis.jl, strong disposability), and the identities that
 * hold for any panel: ML = EC × TC in every row; the global index chains (the
 * product of a unit's GML over the years is P^G(last)/P^G(first)); and global GML and EC are ratios of the
 * cross-section scores of SBM_EFFICIENCY and DDF_EFFICIENCY over the pooled
 * panel and over each year.
 */
import { malmquistLuenberger } from '../../../src/core/green-productivity/malmquist-luenberger';
import type { DomainError } from '../../../src/core/shared/errors';
import { sbmEfficiency } from '../../../src/core/green-productivity/sbm-efficiency';
import { ddfEfficiency } from '../../../src/core/green-productivity/ddf-efficiency';
import { column, kindOf, longPanel, num, vectorCase } from './green-data';

const apz = vectorCase('ddf_environmental_APZ_published');
const periodsOf = (k: number) => Array.from({ length: 5 * k }, (_, r) => [1 + Math.floor(r / 5)]);
const unitsOf = (k: number) => Array.from({ length: 5 * k }, (_, r) => [1 + (r % 5)]);
const keys = ['Y_t1', 'Y_t2', 'Y_t3'];

function apzPanel(k: number) {
  const x = Array.from({ length: 5 * k }, () => [1]);
  const y = column(keys.slice(0, k).flatMap((key) => apz.inputs[key] as number[]));
  const b = column(keys.slice(0, k).flatMap((key) => apz.inputs[key.replace('Y', 'B')] as number[]));
  return [unitsOf(k), periodsOf(k), x, y, b] as const;
}

describe('MALMQUIST_LUENBERGER on the published example', () => {
  it('two periods: ML, EC (MLEC) and TC (MLTC)', async () => {
    const table = await malmquistLuenberger(...apzPanel(2), 'contemporaneous', 'ddf', 'crs', 'strong');
    expect(table[0]).toEqual(['unit', 'from', 'to', 'ML', 'EC', 'TC']);
    ['ML_t1_t2', 'MLEC_t1_t2', 'MLTC_t1_t2'].forEach((key, k) =>
      (apz.expected[key] as number[]).forEach((v, u) => expect(num(table[u + 1][3 + k])).toBeCloseTo(v, 8)),
    );
  });

  it('three periods: both pairs of every unit, units in order of first appearance', async () => {
    const table = await malmquistLuenberger(...apzPanel(3), null, null, null, 'strong');
    expect(table.slice(1).map((r) => r.slice(0, 3))).toEqual([1, 2, 3, 4, 5].flatMap((u) => [[u, 1, 2], [u, 2, 3]]));
    ['ML_3periods', 'MLEC_3periods', 'MLTC_3periods'].forEach((key, k) =>
      (apz.expected[key] as number[][]).forEach((pair, p) => pair.forEach((v, u) => expect(num(table[1 + 2 * u + p][3 + k])).toBeCloseTo(v, 8))),
    );
  });
});

describe('MALMQUIST_LUENBERGER identities on a seeded panel (10 units × 5 years)', () => {
  const p = longPanel(10, 5, 3);
  const args = [p.units, p.periods, p.inputs, p.outputs, p.undesirable] as const;
  const options = [
    ['contemporaneous', 'ddf', 'crs', 'strong'],
    ['contemporaneous', 'ddf', 'vrs', 'weak'],
    ['contemporaneous', 'sbm', 'crs', null],
    ['global', 'ddf', 'crs', 'weak'],
    ['global', 'sbm', 'vrs', null],
  ] as const;

  it.each(options)('ML = EC × TC in every row that computes (%s %s %s %s)', async (frontier, model, rts, disposability) => {
    const table = await malmquistLuenberger(...args, frontier, model, rts, disposability);
    expect(table.length).toBe(1 + 10 * 4);
    for (const row of table.slice(1)) {
      if (typeof row[3] === 'number') expect(row[3]).toBeCloseTo(num(row[4]) * num(row[5]), 12);
      else {
        // Only mixed-period models fail, and then ML and TC together, with EC still computed.
        expect(frontier).toBe('contemporaneous');
        expect([kindOf(row[3]), kindOf(row[5]), kindOf(row[4])]).toEqual(['na', 'na', 'number']);
        expect((row[3] as DomainError).message).toMatch(/data against the period \d+ frontier\) has no solution/);
      }
    }
  });

  it('global: GML is the ratio of SBM_EFFICIENCY / DDF_EFFICIENCY scores over the pooled panel, EC the ratio of each year\'s scores', async () => {
    const pooledSbm = (await sbmEfficiency(p.inputs, p.outputs, p.undesirable)).map(num);
    const pooledDdf = (await ddfEfficiency(p.inputs, p.outputs, p.undesirable)).map((v) => 1 / (1 + num(v)));
    const years = [2015, 2016, 2017, 2018, 2019];
    const rowsOf = (year: number) => p.periods.flatMap(([t], r) => (t === year ? [r] : []));
    const own = new Map<number, number>();
    for (const year of years) {
      const rows = rowsOf(year);
      const scores = (await sbmEfficiency(rows.map((r) => p.inputs[r]), rows.map((r) => p.outputs[r]), rows.map((r) => p.undesirable[r]))).map(num);
      rows.forEach((r, k) => own.set(r, scores[k]));
    }
    const sbm = await malmquistLuenberger(...args, 'global', 'sbm');
    const ddf = await malmquistLuenberger(...args, 'global', 'ddf');
    let product = 1;
    for (let i = 0; i < 10; i++) {
      for (let t = 0; t < 4; t++) {
        const [from, to] = [i * 5 + t, i * 5 + t + 1]; // the panel is unit by unit, year by year
        const row = 1 + i * 4 + t;
        expect(num(sbm[row][3])).toBeCloseTo(pooledSbm[to] / pooledSbm[from], 10);
        expect(num(sbm[row][4])).toBeCloseTo(own.get(to)! / own.get(from)!, 10);
        expect(num(ddf[row][3])).toBeCloseTo(pooledDdf[to] / pooledDdf[from], 10);
        if (i === 0) product *= num(sbm[row][3]);
      }
    }
    // The cumulative GML chains: Π over the years = ρ^G(2019)/ρ^G(2015).
    expect(product).toBeCloseTo(pooledSbm[4] / pooledSbm[0], 10);
  });

  it('reports mixed-period distances below zero as valid results (a unit above the other period\'s frontier)', async () => {
    const table = await malmquistLuenberger(...args, 'contemporaneous', 'ddf', 'crs', 'strong');
    // TC > 1 for most rows: productivity drifts upward, so period-t+1 data lie above the period-t frontier.
    const tc = table.slice(1).map((r) => num(r[5]));
    expect(tc.filter((v) => v > 1).length).toBeGreaterThan(tc.length / 2);
  });
});

describe('MALMQUIST_LUENBERGER input rules', () => {
  it('requires the bad outputs, a balanced panel, and known options', async () => {
    const [u, t, x, y, b] = apzPanel(2);
    await expect(malmquistLuenberger(u, t, x, y, null)).rejects.toThrow(/requires undesirable/);
    await expect(malmquistLuenberger(u.slice(1), t.slice(1), x.slice(1), y.slice(1), b.slice(1))).rejects.toThrow(/balanced panel: unit 1 has no row for period 1/);
    await expect(malmquistLuenberger(u, t, x, y, b.slice(1))).rejects.toThrow(/same number of rows: units has 10, periods 10, inputs 10, outputs 10, undesirable 9/);
    await expect(malmquistLuenberger(u, t, x, y, b, 'sequential')).rejects.toThrow(/frontier to be "contemporaneous" or "global"/);
    await expect(malmquistLuenberger(u, t, x, y, b, null, 'radial')).rejects.toThrow(/model to be "ddf" or "sbm"/);
    await expect(malmquistLuenberger(u, t, x, y, b.map(([v], r) => [r === 3 ? -v : v]))).rejects.toMatchObject({ kind: 'num' });
  });
});

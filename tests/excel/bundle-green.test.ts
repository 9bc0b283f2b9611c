/**
 * The green family through the built dist/functions.js, called as Excel calls
 * a registered function (Excel-shaped arguments, omitted ones null): the shared
 * vectors (Tone 2001 SBM under CRS and VRS; the published environmental DDF
 * and Malmquist–Luenberger values of DataEnvelopmentAnalysis.jl) and every case
 * of the independent lpSolve reference (tests/fixtures/green/), infeasible
 * cells included, which must arrive as #N/A in their cells only.
 */
import { StandInError } from '../helpers/custom-functions';
import { type AnyCase, bundleCaller, byId, col } from '../helpers/bundle';
import vectors from '../fixtures/vectors/analysis/sbm_ddf_green_tfp.json';
import reference from '../fixtures/green/lpsolve-reference.json';

jest.setTimeout(120_000);

const { raw: call } = bundleCaller();

/** A cell against a reference value (null: the reference LP had no solution, so #N/A). */
function expectCell(got: unknown, want: number | null, what: string): void {
  if (want === null) {
    expect({ what, code: got instanceof StandInError ? got.code : got }).toEqual({ what, code: '#N/A' });
    return;
  }
  expect({ what, type: typeof got }).toEqual({ what, type: 'number' });
  expect({ what, close: Math.abs((got as number) - want) <= 1e-8 * Math.max(1, Math.abs(want)) }).toEqual({ what, close: true });
}

test('SBM_EFFICIENCY: Tone (2001) under CRS and VRS (sbm_ddf_green_tfp.json, tone2001_sbm)', async () => {
  const c = byId(vectors, 'tone2001_sbm');
  const crs = await call('SBM_EFFICIENCY', c.inputs.X, c.inputs.Y, null, null, null, null);
  const vrs = await call('SBM_EFFICIENCY', c.inputs.X, c.inputs.Y, null, 'vrs', null, null);
  c.expected.rho_crs.forEach((v: number, j: number) => expectCell(crs[j][0], v, `crs ${j}`));
  c.expected.rho_vrs.forEach((v: number, j: number) => expectCell(vrs[j][0], v, `vrs ${j}`));
  const details = await call('SBM_DETAILS', c.inputs.X, c.inputs.Y, null, null, null, null, null);
  c.expected.slack_input_crs.forEach((s: number[], j: number) => s.forEach((v, i) => expectCell(details[j + 1][2 + i], v, `slack x${i + 1} ${j}`)));
});

test('DDF_EFFICIENCY and MALMQUIST_LUENBERGER: the published environmental example (ddf_environmental_APZ_published)', async () => {
  const c = byId(vectors, 'ddf_environmental_APZ_published');
  const beta = await call('DDF_EFFICIENCY', c.inputs.X, col(c.inputs.Y_t1), col(c.inputs.B_t1), null, null, 'strong');
  c.expected.beta_t1.forEach((v: number, j: number) => expectCell(beta[j][0], Math.abs(v), `β ${j}`));
  const units = col([1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5]);
  const periods = col([1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3]);
  const x = col(new Array(15).fill(1));
  const y = col([...c.inputs.Y_t1, ...c.inputs.Y_t2, ...c.inputs.Y_t3]);
  const b = col([...c.inputs.B_t1, ...c.inputs.B_t2, ...c.inputs.B_t3]);
  const t = await call('MALMQUIST_LUENBERGER', units, periods, x, y, b, null, null, null, 'strong');
  expect(t[0]).toEqual(['unit', 'from', 'to', 'ML', 'EC', 'TC']);
  ['ML_3periods', 'MLEC_3periods', 'MLTC_3periods'].forEach((key, k) =>
    c.expected[key].forEach((pair: number[], p: number) => pair.forEach((v, u) => expectCell(t[1 + 2 * u + p][3 + k], v, `${key} ${p} ${u}`))),
  );
});

describe('every case of the independent lpSolve reference, through the bundle', () => {
  const { cross, panel } = reference.datasets;
  const cases = (reference.cases as AnyCase[]).map((c) => [c.id, c] as const);
  it.each(cases)('%s', async (_id, c) => {
    const a = c.args;
    if (c.function === 'DEA_SUPER_EFFICIENCY') {
      const r = await call('DEA_SUPER_EFFICIENCY', cross.inputs, cross.outputs, a.rts, a.orientation);
      c.expected.forEach((v: number | null, j: number) => expectCell(r[j][0], v, `unit ${j + 1}`));
    } else if (c.function === 'SBM_EFFICIENCY') {
      const r = await call('SBM_EFFICIENCY', cross.inputs, cross.outputs, a.undesirable ? cross.undesirable : null, a.rts, a.orientation, a.super);
      c.expected.forEach((v: number | null, j: number) => expectCell(r[j][0], v, `unit ${j + 1}`));
    } else if (c.function === 'SBM_SLACKS') {
      const r = await call('SBM_DETAILS', cross.inputs, cross.outputs, cross.undesirable, a.rts, null, null, null);
      c.expected.rho.forEach((v: number, j: number) => expectCell(r[j + 1][1], v, `ρ ${j + 1}`));
      c.expected.slack_x.forEach((s: number[] | null, j: number) => s?.forEach((v, i) => expectCell(r[j + 1][2 + i], v, `slack x${i + 1} of ${j + 1}`)));
    } else if (c.function === 'DDF_EFFICIENCY') {
      const r = await call('DDF_EFFICIENCY', cross.inputs, cross.outputs, cross.undesirable, a.direction, a.rts, a.disposability);
      c.expected.forEach((v: number | null, j: number) => expectCell(r[j][0], v, `unit ${j + 1}`));
    } else {
      expect(c.function).toBe('MALMQUIST_LUENBERGER');
      const r = await call('MALMQUIST_LUENBERGER', col(panel.units), col(panel.periods), panel.inputs, panel.outputs, panel.undesirable, a.frontier, a.model, a.rts, a.disposability ?? null);
      c.expected.forEach((row: (string | number | null)[], k: number) => {
        expect(r[k + 1].slice(0, 3)).toEqual(row.slice(0, 3));
        for (let j = 3; j < 6; j++) expectCell(r[k + 1][j], row[j] as number | null, `${row.slice(0, 3).join(' ')} ${j}`);
      });
    }
  });
});

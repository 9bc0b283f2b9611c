/**
 * MALMQUIST (Färe, Grosskopf, Norris & Zhang 1994, as DEAP 2.1): a two-unit
 * panel checked by hand, and the index's identities on a random panel.
 */
import { malmquist, MALMQUIST_HEADER } from '../../../src/core/productivity/malmquist';
import { deaEfficiency } from '../../../src/core/productivity/dea-efficiency';
import { DomainError } from '../../../src/core/shared/errors';

type Row = (number | string | boolean | DomainError)[];
const num = (v: unknown) => {
  expect(typeof v).toBe('number');
  return v as number;
};
const close = (a: unknown, b: number, tol = 1e-9) => expect(Math.abs(num(a) - b)).toBeLessThanOrEqual(tol);

/** A long-format panel from per-period data: unit names, periods, inputs, outputs. */
function longPanel(names: string[], periods: number[], x: number[][][], y: number[][][]) {
  const units: string[] = [];
  const per: number[] = [];
  const xs: number[][] = [];
  const ys: number[][] = [];
  periods.forEach((t, k) =>
    names.forEach((u, j) => {
      units.push(u);
      per.push(t);
      xs.push(x[k][j]);
      ys.push(y[k][j]);
    }),
  );
  return { units, per, xs, ys };
}

let seed = 7;
const rnd = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

describe('a two-unit panel checked by hand', () => {
  const units = ['A', 'B', 'A', 'B'];
  const periods = [1, 1, 2, 2];
  const x = [[1], [2], [1], [2]];
  const y = [[1], [1], [2], [1]];

  it('input orientation', async () => {
    const t = await malmquist(units, periods, x, y, 'input');
    expect(t[0]).toEqual([...MALMQUIST_HEADER]);
    expect(t[1].slice(0, 3)).toEqual(['A', 1, 2]);
    [1, 2, 1, 1, 2].forEach((v, k) => close(t[1][3 + k], v));
    [0.5, 2, 1, 0.5, 1].forEach((v, k) => close(t[2][3 + k], v));
  });
  it('output orientation changes only pech and sech', async () => {
    const t = await malmquist(units, periods, x, y, 'output');
    [1, 2, 1, 1, 2].forEach((v, k) => close(t[1][3 + k], v));
    [0.5, 2, 0.5, 1, 1].forEach((v, k) => close(t[2][3 + k], v));
  });
  it('accepts the rows in any order', async () => {
    const order = [3, 0, 2, 1];
    const t = await malmquist(
      order.map((i) => units[i]),
      order.map((i) => periods[i]),
      order.map((i) => x[i]),
      order.map((i) => y[i]),
    );
    // B appears first now
    expect(t[1][0]).toBe('B');
    [0.5, 2, 1, 0.5, 1].forEach((v, k) => close(t[1][3 + k], v));
  });
});

describe('identities on a random panel (6 units, 4 periods, 2 inputs, 2 outputs)', () => {
  const names = ['a', 'b', 'c', 'd', 'e', 'f'];
  const periods = [2001, 2002, 2003, 2004];
  const x = periods.map(() => names.map(() => [1 + 9 * rnd(), 1 + 9 * rnd()]));
  const y = periods.map(() => names.map(() => [1 + 9 * rnd(), 1 + 9 * rnd()]));
  const p = longPanel(names, periods, x, y);

  it.each(['input', 'output'])('%s: tfpch = effch × techch and effch = pech × sech; one row per unit and pair', async (o) => {
    const t = (await malmquist(p.units, p.per, p.xs, p.ys, o)) as Row[];
    expect(t).toHaveLength(1 + names.length * (periods.length - 1));
    for (const r of t.slice(1)) {
      close(r[7], num(r[3]) * num(r[4]), 1e-12);
      close(r[3], num(r[5]) * num(r[6]), 1e-12);
    }
    expect(t.slice(1, 4).map((r) => [r[0], r[1], r[2]])).toEqual([
      ['a', 2001, 2002],
      ['a', 2002, 2003],
      ['a', 2003, 2004],
    ]);
  });
  it('effch is the ratio of the CRS efficiencies of DEA_EFFICIENCY in the two periods', async () => {
    const t = (await malmquist(p.units, p.per, p.xs, p.ys)) as Row[];
    const e1 = (await deaEfficiency(x[0], y[0])) as number[];
    const e2 = (await deaEfficiency(x[1], y[1])) as number[];
    names.forEach((_, j) => close(t[1 + j * 3][3], e2[j] / e1[j], 1e-9));
  });
  it('CRS effch and techch are the same in both orientations', async () => {
    const a = (await malmquist(p.units, p.per, p.xs, p.ys, 'input')) as Row[];
    const b = (await malmquist(p.units, p.per, p.xs, p.ys, 'output')) as Row[];
    a.slice(1).forEach((r, i) => {
      close(r[3], num(b[i + 1][3]), 1e-9);
      close(r[4], num(b[i + 1][4]), 1e-9);
    });
  });
});

describe('known movements', () => {
  const names = ['a', 'b', 'c', 'd', 'e'];
  const x0 = names.map(() => [1 + 9 * rnd(), 1 + 9 * rnd()]);
  const y0 = names.map(() => [1 + 9 * rnd()]);

  it('unchanged data and an unchanged frontier give 1 everywhere', async () => {
    const p = longPanel(names, [1, 2], [x0, x0], [y0, y0]);
    for (const o of ['input', 'output']) {
      const t = (await malmquist(p.units, p.per, p.xs, p.ys, o)) as Row[];
      for (const r of t.slice(1)) for (let k = 3; k < 8; k++) close(r[k], 1, 1e-9);
    }
  });
  it('a uniform 10% rise of every output: techch = tfpch = 1.1, effch = pech = sech = 1 (both orientations)', async () => {
    const p = longPanel(names, [1, 2], [x0, x0], [y0, y0.map((r) => r.map((v) => v * 1.1))]);
    for (const o of ['output', 'input']) {
      const t = (await malmquist(p.units, p.per, p.xs, p.ys, o)) as Row[];
      for (const r of t.slice(1)) {
        close(r[3], 1);
        close(r[4], 1.1);
        close(r[5], 1);
        close(r[6], 1);
        close(r[7], 1.1);
      }
    }
  });
  it('a uniform 20% cut of every input: techch = 1.2 in input orientation, effch = 1', async () => {
    const p = longPanel(names, [1, 2], [x0, x0.map((r) => r.map((v) => v / 1.2))], [y0, y0]);
    const t = (await malmquist(p.units, p.per, p.xs, p.ys, 'input')) as Row[];
    for (const r of t.slice(1)) {
      close(r[3], 1);
      close(r[4], 1.2);
      close(r[7], 1.2);
    }
  });
  it('one unit catching up to the frontier: effch > 1 for it, techch = 1 when the frontier does not move', async () => {
    // unit e is inside the frontier in period 1 and moves onto a frontier point in period 2, which units a–d span unchanged
    const x = [
      [1, 4],
      [2, 2],
      [4, 1],
      [3, 3],
    ];
    const y = [[1], [1], [1], [1]];
    const x2 = [...x.slice(0, 3), [2, 2]];
    const p = longPanel(['a', 'b', 'c', 'd'], [1, 2], [x, x2], [y, y]);
    const t = (await malmquist(p.units, p.per, p.xs, p.ys, 'input')) as Row[];
    close(t[4][3], 1 / (2 / 3));
    close(t[4][4], 1);
    [1, 2, 3].forEach((i) => close(t[i][7], 1));
  });
});

describe('cross-period models without a solution', () => {
  it('#N/A in techch and tfpch of that unit only', async () => {
    const t = await malmquist(['A', 'B', 'A', 'B'], [1, 1, 2, 2], [[1], [1], [1], [1]], [
      [1, 0],
      [2, 0],
      [1, 1],
      [2, 0],
    ]);
    expect(t[1][4]).toBeInstanceOf(DomainError);
    expect((t[1][4] as DomainError).kind).toBe('na');
    expect((t[1][4] as DomainError).message).toMatch(/unit "A" \(period 2 data against the period 1 frontier\)/);
    expect(t[1][7]).toBeInstanceOf(DomainError);
    close(t[1][3], 2);
    [1, 1, 1, 1, 1].forEach((v, k) => close(t[2][3 + k], v));
  });
});

describe('errors', () => {
  const ok = { x: [[1], [1], [1], [1]], y: [[1], [2], [1], [2]] };
  it('#VALUE! for a duplicate (unit, period), naming the row', async () => {
    await expect(malmquist(['A', 'B', 'A', 'A'], [1, 1, 2, 2], ok.x, ok.y)).rejects.toThrow(/row 4 repeats unit "A" in period 2/);
  });
  it('#VALUE! for an unbalanced panel', async () => {
    await expect(malmquist(['A', 'B', 'A', 'C'], [1, 1, 2, 2], ok.x, ok.y)).rejects.toThrow(/balanced panel/);
  });
  it('#VALUE! for a non-numeric or blank period, naming the row', async () => {
    await expect(malmquist(['A', 'B', 'A', 'B'], [1, 1, '2021', 2], ok.x, ok.y)).rejects.toThrow(/row 3/);
    await expect(malmquist(['A', 'B', 'A', 'B'], [1, null, 2, 2], ok.x, ok.y)).rejects.toThrow(/row 2/);
  });
  it('#VALUE! for a blank unit, naming the row', async () => {
    await expect(malmquist(['A', null, 'A', 'B'], [1, 1, 2, 2], ok.x, ok.y)).rejects.toThrow(/row 2/);
  });
  it('#VALUE! when the arguments have different numbers of rows', async () => {
    await expect(malmquist(['A', 'B', 'A'], [1, 1, 2, 2], ok.x, ok.y)).rejects.toMatchObject({ kind: 'value' });
  });
  it('#N/A with one period or one unit', async () => {
    await expect(malmquist(['A', 'B'], [1, 1], [[1], [1]], [[1], [2]])).rejects.toMatchObject({ kind: 'na' });
    await expect(malmquist(['A', 'A'], [1, 2], [[1], [1]], [[1], [2]])).rejects.toMatchObject({ kind: 'na' });
  });
  it('#NUM! for a negative value', async () => {
    await expect(malmquist(['A', 'B', 'A', 'B'], [1, 1, 2, 2], [[1], [-1], [1], [1]], ok.y)).rejects.toMatchObject({ kind: 'num' });
  });
});

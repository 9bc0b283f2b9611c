/**
 * The regional-dynamics template: its sample is a balanced long panel of
 * fictional provinces with plausible coordinates; the wide block picks every
 * value of the panel; the NQP results on the sample equal values computed
 * independently (numpy, see below); the sample shows what each method is for;
 * and, recomputed by HyperFormula from the downloadable file, the Excel side
 * (the spatial lag by MMULT over SPATIAL_WEIGHTS, the slope of the Moran
 * scatter) agrees with MORAN_I and with the LISA quadrants.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { regionalDynamics } from '../../src/templates/definitions/regional-dynamics';
import { type Block, type Lang, isFormula, isText, parseCell } from '../../src/templates/model';
import { type Evaluation, type Value, cellKey, evaluateSheet } from './formulas';
import { computeWorkbook, valueAt } from './hyperformula';
import { build, directResults, engineCells, readWorkbook } from './xlsx';

const sheet = regionalDynamics.sheets[0];
const langs: Lang[] = ['en', 'zh'];
const at = (address: string): Block => {
  const b = sheet.blocks.find((x) => x.at === address);
  if (!b) throw new Error(`no block at ${address}`);
  return b;
};
const result = (e: Evaluation, address: string): Value[][] => {
  const c = parseCell(address);
  const r = e.results.get(cellKey(c.row, c.col));
  if (!r) throw new Error(`no NQP result at ${address}`);
  return r;
};
const num = (v: unknown): number => {
  if (typeof v !== 'number') throw new Error(`not a number: ${String(v)}`);
  return v;
};
/** The row of a result table whose first cell is `label`. */
const row = (table: Value[][], label: string): Value[] => {
  const r = table.find((x) => x[0] === label);
  if (!r) throw new Error(`no row ${label}`);
  return r;
};

const N = 12;
const T = 6;
const units = at('B6').cells.map((r) => r[0]);
const regions = at('B6').cells.map((r) => r[1]);
const years = (at('D6').cells as number[][]).map((r) => r[0]);
const values = (at('E6').cells as number[][]).map((r) => r[0]);
const lat = (at('F6').cells as number[][]).map((r) => r[0]);
const lon = (at('G6').cells as number[][]).map((r) => r[0]);

/*
 * Independent values for the sample, computed with numpy 2.4.6 in float64 from
 * the formulas (not with the add-in's code): the Dagum terms by the pairwise
 * sums of Dagum (1997); Moran's I with row-standardised inverse great-circle
 * distance weights (arccos form, radius 6,371 km); CV and sd of logs with n − 1;
 * the β's by least squares (numpy.linalg.lstsq; the two-way one with unit and
 * year dummies); the Markov counts with each year's quartiles by linear
 * interpolation (numpy.percentile) and a value equal to a cut point in the
 * lower class (numpy.searchsorted side="left").
 */
const DAGUM: [number, number, number, number][] = [
  [0.20512820512820512, 0.02810650887573965, 0.1735700197238659, 0.0034516765285996075],
  [0.190886042167067, 0.02893425851792545, 0.15763722088782137, 0.004314562761320165],
  [0.17539213270920587, 0.025108811694177547, 0.14617721934795105, 0.0041061016670772815],
  [0.16499848346982104, 0.023354564755838643, 0.1372459811950258, 0.004397937518956622],
  [0.1554801407742584, 0.023037420096243624, 0.12813330460389283, 0.004309416074121961],
  [0.15225919913419908, 0.02313311688311688, 0.1255411255411255, 0.003584956709956714],
];
const MORAN = [0.06152807211428096, 0.04921910685328938, 0.043746917377759285, 0.03048469857879545, 0.02582739192924472, 0.024457320556131198];
const CV = [0.3765910985689335, 0.3493532700749712, 0.32223607114519304, 0.30272500665904983, 0.2875923086400754, 0.28227344938362114];
const SD_LOG = [0.3976495003400968, 0.3736602062562935, 0.33778275554478826, 0.3151616793659273, 0.29548805494048735, 0.29084823363741796];
const BETA_CROSS = -0.05510202235983202;
const BETA_POOLED = -0.07681326356070196;
const BETA_TWOWAY = -0.2901519399769418;
const MARKOV_COUNTS = [
  [12, 3, 0, 0],
  [3, 10, 2, 0],
  [0, 2, 10, 3],
  [0, 0, 3, 12],
];

describe('the sample', () => {
  test('a balanced long panel: 12 fictional provinces in 3 regions of 4, 6 years each, sorted by unit then year', () => {
    expect(regionalDynamics.sample).toBe('illustrative');
    expect(values.length).toBe(N * T);
    for (const b of ['B6', 'D6', 'E6', 'F6', 'G6']) expect(at(b).sample).toBe(true);
    const names = units.filter((_, k) => k % T === 0).map((u) => (isText(u) ? u.en : ''));
    expect(names).toEqual('ABCDEFGHIJKL'.split('').map((c) => `Province ${c}`));
    for (let k = 0; k < N * T; k++) {
      expect(years[k]).toBe(2019 + (k % T));
      expect(units[k]).toEqual(units[k - (k % T)]);
      expect(regions[k]).toEqual(regions[k - (k % T)]);
    }
    const byRegion = new Map<string, number>();
    for (let i = 0; i < N; i++) {
      const r = regions[i * T];
      if (!isText(r)) throw new Error('region is not a text');
      byRegion.set(r.en, (byRegion.get(r.en) ?? 0) + 1);
    }
    expect([...byRegion]).toEqual([['East', 4], ['Central', 4], ['West', 4]]);
  });

  test('plausible: coordinates inside China, index values in (0, 1) rising every year, coordinates fixed per unit', () => {
    for (let k = 0; k < N * T; k++) {
      expect(lat[k]).toBeGreaterThan(18);
      expect(lat[k]).toBeLessThan(54);
      expect(lon[k]).toBeGreaterThan(73);
      expect(lon[k]).toBeLessThan(135);
      expect(values[k]).toBeGreaterThan(0);
      expect(values[k]).toBeLessThan(1);
      if (k % T > 0) {
        expect(values[k]).toBeGreaterThan(values[k - 1]);
        expect([lat[k], lon[k]]).toEqual([lat[k - 1], lon[k - 1]]);
      }
    }
  });

  test('the β cross-section years match the panel; the charts are those of the issue', () => {
    expect((at('J146').cells as number[][])[0][0]).toBe(years[T - 1] - years[0]);
    expect(sheet.charts?.map((c) => c.type)).toEqual(['Line', 'Line', 'XYScatter', 'Line']);
    // The Moran scatter: z across, the lag Wz up, one point per unit (no label column in its source).
    const scatter = sheet.charts![2];
    expect(scatter.source).toMatch(/^J\d+:K\d+$/);
  });
});

test.each(langs)('in %s, the wide block holds every value of the panel, unit by unit and year by year', async (lang) => {
  // Only the plain formulas: the wide block does not depend on any NQP function.
  const plain = { ...sheet, blocks: sheet.blocks.filter((b) => !b.cells.flat().some((v) => isFormula(v) && JSON.stringify(v).includes('NQP.'))) };
  const e = await evaluateSheet(plain, lang);
  const cellAt = (r: number, c: number): Value | undefined => e.cells.get(cellKey(r, c));
  const wide = parseCell('L6');
  for (let i = 0; i < N; i++) {
    const unit = units[i * T];
    expect(cellAt(wide.row + i, parseCell('I1').col)).toBe(isText(unit) ? unit[lang] : unit);
    expect(cellAt(wide.row + i, parseCell('J1').col)).toBe(lat[i * T]);
    expect(cellAt(wide.row + i, parseCell('K1').col)).toBe(lon[i * T]);
    for (let y = 0; y < T; y++) {
      expect(cellAt(wide.row + i, wide.col + y)).toBe(values[i * T + y]);
      expect(cellAt(parseCell('L5').row, wide.col + y)).toBe(years[y]);
    }
  }
});

describe.each(langs)('in %s, the results on the sample', (lang) => {
  let e: Evaluation;
  beforeAll(async () => {
    e = await evaluateSheet(sheet, lang);
  });

  test('Dagum: G, Gw, Gnb, Gt by year equal the independent values; they add up; the shares sum to 1; columns per region and pair', () => {
    const table = result(e, 'I21');
    const labels = lang === 'en' ? ['East', 'Central', 'West'] : ['东部', '中部', '西部'];
    expect(table[0]).toEqual([
      'period', 'G', 'Gw', 'Gnb', 'Gt', 'Gw share', 'Gnb share', 'Gt share',
      ...labels,
      `${labels[0]}–${labels[1]}`, `${labels[0]}–${labels[2]}`, `${labels[1]}–${labels[2]}`,
    ]);
    DAGUM.forEach((want, y) => {
      const line = table[1 + y];
      expect(line[0]).toBe(2019 + y);
      want.forEach((w, k) => expect(num(line[1 + k])).toBeCloseTo(w, 12));
      expect(num(line[2]) + num(line[3]) + num(line[4])).toBeCloseTo(num(line[1]), 14);
      expect(num(line[5]) + num(line[6]) + num(line[7])).toBeCloseTo(1, 14);
    });
  });

  test('kernel density: a common grid, one density column per year, each integrating to about 1; peaks per year', () => {
    const table = result(e, 'I41');
    expect(table[0]).toEqual(['x', ...years.slice(0, T)]);
    expect(table.length).toBe(42);
    const x = table.slice(1).map((r) => num(r[0]));
    const step = x[1] - x[0];
    for (let k = 1; k < x.length; k++) expect(x[k] - x[k - 1]).toBeCloseTo(step, 12);
    for (let c = 1; c <= T; c++) {
      // The grid spans min − 3h … max + 3h of the widest bandwidth: the trapezoid rule gets close to 1.
      const d = table.slice(1).map((r) => num(r[c]));
      const area = step * (d.reduce((a, b) => a + b, 0) - (d[0] + d[d.length - 1]) / 2);
      expect(area).toBeGreaterThan(0.97);
      expect(area).toBeLessThan(1.01);
    }
    const peaks = result(e, 'Q41');
    expect(peaks[0]).toEqual(['period', 'bandwidth', 'peaks', 'main peak x', 'main peak density', 'mean', 'sd']);
    expect(peaks.length).toBe(T + 1);
  });

  test("Moran's I by year equals the independent values, above its expectation and significant; Geary's z has the same sign", () => {
    const moran = result(e, 'J95');
    expect(moran[0]).toEqual(['I', 'E[I]', 'Var[I]', 'z', 'p']);
    const geary = result(e, 'P95');
    expect(geary[0]).toEqual(['C', 'E[C]', 'Var[C]', 'z', 'p']);
    MORAN.forEach((want, y) => {
      const [i, expected, , z, p] = moran[1 + y].map(num);
      expect(i).toBeCloseTo(want, 9);
      expect(expected).toBeCloseTo(-1 / (N - 1), 14);
      expect(z).toBeGreaterThan(0);
      expect(p).toBeLessThan(0.05);
      expect(num(geary[1 + y][3])).toBeGreaterThan(0);
    });
  });

  test('the weights rows sum to 1 with a zero diagonal; LISA has a quadrant for every unit', () => {
    const w = result(e, 'J105');
    expect(w.length).toBe(N);
    w.forEach((r, i) => {
      expect(num(r[i])).toBe(0);
      expect(r.map(num).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
    });
    const lisa = result(e, 'L119');
    expect(lisa[0]).toEqual(['Ii', 'E[Ii]', 'Var[Ii]', 'z', 'p', 'quadrant']);
    expect(lisa.length).toBe(N + 1);
    for (const r of lisa.slice(1)) expect(['HH', 'LH', 'LL', 'HL']).toContain(r[5]);
    // The sample has its high east (Province A) and its low west.
    expect(lisa[1][5]).toBe('HH');
    expect(lisa.slice(1).map((r) => r[5])).toContain('LL');
  });

  test('σ-convergence: CV and sd of logs equal the independent values and fall every year', () => {
    const table = result(e, 'I136');
    expect(table[0]).toEqual(['period', 'n', 'mean', 'sd', 'cv', 'sd of log']);
    CV.forEach((want, y) => {
      expect(num(table[1 + y][1])).toBe(N);
      expect(num(table[1 + y][4])).toBeCloseTo(want, 12);
      expect(num(table[1 + y][5])).toBeCloseTo(SD_LOG[y], 12);
      if (y > 0) expect(num(table[1 + y][4])).toBeLessThan(num(table[y][4]));
    });
  });

  test('β-convergence: cross-section, pooled and two-way β equal the independent values, all negative with a speed and a half-life', () => {
    for (const [anchor, want, n, years] of [
      ['I149', BETA_CROSS, N, T - 1],
      ['O149', BETA_POOLED, N * (T - 1), 1],
      ['I158', BETA_TWOWAY, N * (T - 1), 1],
    ] as const) {
      const table = result(e, anchor);
      expect(table[0]).toEqual(['term', 'estimate', 'std error', 't', 'p']);
      const beta = num(row(table, 'beta')[1]);
      expect(beta).toBeCloseTo(want, 9);
      expect(num(row(table, 'n')[1])).toBe(n);
      const lambda = num(row(table, 'lambda')[1]);
      expect(lambda).toBeCloseTo(-Math.log(1 + beta * years) / years, 12);
      expect(num(row(table, 'half-life')[1])).toBeCloseTo(Math.log(2) / lambda, 12);
    }
  });

  test('Markov: n and the probabilities are the independent counts over their row sums; units move up with pooled classes; the neighbourhood matters', () => {
    const table = result(e, 'I169');
    expect(table[0]).toEqual(['class', 'n', 1, 2, 3, 4]);
    MARKOV_COUNTS.forEach((counts, k) => {
      const total = counts.reduce((a, b) => a + b, 0);
      expect(table[1 + k][0]).toBe(k + 1);
      expect(num(table[1 + k][1])).toBe(total);
      counts.forEach((c, j) => expect(num(table[1 + k][2 + j])).toBeCloseTo(c / total, 14));
    });
    // Quartiles of all years together: an index that rises everywhere only moves units up.
    const pooled = result(e, 'P169');
    expect(pooled.slice(1).map((r) => num(r[1])).reduce((a, b) => a + b, 0)).toBe(N * (T - 1));
    pooled.slice(1).forEach((r, k) => r.slice(2, 2 + k).forEach((p) => expect(p).toBe(0)));
    const spatial = result(e, 'I176');
    expect(spatial[0]).toEqual(['lag class', 'class', 'n', 1, 2, 3, 4]);
    expect(spatial.length).toBe(17);
    expect(spatial.slice(1).map((r) => num(r[2])).reduce((a, b) => a + b, 0)).toBe(N * (T - 1));
    const test = result(e, 'Q177');
    expect(test[0]).toEqual(['LR', 'Q', 'dof', 'p LR', 'p Q']);
    expect(num(test[1][3])).toBeLessThan(0.05);
  });
});

describe('recomputed by HyperFormula from the English file', () => {
  let engine: Awaited<ReturnType<typeof computeWorkbook>>;
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nqp-regional-'));
    const file = path.join(dir, 'regional-dynamics.xlsx');
    await build.writeWorkbook(build.templateWorkbook(regionalDynamics, 'en'), file);
    const wb = await readWorkbook(file);
    const direct = await directResults(sheet, 'en');
    engine = await computeWorkbook([{ name: wb.worksheets[0].name, cells: engineCells(wb.worksheets[0]) }], new Map([[0, direct.sizes]]));
  }, 60_000);
  afterAll(() => {
    engine?.engine.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const value = (address: string, dr = 0, dc = 0): unknown => {
    const c = parseCell(address);
    return valueAt(engine.engine, 0, c.row + dr, c.col + dc);
  };

  test("the slope of the Moran scatter (MMULT over SPATIAL_WEIGHTS) equals MORAN_I's I of the last year", () => {
    expect(num(value('J133'))).toBeCloseTo(num(value('J95', T, 0)), 12);
    expect(num(value('J133'))).toBeCloseTo(MORAN[T - 1], 9);
  });

  test('each LISA quadrant agrees with the signs of z and of its spatial lag Wz', () => {
    for (let i = 0; i < N; i++) {
      const z = num(value('J120', i));
      const lag = num(value('K120', i));
      const quadrant = `${z > 0 ? 'H' : 'L'}${lag > 0 ? 'H' : 'L'}`;
      expect([i, value('L119', 1 + i, 5)]).toEqual([i, quadrant]);
    }
  });

  test('the chart blocks copy the results they show', () => {
    for (let y = 0; y < T; y++) {
      expect(value('I32', y)).toBe(2019 + y);
      for (let k = 0; k < 4; k++) expect(value('J32', y, k)).toBe(value('I21', 1 + y, 1 + k));
      expect(value('Q137', y, 0)).toBe(value('I136', 1 + y, 4));
      expect(value('Q137', y, 1)).toBe(value('I136', 1 + y, 5));
      expect(value('R50', 0, y)).toBe(2019 + y);
    }
    for (let k = 0; k < 41; k++) for (let c = 0; c <= T; c++) expect(value('Q51', k, c)).toBe(value('I41', 1 + k, c));
  });
});

/**
 * The green-TFP template: its sample is a balanced long panel of fictional
 * provinces, labelled as such, sorted by year then unit, strictly positive
 * and plausible, with units that improve and units that do not; each yearly
 * super-SBM formula covers exactly the rows of its year; the NQP results on
 * the sample equal values computed independently (scipy, see below) and agree
 * with one another (GML = EC × TC, GML the ratio of global SBM efficiencies,
 * EC the ratio of the yearly efficiencies); the GML table has a row per unit
 * and pair of years in the order the cumulative table assumes; and,
 * recomputed by HyperFormula from the downloadable files, the cumulative GML
 * is the running product of each unit's GML column, starting at 1.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { invoke } from '../../src/excel/adapter';
import { specByName } from '../../src/registry';
import { SAMPLE_NOTE } from '../../src/templates/definitions/common';
import { greenTfp } from '../../src/templates/definitions/green-tfp';
import { type Block, type Lang, isText, parseCell, resolve } from '../../src/templates/model';
import { type Evaluation, type Value, cellKey, evaluateSheet, parseNqp } from './formulas';
import { computeWorkbook, valueAt } from './hyperformula';
import { build, directResults, engineCells, readWorkbook } from './xlsx';

const sheet = greenTfp.sheets[0];
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

const N = 10;
const T = 6;
const FIRST = 6; // first row of the panel and of the GML table's data
const units = at('B6').cells.map((r) => r[0]);
const years = (at('C6').cells as number[][]).map((r) => r[0]);
const goodAndInputs = at('D6').cells as number[][]; // capital, labour, energy, GDP, CO₂
const so2 = (at('I6').cells as number[][]).map((r) => r[0]);
/** The panel row (0-based index into the sample) of unit i in year t: sorted by year, then unit. */
const k = (i: number, t: number): number => t * N + i;
const unitName = (i: number, lang: Lang): string => {
  const u = units[k(i, 0)];
  if (!isText(u)) throw new Error('unit is not a text');
  return u[lang];
};

/*
 * Independent values for the sample, computed with scipy 1.17.1 (linprog, HiGHS) in float64 from
 * the formulas of the methods note (shared/reference/methods-analysis.md §6), not with the add-in's
 * code: the SBM with undesirable outputs of Tone (2003), non-oriented, CRS, in its Charnes–Cooper
 * form; for the units with ρ = 1, super-SBM with undesirable outputs against the other units,
 * ρ* = (1 + (1/m) Σ s⁻/x) / (1 − (1/(s₁ + s₂)) (Σ sᵍ/yᵍ + Σ sᵇ/yᵇ)); GML = ρᴳ(t+1)/ρᴳ(t) with
 * ρᴳ the SBM against all 60 observations; EC = ρᵗ⁺¹(t+1)/ρᵗ(t) with each year's own frontier.
 */
/** Super-SBM efficiency, one row per year (2018…2023), one column per unit (A…J). */
const SUPER_SBM: number[][] = [
  [1.019208107471129, 0.549656361527634, 1.008403361344538, 0.2743550554645435, 0.4853807102952843, 0.5486049633494364, 0.2993077786206916, 0.6720393128641892, 0.44663277191610196, 0.463292955207098],
  [1.0199688407981624, 0.5243682947887811, 1.0178994004581248, 0.2620474396516096, 0.47377537894695776, 0.5371423496362239, 0.28228383534724766, 0.6448862775909521, 0.4316138241491686, 0.4494547950688776],
  [1.020592211266769, 0.500889412286652, 1.0273626474452946, 0.2503321202126658, 0.4625535433409652, 0.5265055049488416, 0.26642794326123515, 0.6196743195083197, 0.4173611729468045, 0.43598336889815925],
  [1.0247702728135786, 0.47868032557641943, 1.0212335319639914, 0.24710314053490282, 0.44835473734898473, 0.5110682493050795, 0.24838650582371508, 0.6312256157505205, 0.40382533040227203, 0.42708300835256674],
  [1.0288268775659566, 0.4580291191504308, 1.015053753880215, 0.24392366195094345, 0.43481785623283425, 0.49659975417110896, 0.2320257128160647, 0.6434143088882657, 0.3909516349586232, 0.41841425865890886],
  [1.0329505535862988, 0.43887830142858886, 1.0088277192200037, 0.24076816371881335, 0.42198979844660267, 0.4830044721353405, 0.2171543545023093, 0.6561040941211977, 0.3787158884379622, 0.41000515315696295],
];
/** GML, one row per unit (A…J), one column per pair of consecutive years. */
const GML: number[][] = [
  [1.0786078817454159, 1.030527936829321, 1.1233373002528626, 1.106165463068725, 1.1213175801360198],
  [1.0119818706222985, 0.969982989254441, 1.0343550968413064, 1.0137331624633168, 1.0149789393496151],
  [1.0910922801910654, 1.0465102489612244, 1.1011330184053723, 1.0810468972823486, 1.1895244750032543],
  [0.9995163802698285, 0.9605972545409177, 1.0520292289179973, 1.0329966540270588, 1.0342687683241185],
  [1.0299608611496542, 0.9868529865510479, 1.049361873548288, 1.0284645917532365, 1.0304296397677783],
  [1.035032845275912, 0.9919829576179924, 1.0544310721531442, 1.033759863899096, 1.0362579394941693],
  [0.9875286931563574, 0.9494170287635495, 0.9955961917593559, 0.9784410723780645, 0.9807464028814633],
  [1.0346043951853867, 0.986969591288765, 1.114282846832939, 1.0973149760077139, 1.108144313055669],
  [1.0198886416178186, 0.9774381383822324, 1.044997836560484, 1.024496943505262, 1.0262248508015142],
  [1.023211445931525, 0.9803666120849627, 1.0565711488515521, 1.036407366019704, 1.038867591454614],
];
/** EC, as GML. */
const EC: number[][] = [
  [1.0, 1.0, 1.0, 1.0, 1.0],
  [0.9539929517624959, 0.9552244429431291, 0.9556606984187508, 0.9568580421576326, 0.9581886458281001],
  [1.0, 1.0, 1.0, 1.0, 1.0],
  [0.9551398249538563, 0.9552931352639079, 0.9871012170750606, 0.9871329899851666, 0.9870635828976497],
  [0.9760902501847131, 0.976314016927315, 0.9693034326590079, 0.9698076545456152, 0.97049785881065],
  [0.9791058876988115, 0.9801973449038491, 0.9706797830247529, 0.9716897006346139, 0.9726232606408337],
  [0.9431222825150224, 0.9438299679239245, 0.932283989371827, 0.9341317155962492, 0.9359064211752062],
  [0.9595960611924433, 0.9609047998713595, 1.018640914878264, 1.0193095667121381, 1.019722572310924],
  [0.9663729383258186, 0.9669782328440012, 0.9675680359795765, 0.9681206341592671, 0.9687026592894132],
  [0.9701308643209682, 0.9700271833374169, 0.9795855503202198, 0.9797024242966331, 0.9799024403974698],
];
/** LP solutions agree to about 1e-9; this leaves room for two solvers' tolerances. */
const LP_DIGITS = 7;
/** HyperFormula returns its numbers rounded to 10 significant digits (its precisionRounding). */
const ENGINE_DIGITS = 9;

describe('the sample', () => {
  test('labelled as fictional: an illustrative sample, marked as such, under a heading that says so, with the sample note; invented names', () => {
    expect(greenTfp.sample).toBe('illustrative');
    for (const b of ['B6', 'C6', 'D6', 'I6']) expect(at(b).sample).toBe(true);
    const texts = sheet.blocks.flatMap((b) => b.cells.flat()).filter(isText);
    expect(texts).toContainEqual(SAMPLE_NOTE);
    const heading = at('B4').cells[0][0];
    if (!isText(heading)) throw new Error('no heading over the panel');
    expect(heading.en).toMatch(/fictional/);
    expect(heading.zh).toMatch(/虚构/);
    expect(Array.from({ length: N }, (_, i) => unitName(i, 'en'))).toEqual('ABCDEFGHIJ'.split('').map((c) => `Province ${c}`));
    expect(Array.from({ length: N }, (_, i) => unitName(i, 'zh'))).toEqual('甲乙丙丁戊己庚辛壬癸'.split('').map((c) => `${c}省`));
  });

  test('a balanced long panel: 10 units × 6 years (2018–2023), sorted by year then unit, the units in the same order every year', () => {
    expect(years.length).toBe(N * T);
    expect(goodAndInputs.length).toBe(N * T);
    expect(so2.length).toBe(N * T);
    for (let t = 0; t < T; t++) {
      for (let i = 0; i < N; i++) {
        expect(years[k(i, t)]).toBe(2018 + t);
        expect(units[k(i, t)]).toEqual(units[k(i, 0)]);
      }
    }
  });

  test('strictly positive and plausible: capital-output ratios, GDP per worker, energy and carbon per GDP, SO₂ in 10,000 t', () => {
    for (let r = 0; r < N * T; r++) {
      const [capital, labour, energy, gdp, co2] = goodAndInputs[r];
      for (const v of [capital, labour, energy, gdp, co2, so2[r]]) expect(v).toBeGreaterThan(0);
      expect(capital / gdp).toBeGreaterThan(0.8);
      expect(capital / gdp).toBeLessThan(3);
      // GDP per worker, 10,000 yuan a person.
      expect(gdp / labour).toBeGreaterThan(5);
      expect(gdp / labour).toBeLessThan(25);
      // tce per 10,000 yuan and t of CO₂ per 10,000 yuan.
      expect(energy / gdp).toBeGreaterThan(0.2);
      expect(energy / gdp).toBeLessThan(1.5);
      expect(co2 / gdp).toBeGreaterThan(0.3);
      expect(co2 / gdp).toBeLessThan(4);
      expect(so2[r]).toBeLessThan(100);
    }
  });

  test('some units get greener (carbon per GDP falls) and at least one does not', () => {
    const intensity = (i: number, t: number): number => goodAndInputs[k(i, t)][4] / goodAndInputs[k(i, t)][3];
    const change = Array.from({ length: N }, (_, i) => intensity(i, T - 1) / intensity(i, 0));
    expect(change.filter((c) => c < 0.85).length).toBeGreaterThanOrEqual(3);
    expect(change.some((c) => c > 1)).toBe(true);
  });

  test('each yearly super-SBM formula covers exactly the rows of its year; the GML formula covers the whole panel, global and SBM', () => {
    for (let t = 0; t < T; t++) {
      const row = FIRST + t * N;
      const call = parseNqp(String(resolve(at(`J${row}`).cells[0][0], 'en')));
      expect(call?.name).toBe('SBM_EFFICIENCY');
      const refs = call!.args.slice(0, 3).map((a) => (a.kind === 'ref' ? a.area : undefined));
      expect(refs.map((a) => [a?.top, a?.rows])).toEqual([0, 1, 2].map(() => [row - 1, N]));
      expect(refs.map((a) => [a?.left, a?.cols])).toEqual([
        [parseCell('D1').col, 3],
        [parseCell('G1').col, 1],
        [parseCell('H1').col, 2],
      ]);
      expect(call!.args.slice(3)).toEqual([
        { kind: 'string', value: 'crs' },
        { kind: 'string', value: 'non' },
        { kind: 'boolean', value: true },
      ]);
      expect(at(`J${row}`).spill).toEqual({ rows: N, cols: 1 });
    }
    const gml = parseNqp(String(resolve(at('L5').cells[0][0], 'en')))!;
    expect(gml.name).toBe('MALMQUIST_LUENBERGER');
    expect(gml.args.slice(0, 5).map((a) => (a.kind === 'ref' ? a.address : a.kind))).toEqual(['B6:B65', 'C6:C65', 'D6:F65', 'G6:G65', 'H6:I65']);
    expect(gml.args.slice(5)).toEqual([
      { kind: 'string', value: 'global' },
      { kind: 'string', value: 'sbm' },
    ]);
    expect(at('L5').spill).toEqual({ rows: 1 + N * (T - 1), cols: 6 });
  });

  test('one line chart of the cumulative GML, a line per unit, and links to the green-productivity terms', () => {
    expect(sheet.charts?.map((c) => [c.type, c.source, c.seriesBy])).toEqual([['LineMarkers', 'S20:Y30', 'Rows']]);
    for (const id of ['green-tfp', 'sbm', 'undesirable-output', 'super-efficiency', 'malmquist-luenberger', 'global-malmquist-luenberger']) {
      expect(greenTfp.glossary).toContain(id);
    }
  });
});

describe.each(langs)('in %s, the results on the sample', (lang) => {
  let e: Evaluation;
  beforeAll(async () => {
    e = await evaluateSheet(sheet, lang);
  }, 60_000);

  test('super-SBM by year equals the independent values: at least one unit per year on the frontier (≥ 1), the others below 1', () => {
    SUPER_SBM.forEach((want, t) => {
      const column = result(e, `J${FIRST + t * N}`);
      expect(column.length).toBe(N);
      want.forEach((w, i) => expect(num(column[i][0])).toBeCloseTo(w, LP_DIGITS));
      const scores = column.map((r) => num(r[0]));
      expect(scores.some((s) => s >= 1)).toBe(true);
      for (const s of scores) expect(s).toBeGreaterThan(0);
    });
  });

  test('the GML table: its header, a row per unit and pair of consecutive years, unit by unit, with ML = EC × TC', () => {
    const table = result(e, 'L5');
    expect(table[0]).toEqual(['unit', 'from', 'to', 'ML', 'EC', 'TC']);
    expect(table.length).toBe(1 + N * (T - 1));
    for (let i = 0; i < N; i++) {
      for (let p = 0; p < T - 1; p++) {
        const line = table[1 + i * (T - 1) + p];
        expect(line.slice(0, 3)).toEqual([unitName(i, lang), 2018 + p, 2019 + p]);
        const [ml, ec, tc] = line.slice(3).map(num);
        expect(ml).toBeCloseTo(ec * tc, 12);
      }
    }
  });

  test('GML and EC equal the independent values', () => {
    const table = result(e, 'L5');
    for (let i = 0; i < N; i++) {
      for (let p = 0; p < T - 1; p++) {
        const line = table[1 + i * (T - 1) + p];
        expect(num(line[3])).toBeCloseTo(GML[i][p], LP_DIGITS);
        expect(num(line[4])).toBeCloseTo(EC[i][p], LP_DIGITS);
      }
    }
  });

  test('consistent with SBM_EFFICIENCY: GML is the ratio of global SBM efficiencies, EC that of the yearly ones', async () => {
    const table = result(e, 'L5');
    const inputs = goodAndInputs.map((r) => r.slice(0, 3));
    const gdp = goodAndInputs.map((r) => [r[3]]);
    const bad = goodAndInputs.map((r, j) => [r[4], so2[j]]);
    const spec = specByName.get('SBM_EFFICIENCY')!;
    // Plain SBM (not super) against all 60 rows: the global frontier.
    const global = (await invoke(spec, [inputs, gdp, bad, 'crs', 'non', false])).map((r) => num(r[0]));
    // Plain SBM against each year's own rows: the contemporaneous frontiers.
    const yearly: number[] = [];
    for (let t = 0; t < T; t++) {
      const rows = (m: number[][]): number[][] => m.slice(t * N, (t + 1) * N);
      yearly.push(...(await invoke(spec, [rows(inputs), rows(gdp), rows(bad), 'crs', 'non', false])).map((r) => num(r[0])));
    }
    for (let i = 0; i < N; i++) {
      for (let p = 0; p < T - 1; p++) {
        const line = table[1 + i * (T - 1) + p];
        expect(num(line[3])).toBeCloseTo(global[k(i, p + 1)] / global[k(i, p)], 9);
        expect(num(line[4])).toBeCloseTo(yearly[k(i, p + 1)] / yearly[k(i, p)], 9);
      }
    }
    // Below the frontier, super-SBM is the plain SBM.
    for (let t = 0; t < T; t++) {
      const column = result(e, `J${FIRST + t * N}`);
      for (let i = 0; i < N; i++) if (num(column[i][0]) < 1) expect(num(column[i][0])).toBeCloseTo(yearly[k(i, t)], 10);
    }
  });
});

describe.each(langs)('recomputed by HyperFormula from the %s file', (lang) => {
  let engine: Awaited<ReturnType<typeof computeWorkbook>>;
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nqp-green-'));
    const file = path.join(dir, `green-tfp.${lang}.xlsx`);
    await build.writeWorkbook(build.templateWorkbook(greenTfp, lang), file);
    const wb = await readWorkbook(file);
    const direct = await directResults(sheet, lang);
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
  /** The GML column of the engine's table for unit i, pair p. */
  const gml = (i: number, p: number): number => num(value('O6', i * (T - 1) + p));

  test('the cumulative GML is the running product of each unit\'s GML, starting at 1, under the years of the table', () => {
    for (let t = 0; t < T; t++) expect(value('T20', 0, t)).toBe(2018 + t);
    for (let i = 0; i < N; i++) {
      expect(value('S21', i)).toBe(unitName(i, lang));
      expect(value('L6', i * (T - 1))).toBe(unitName(i, lang));
      let running = 1;
      for (let t = 0; t < T; t++) {
        if (t > 0) running *= gml(i, t - 1);
        expect([i, t, num(value('T21', i, t))]).toEqual([i, t, t === 0 ? 1 : expect.closeTo(running, ENGINE_DIGITS)]);
      }
      // From the independent values too.
      expect(num(value('T21', i, T - 1))).toBeCloseTo(GML[i].reduce((a, b) => a * b, 1), LP_DIGITS - 1);
    }
  });

  test('over the period some units gain green productivity and some lose it', () => {
    const last = Array.from({ length: N }, (_, i) => num(value('T21', i, T - 1)));
    expect(last.filter((v) => v > 1.2).length).toBeGreaterThanOrEqual(2);
    expect(last.some((v) => v < 1)).toBe(true);
  });

  test('the geometric means are those of each unit\'s GML, EC and TC columns', () => {
    for (let i = 0; i < N; i++) {
      for (let c = 0; c < 3; c++) {
        const xs = Array.from({ length: T - 1 }, (_, p) => num(value('O6', i * (T - 1) + p, c)));
        const mean = Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length);
        expect(num(value('Z21', i, c))).toBeCloseTo(mean, ENGINE_DIGITS);
      }
    }
  });

  test('the efficiency table copies column J unit by unit and year by year; its mean row averages the units', () => {
    for (let t = 0; t < T; t++) {
      expect(value('T5', 0, t)).toBe(2018 + t);
      let sum = 0;
      for (let i = 0; i < N; i++) {
        expect(value('S6', i)).toBe(unitName(i, lang));
        const v = num(value('T6', i, t));
        expect(v).toBe(value(`J${FIRST + k(i, t)}`));
        sum += v;
      }
      expect(num(value('T16', 0, t))).toBeCloseTo(sum / N, ENGINE_DIGITS);
    }
  });
});

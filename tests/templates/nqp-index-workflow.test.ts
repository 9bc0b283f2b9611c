/**
 * The workflow steps of the NQP index template (issue #17): the treated block
 * (TREAT_OUTLIERS of the raw indicators) feeds the whole chain; the treatment
 * report says what was done; INTERPOLATE fills the gaps of the sample panel
 * unit by unit; INDEX_TREE lists the four elements then NQP and agrees with
 * the element scores; INDEX_SENSITIVITY gives one row per unit and one row per
 * methodological choice. Everything computes through the adapter on the
 * template's own cells, in both languages.
 */
import { invoke } from '../../src/excel/adapter';
import { specByName } from '../../src/registry';
import { SAMPLE_NOTE } from '../../src/templates/definitions/common';
import { SENSITIVITY_RUNS, TOP_NODE, nqpIndex } from '../../src/templates/definitions/nqp-index';
import { type Area, type Block, type Lang, areaAddress, blockArea, isFormula, isText, overlaps, parseArea, parseCell, resolve } from '../../src/templates/model';
import { type Evaluation, type Value, cellKey, errorsIn, evaluateSheet, parseNqp } from './formulas';

const sheet = nqpIndex.sheets[0];
const langs: Lang[] = ['en', 'zh'];
const N = 10;
const M = 12;

/** The formula text of a block's first cell, in English. */
const formulaOf = (b: Block): string => (isFormula(b.cells[0][0]) ? String(resolve(b.cells[0][0], 'en')) : '');
/** The one block whose first formula matches. */
function blockWith(pattern: RegExp): Block {
  const found = sheet.blocks.filter((b) => pattern.test(formulaOf(b)));
  if (found.length !== 1) throw new Error(`${found.length} blocks match ${pattern}`);
  return found[0];
}
const at = (address: string): Block => {
  const b = sheet.blocks.find((x) => x.at === address);
  if (!b) throw new Error(`no block at ${address}`);
  return b;
};
const result = (e: Evaluation, b: Block): Value[][] => {
  const c = parseCell(b.at);
  const r = e.results.get(cellKey(c.row, c.col));
  if (!r) throw new Error(`no NQP result at ${b.at}`);
  return r;
};
const num = (v: unknown): number => {
  if (typeof v !== 'number') throw new Error(`not a number: ${String(v)}`);
  return v;
};
/** The reference arguments of an NQP formula, as areas. */
const refs = (b: Block): Area[] => (parseNqp(formulaOf(b))?.args ?? []).flatMap((a) => (a.kind === 'ref' ? [a.area] : []));
const sameArea = (a: Area, b: Area): boolean => a.top === b.top && a.left === b.left && a.rows === b.rows && a.cols === b.cols;

const treated = blockWith(/^=NQP\.TREAT_OUTLIERS\([^"]*\)$/);
const report = blockWith(/^=NQP\.TREAT_OUTLIERS\(.*"report"\)$/);
const interpolated = blockWith(/^=NQP\.INTERPOLATE\(/);
const tree = blockWith(/^=NQP\.INDEX_TREE\(/);
const ranks = blockWith(/^=NQP\.INDEX_SENSITIVITY\(.*"ranks"\)$/);
const indices = blockWith(/^=NQP\.INDEX_SENSITIVITY\(.*"indices"\)$/);
const RAW = blockArea(at('C7'));
const TREATED = blockArea(treated);

const evaluations = new Map<Lang, Promise<Evaluation>>();
const evaluated = (lang: Lang): Promise<Evaluation> => {
  if (!evaluations.has(lang)) evaluations.set(lang, evaluateSheet(sheet, lang));
  return evaluations.get(lang)!;
};

describe('the NQP index template: workflow steps', () => {
  test.each(langs)('in %s, the new formulas compute on the sample without an error, in the areas reserved for them', async (lang) => {
    const e = await evaluated(lang);
    expect(errorsIn(e)).toEqual([]);
    for (const b of [treated, report, interpolated, tree, ranks, indices]) {
      const r = result(e, b);
      // The reserved area is exactly what the result fills (the .xlsx test requires it too).
      expect([b.at, r.length, r[0].length]).toEqual([b.at, b.spill!.rows, b.spill!.cols]);
    }
  });

  test('the sample stays labelled fictional, and the new sample blocks are marked as sample; the structure is a setting', () => {
    const texts = sheet.blocks.flatMap((b) => b.cells.flat()).filter(isText);
    expect(texts).toContainEqual(SAMPLE_NOTE);
    const panelInputs = sheet.blocks.filter((b) => b.role === 'input' && overlaps(blockArea(b), parseArea(interpolatedArgs()[0])));
    expect(panelInputs.length).toBeGreaterThan(0);
    for (const b of panelInputs) expect(b.sample).toBe(true);
    const structureBlocks = sheet.blocks.filter((b) => b.role === 'input' && overlaps(blockArea(b), refs(tree)[1]));
    expect(structureBlocks.length).toBe(2);
    for (const b of structureBlocks) expect(b.sample).toBeUndefined();
  });

  describe('step 1: the treated block feeds the chain', () => {
    test('TREAT_OUTLIERS reads the raw indicators; every other formula of the chain reads the treated block, none the raw one', () => {
      expect(refs(treated)).toEqual([RAW]);
      expect(refs(report)).toEqual([RAW]);
      const chain = sheet.blocks.filter((b) => /^=NQP\.(ENTROPY_WEIGHTS|COMPOSITE_SCORE|TOPSIS|OBSTACLE_DEGREE|RANK_UNCERTAINTY|INDEX_TREE|INDEX_SENSITIVITY)\(/.test(formulaOf(b)));
      // Weights, composite, TOPSIS, four element scores, obstacles, rank uncertainty, tree, two sensitivity calls.
      expect(chain.length).toBe(12);
      for (const b of chain) {
        const data = refs(b)[0];
        expect([formulaOf(b), overlaps(data, RAW)]).toEqual([formulaOf(b), false]);
        expect([formulaOf(b), data.top === TREATED.top && data.rows === N && data.left >= TREATED.left && data.left + data.cols <= TREATED.left + M]).toEqual([formulaOf(b), true]);
      }
      for (const b of [blockWith(/^=NQP\.ENTROPY_WEIGHTS\(/), blockWith(/^=NQP\.TOPSIS\(/), tree, ranks, indices]) expect(sameArea(refs(b)[0], TREATED)).toBe(true);
    });

    test('the outlier of the sample is winsorised to the next value in; every other cell is copied; the weights are those of the treated data', async () => {
      const e = await evaluated('en');
      const raw = at('C7').cells as number[][];
      const out = result(e, treated);
      const PATENTS = 8; // invention patents per 10,000 people
      const others = raw.map((row) => row[PATENTS]).filter((_, i) => i !== 0);
      expect(out[0][PATENTS]).toBe(Math.max(...others));
      raw.forEach((row, i) => row.forEach((v, j) => (i === 0 && j === PATENTS ? expect(out[i][j]).toBeLessThan(v) : expect(out[i][j]).toBe(v))));
      // The report: a header row, then one row per indicator; only the patents column was treated, by winsorising one value.
      const rep = result(e, report);
      expect(rep[0]).toEqual(['column', 'skewness before', 'kurtosis before', 'winsorised', 'log', 'skewness after', 'kurtosis after']);
      expect(rep.length).toBe(M + 1);
      rep.slice(1).forEach((row, j) => {
        expect(row[0]).toBe(j + 1);
        expect([j, row[3], row[4]]).toEqual([j, j === PATENTS ? 1 : 0, false]);
      });
      expect(Math.abs(num(rep[PATENTS + 1][1]))).toBeGreaterThanOrEqual(2);
      expect(num(rep[PATENTS + 1][2])).toBeGreaterThanOrEqual(3.5);
      // The weights row is ENTROPY_WEIGHTS of the treated values, and differs from that of the raw ones.
      const weightsBlock = blockWith(/^=NQP\.ENTROPY_WEIGHTS\(/);
      const weights = result(e, weightsBlock)[0].map(num);
      const dirs = at('C6').cells[0].map((d) => resolve(d, 'en'));
      const spec = specByName.get('ENTROPY_WEIGHTS')!;
      const ofTreated = (await invoke(spec, [out, [dirs]]))[0].map(num);
      const ofRaw = (await invoke(spec, [raw, [dirs]]))[0].map(num);
      weights.forEach((w, j) => expect(w).toBeCloseTo(ofTreated[j], 14));
      expect(Math.abs(weights[PATENTS] - ofRaw[PATENTS])).toBeGreaterThan(0.01);
    });
  });

  describe('step 2: interpolation', () => {
    test('each unit\'s gaps are filled on the line between its own neighbouring years; known values stay; the leading gap takes the nearest value', async () => {
      const e = await evaluated('en');
      const [valuesRef, unitsRef] = interpolatedArgs();
      const values = cellsOf(e, valuesRef) as (number | null)[][];
      const units = cellsOf(e, unitsRef).map((r) => r[0]);
      const out = result(e, interpolated);
      const blanks = values.flat().filter((v) => v === null).length;
      expect(blanks).toBeGreaterThanOrEqual(4);
      expect(new Set(units).size).toBe(3);
      for (let c = 0; c < 2; c++) {
        for (const unit of new Set(units)) {
          const rows = units.flatMap((u, i) => (u === unit ? [i] : []));
          const known = rows.filter((i) => values[i][c] !== null);
          for (const i of rows) {
            const v = values[i][c];
            if (v !== null) {
              expect(out[i][c]).toBe(v);
              continue;
            }
            const before = known.filter((k) => k < i).pop();
            const after = known.find((k) => k > i);
            const expected =
              before === undefined ? values[after!][c]! : after === undefined ? values[before][c]! : values[before][c]! + ((values[after][c]! - values[before][c]!) * (i - before)) / (after - before);
            expect(num(out[i][c])).toBeCloseTo(expected, 12);
          }
        }
      }
    });

    test('the panel\'s last year is the cross-section above (same regions, same indicators)', () => {
      const [valuesRef] = interpolatedArgs();
      const panel = sheet.blocks.find((b) => b.at === valuesRef.split(':')[0])!.cells as (number | null)[][];
      const raw = at('C7').cells as number[][];
      // Regions A–C, six years each: rows 5, 11 and 17 are 2024.
      [0, 1, 2].forEach((i) => expect([panel[6 * i + 5][0], panel[6 * i + 5][1]]).toEqual([raw[i][7], raw[i][9]]));
    });
  });

  describe('step 3: the index structure', () => {
    test.each(langs)('in %s, the INDEX_TREE header lists the four elements, then NQP; one row per unit', async (lang) => {
      const e = await evaluated(lang);
      const out = result(e, tree);
      const elements = (at('C4').cells[0].filter((v) => v !== null) as { en: string; zh: string }[]).map((x) => x[lang]);
      expect(elements.length).toBe(4);
      expect(out[0]).toEqual([...elements, TOP_NODE]);
      expect(out.length).toBe(N + 1);
      // The structure names each indicator's element, in the order of the columns, and NQP on top.
      const [, structureRef] = refs(tree);
      const structure = cellsOf(e, areaAddress(structureRef));
      expect(structure.map((r) => r[0])).toEqual(elements.flatMap((x) => [x, x, x]));
      expect(structure.every((r) => r[1] === TOP_NODE)).toBe(true);
    });

    test('the element columns equal the element scores S–V, and NQP is their mean', async () => {
      const e = await evaluated('en');
      const out = result(e, tree).slice(1);
      const elementScores = ['S7', 'T7', 'U7', 'V7'].map((a) => result(e, at(a)).map((r) => num(r[0])));
      out.forEach((row, i) => {
        elementScores.forEach((scores, k) => expect(num(row[k])).toBeCloseTo(scores[i], 12));
        expect(num(row[4])).toBeCloseTo((num(row[0]) + num(row[1]) + num(row[2]) + num(row[3])) / 4, 12);
      });
    });
  });

  describe('step 4: sensitivity', () => {
    test('a small, seeded run; the ranks table has one row per unit, the indices table one row per choice', async () => {
      const e = await evaluated('en');
      for (const b of [ranks, indices]) {
        const call = parseNqp(formulaOf(b))!;
        const runs = call.args[4];
        const seed = call.args[5];
        expect(runs).toEqual({ kind: 'number', value: SENSITIVITY_RUNS });
        expect(SENSITIVITY_RUNS).toBeLessThanOrEqual(200);
        expect(seed.kind).toBe('number');
      }
      const table = result(e, ranks);
      expect(table[0]).toEqual(['nominal rank', 'median rank', 'p5', 'p95', 'mean abs shift']);
      expect(table.length).toBe(N + 1);
      // The nominal ranks are a permutation of 1…N, and each unit's rank band contains its median.
      expect(table.slice(1).map((r) => num(r[0])).sort((a, b) => a - b)).toEqual(Array.from({ length: N }, (_, i) => i + 1));
      for (const r of table.slice(1)) {
        expect(num(r[2])).toBeLessThanOrEqual(num(r[1]));
        expect(num(r[1])).toBeLessThanOrEqual(num(r[3]));
      }
      // The nominal index is the min-max arithmetic composite with the given weights: the ranks of column P.
      const composite = result(e, at('P7')).map((r) => num(r[0]));
      const rankOf = (i: number) => 1 + composite.filter((c) => c > composite[i]).length;
      table.slice(1).forEach((r, i) => expect(r[0]).toBe(rankOf(i)));
      const sobol = result(e, indices);
      expect(sobol[0]).toEqual(['choice', 'first order', 'total']);
      expect(sobol.slice(1).map((r) => r[0])).toEqual(['normalization', 'weighting', 'aggregation', 'noise']);
    });

    test('the unit names beside each result table are the units of the data', () => {
      for (const b of [treated, tree, ranks]) {
        const area = blockArea(b);
        const header = b === treated ? 0 : 1; // the tree and the ranks carry their own header row
        const names = sheet.blocks.find((x) => {
          const a = blockArea(x);
          return a.cols === 1 && a.rows === N && a.top === area.top + header && a.left === area.left - 1;
        });
        expect(names?.cells.map((r) => resolve(r[0], 'en'))).toEqual(Array.from({ length: N }, (_, i) => `=B${7 + i}`));
      }
    });
  });
});

/** The values and units references of the INTERPOLATE formula. */
function interpolatedArgs(): string[] {
  return (parseNqp(formulaOf(interpolated))?.args ?? []).flatMap((a) => (a.kind === 'ref' ? [a.address] : []));
}

/** The evaluated cells of a range. */
function cellsOf(e: Evaluation, address: string): Value[][] {
  const a = parseArea(address);
  return Array.from({ length: a.rows }, (_, r) => Array.from({ length: a.cols }, (_, c) => e.cells.get(cellKey(a.top + r, a.left + c)) ?? null));
}

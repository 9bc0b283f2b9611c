/**
 * The index builder's sheet (src/taskpane/index-builder.ts), computed: the
 * analyst's table on a sheet of its own and the built sheet beside it, in the
 * HyperFormula workbook the template tests use (NQP formulas through the
 * adapter, as Excel calls them). Its weights, scores, ranks and obstacle
 * degrees equal the functions called directly on the same table; every option
 * computes without an error cell; a table that cannot be built from says why.
 */
import type { RawCellContent } from 'hyperformula';
import { type ExcelResult, invoke } from '../../src/excel/adapter';
import { specByName } from '../../src/registry';
import { type Choices, BuildError, defaultChoices, indicatorColumns, planIndex, type TableInfo } from '../../src/taskpane/index-builder';
import { quoteSheet } from '../../src/core/shared/a1';
import { type Block, type Lang, type SheetDef, parseCell } from '../../src/templates/model';
import { computeWorkbook, DetailedCellError, valueAt } from '../templates/hyperformula';

/** A fictional table: 12 provinces, a region, 5 indicators (the last a cost), on sheet "My data" from B3. */
const HEADERS = ['Province', 'Region', 'R&D intensity', 'Patents', 'Digital economy', 'Productivity', 'Energy intensity'];
const REGIONS = ['East', 'East', 'East', 'Central', 'Central', 'Central', 'West', 'West', 'West', 'East', 'Central', 'West'];
const DATA = Array.from({ length: 12 }, (_, i) => [1 + ((i * 7) % 11) / 4, 20 + ((i * 13) % 17) * 3, 30 + ((i * 5) % 9) * 4.5, 8 + ((i * 11) % 7) * 1.3, 0.4 + ((i * 3) % 10) / 12]);
const TABLE: TableInfo = { sheet: 'My data', top: 2, left: 1, headers: HEADERS, rows: 12, numeric: [false, false, true, true, true, true, true] };
const DIRS: (1 | -1)[] = [1, 1, 1, 1, -1];

const choices = (over: Partial<Choices> = {}): Choices => defaultChoices({ regionColumn: 1, directions: DIRS, dimensions: ['', '', '', '', ''], ...over });

/** The data sheet's cells: the table at B3. */
function dataSheet(rows: (string | number | null)[][]): RawCellContent[][] {
  const out: RawCellContent[][] = [[], []];
  out.push([null, ...HEADERS]);
  for (const r of rows) out.push([null, ...r]);
  return out;
}

/** The built sheet's cells in one language, and the spill size of each formula that spills. */
function builtSheet(def: SheetDef, lang: Lang): { cells: RawCellContent[][]; sizes: Map<string, { rows: number; cols: number }> } {
  const cells: RawCellContent[][] = [];
  const sizes = new Map<string, { rows: number; cols: number }>();
  const put = (r: number, c: number, v: RawCellContent) => {
    while (cells.length <= r) cells.push([]);
    cells[r][c] = v;
  };
  for (const b of def.blocks as Block[]) {
    const at = parseCell(b.at);
    b.cells.forEach((row, i) =>
      row.forEach((v, j) => {
        const value = v !== null && typeof v === 'object' ? ('f' in v ? (typeof v.f === 'string' ? v.f : v.f[lang]) : v[lang]) : v;
        put(at.row + i, at.col + j, typeof value === 'string' && !value.startsWith('=') ? `'${value}` : (value as RawCellContent));
      }),
    );
    if (b.spill) sizes.set(`${at.row},${at.col}`, b.spill);
  }
  // SORTBY spills too (the ranking for the chart): as many rows as the scores.
  for (const b of def.blocks) {
    const f = b.cells[0][0];
    if (f !== null && typeof f === 'object' && 'f' in f && typeof f.f === 'string' && f.f.startsWith('=SORTBY')) {
      const at = parseCell(b.at);
      sizes.set(`${at.row},${at.col}`, b.spill ?? { rows: 12, cols: 1 });
    }
  }
  return { cells, sizes };
}

async function compute(def: SheetDef, rows: (string | number | null)[][], lang: Lang = 'en') {
  const built = builtSheet(def, lang);
  const { engine } = await computeWorkbook(
    [
      { name: 'My data', cells: dataSheet(rows) },
      { name: 'NQP index', cells: built.cells },
    ],
    new Map([[1, built.sizes]]),
  );
  const at = (address: string) => {
    const c = parseCell(address);
    return valueAt(engine, 1, c.row, c.col);
  };
  const errors: string[] = [];
  for (const b of def.blocks) {
    if (b.role !== 'output') continue;
    const a = parseCell(b.at);
    const size = b.spill ?? { rows: b.cells.length, cols: b.cells[0].length };
    for (let i = 0; i < size.rows; i++) for (let j = 0; j < size.cols; j++) {
      const v = valueAt(engine, 1, a.row + i, a.col + j);
      if (v instanceof DetailedCellError) errors.push(`${b.at}+${i},${j}: ${v.value} ${v.message}`);
    }
  }
  return { at, errors, engine };
}

const rows = DATA.map((r, i) => [`P${i + 1}`, REGIONS[i], ...r]);
const direct = async (name: string, args: unknown[]): Promise<ExcelResult> => invoke(specByName.get(name)!, args);
const blockAt = (def: SheetDef, pred: (b: Block) => boolean): Block => def.blocks.find(pred)!;
const formulaOf = (b: Block): string => {
  const c = b.cells[0][0];
  return c !== null && typeof c === 'object' && 'f' in c && typeof c.f === 'string' ? c.f : '';
};

describe('indicatorColumns', () => {
  it('takes all columns but the units, periods and regions', () => {
    expect(indicatorColumns(TABLE, null, 1)).toEqual([2, 3, 4, 5, 6]);
  });
  it('says why a table cannot be built from, in both languages', () => {
    const why = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof BuildError ? [e.text.en, e.text.zh] : ['not a BuildError'];
      }
      return null;
    };
    expect(why(() => indicatorColumns(TABLE, null, null))?.[0]).toMatch(/“Region” holds text/);
    expect(why(() => indicatorColumns({ ...TABLE, numeric: [false, true, true, false, true, true, true] }, 3, 1))?.[0]).toMatch(/side by side/);
    expect(why(() => indicatorColumns({ ...TABLE, headers: HEADERS.slice(0, 3), numeric: [false, false, true] }, null, 1))?.[1]).toMatch(/至少需要两列指标/);
    expect(why(() => indicatorColumns({ ...TABLE, rows: 2 }, null, 1))?.[0]).toMatch(/three rows/);
  });
  it('quotes a sheet name where a formula needs it', () => {
    expect(quoteSheet('Data')).toBe('Data');
    expect(quoteSheet("My data")).toBe("'My data'");
    expect(quoteSheet("Bob's")).toBe("'Bob''s'");
    expect(quoteSheet('AB12')).toBe("'AB12'");
    expect(quoteSheet('数据')).toBe("'数据'");
  });
});

describe('the built sheet computes what the functions give on the same table', () => {
  const def = planIndex(TABLE, choices());
  const data = "'My data'!$D$4:$H$15";

  it('refers to the table itself, with absolute addresses on its sheet', () => {
    const weights = blockAt(def, (b) => b.role === 'output' && formulaOf(b).startsWith('=NQP.ENTROPY_WEIGHTS'));
    expect(formulaOf(weights)).toBe(`=NQP.ENTROPY_WEIGHTS(${data},$B$6:$F$6)`);
    const score = blockAt(def, (b) => b.role === 'output' && formulaOf(b).startsWith('=NQP.COMPOSITE_SCORE'));
    expect(formulaOf(score)).toBe(`=NQP.COMPOSITE_SCORE(${data},$B$7:$F$7,$B$6:$F$6,"arithmetic","minmax")`);
  });

  it('weights, scores, ranks and obstacle degrees', async () => {
    const { at, errors } = await compute(def, rows);
    expect(errors).toEqual([]);
    const w = (await direct('ENTROPY_WEIGHTS', [DATA, [DIRS]]))[0] as number[];
    // (HyperFormula rounds what it stores to 10 significant digits.)
    ['B7', 'C7', 'D7', 'E7', 'F7'].forEach((a, j) => expect(at(a) as number).toBeCloseTo(w[j], 9));
    const score = (await direct('COMPOSITE_SCORE', [DATA, [w], [DIRS], 'arithmetic', 'minmax'])).map((r) => r[0] as number);
    const top = parseCell(blockAt(def, (b) => formulaOf(b).startsWith('=NQP.COMPOSITE_SCORE')).at).row + 1;
    const got = score.map((_, i) => at(`B${top + i}`) as number);
    got.forEach((g, i) => expect(g).toBeCloseTo(score[i], 9));
    // Ranks: 1 for the largest score.
    const best = score.indexOf(Math.max(...score));
    expect(at(`C${top + best}`)).toBe(1);
    expect(at(`A${top}`)).toBe('P1');
    // The ranking for the chart, sorted.
    expect(at(`E${top}`)).toBe(`P${best + 1}`);
    // Obstacle degrees sum to 1 in each row.
    const od = blockAt(def, (b) => formulaOf(b).startsWith('=NQP.OBSTACLE_DEGREE'));
    const o = parseCell(od.at);
    const sum = [0, 1, 2, 3, 4].reduce((s, j) => s + (at(`${String.fromCharCode(66 + j)}${o.row + 1}`) as number), 0);
    expect(sum).toBeCloseTo(1, 9);
  });

  it('names the indicators from the header row, live', async () => {
    const { at } = await compute(def, rows);
    expect(['B5', 'F5'].map((a) => at(a))).toEqual(['R&D intensity', 'Energy intensity']);
  });

  it('has a ranked bar chart of the scores', () => {
    expect(def.charts).toEqual([expect.objectContaining({ type: 'BarClustered', reverseCategories: true, source: expect.stringMatching(/^E\d+:F\d+$/) })]);
  });
});

describe('every option computes without an error cell, in both languages', () => {
  const variants: [string, Partial<Choices>][] = [
    ['TOPSIS with CRITIC weights', { scoring: 'topsis', weighting: 'critic', normalization: 'vector' }],
    ['standard-deviation weights, z-scores', { weighting: 'sd', normalization: 'zscore' }],
    ['equal weights', { weighting: 'equal' }],
    ['AHP weights (the comparisons left at 1)', { weighting: 'ahp' }],
    ['outliers treated, rank uncertainty, regional gaps', { treatOutliers: true, rankUncertainty: true, regional: true }],
    ['an index by dimensions', { dimensions: ['Innovation', 'Innovation', 'Digital', 'Digital', 'Green'] }],
  ];
  it.each(variants)('%s', async (_name, over) => {
    const def = planIndex(TABLE, choices(over));
    for (const lang of ['en', 'zh'] as Lang[]) {
      const { errors } = await compute(def, rows, lang);
      expect(errors).toEqual([]);
    }
  });

  it('a panel with a gap: interpolated first (periods from a column of their own)', async () => {
    const panel: TableInfo = {
      sheet: 'My data',
      top: 2,
      left: 1,
      headers: ['Province', 'Year', 'R&D intensity', 'Patents', 'Digital economy'],
      rows: 12,
      numeric: [false, true, true, true, true],
    };
    const years: (string | number | null)[][] = Array.from({ length: 12 }, (_, i) => [`P${Math.floor(i / 4) + 1}`, 2019 + (i % 4), ...DATA[i].slice(0, 3)]);
    years[5][3] = null; // P2 in 2020: a gap
    const def = planIndex(panel, choices({ periodColumn: 1, regionColumn: null, directions: [1, 1, 1], dimensions: ['', '', ''], interpolate: true }));
    const cells = [[], [], [null, ...panel.headers], ...years.map((r) => [null, ...r])] as RawCellContent[][];
    const built = builtSheet(def, 'en');
    const { engine } = await computeWorkbook(
      [
        { name: 'My data', cells },
        { name: 'NQP index', cells: built.cells },
      ],
      new Map([[1, built.sizes]]),
    );
    const interp = def.blocks.find((b) => b.role === 'output' && formulaOf(b).startsWith('=NQP.INTERPOLATE'))!;
    const a = parseCell(interp.at);
    // The gap is filled between 2019 and 2021 (row 5 of the data, its second indicator).
    expect(valueAt(engine, 1, a.row + 5, a.col + 1)).toBeCloseTo(((years[4][3] as number) + (years[6][3] as number)) / 2, 9);
    const scores = def.blocks.find((b) => formulaOf(b).startsWith('=NQP.COMPOSITE_SCORE'))!;
    expect(formulaOf(scores)).toContain(`$${interp.at.replace(/\d+/, '')}$6`);
  });

  it('interpolation without a period column, or regions without a region column, say what is missing', () => {
    expect(() => planIndex(TABLE, choices({ interpolate: true }))).toThrow(BuildError);
    expect(() => planIndex({ ...TABLE, headers: HEADERS.slice(0, 1).concat(HEADERS.slice(2)), numeric: [false, true, true, true, true, true] }, choices({ regionColumn: null, regional: true }))).toThrow(/region column/);
  });
});

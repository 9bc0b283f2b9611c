/**
 * The index builder: from the analyst's own table (unit names in its first
 * column, indicator names in its header row, optionally a period and a region
 * column) and their choices, a new sheet of live NQP formulas over that table —
 * directions, weights, scores, ranks, obstacle degrees, a ranked bar chart,
 * and the optional steps (outlier treatment, interpolation of a panel's gaps,
 * an index by dimensions, rank uncertainty, regional gaps). Editing the data
 * recomputes everything. Pure: the sheet is a SheetDef of the templates' model
 * (src/templates/model.ts), which src/templates/insert.ts writes; reading the
 * selection and writing the sheet are in index-builder-excel.ts.
 */
import type { Block, ChartDef, Formula, SheetDef, Text } from '../templates/model';
import { columnName, quoteSheet } from '../core/shared/a1';

/** The analyst's table as read from the selection. */
export interface TableInfo {
  /** The sheet it is on. */
  sheet: string;
  /** 0-based row and column of its top-left cell (the header of the unit column). */
  top: number;
  left: number;
  /** The header row's texts, one per column. */
  headers: string[];
  /** The number of data rows (below the header). */
  rows: number;
  /** Per column: whether its data cells are numbers (blank allowed). */
  numeric: boolean[];
}

export type Weighting = 'entropy' | 'critic' | 'sd' | 'equal' | 'ahp';
export type Scoring = 'composite' | 'topsis';

export interface Choices {
  /** The column (0-based, in the table) of the periods, and of the regions, if any. */
  periodColumn: number | null;
  regionColumn: number | null;
  /** One per indicator, in their order: 1 benefit, −1 cost. */
  directions: (1 | -1)[];
  /** One dimension per indicator ('' for none): with any, the index is built by dimensions (INDEX_TREE). */
  dimensions: string[];
  weighting: Weighting;
  scoring: Scoring;
  normalization: string;
  treatOutliers: boolean;
  interpolate: boolean;
  rankUncertainty: boolean;
  regional: boolean;
}

/** The choices before the analyst makes any: entropy weights, a min–max composite score, no optional step. */
export function defaultChoices(over: Partial<Choices> = {}): Choices {
  return {
    periodColumn: null,
    regionColumn: null,
    directions: [],
    dimensions: [],
    weighting: 'entropy',
    scoring: 'composite',
    normalization: 'minmax',
    treatOutliers: false,
    interpolate: false,
    rankUncertainty: false,
    regional: false,
    ...over,
  };
}

export const WEIGHTINGS: readonly Weighting[] = ['entropy', 'critic', 'sd', 'equal', 'ahp'];
export const NORMALIZATIONS: Record<Scoring, readonly string[]> = { composite: ['minmax', 'zscore', 'percentile', 'fracmax'], topsis: ['minmax', 'vector'] };

/** Why a table cannot be built from: a message in both languages. */
export class BuildError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

const t = (en: string, zh: string): Text => ({ en, zh });
const formula = (f: string): Formula => ({ f });

/** The absolute address of `rows` × `cols` cells of the table's sheet from 0-based (row, col). */
function absolute(table: TableInfo, row: number, col: number, rows: number, cols: number): string {
  const a = `$${columnName(col)}$${row + 1}`;
  const b = `$${columnName(col + cols - 1)}$${row + rows}`;
  return `${quoteSheet(table.sheet)}!${rows === 1 && cols === 1 ? a : `${a}:${b}`}`;
}

/** The indicator columns (0-based in the table): all but the units, periods and regions; they must be side by side. */
export function indicatorColumns(table: TableInfo, periodColumn: number | null, regionColumn: number | null): number[] {
  const cols = table.headers.map((_, j) => j).filter((j) => j !== 0 && j !== periodColumn && j !== regionColumn);
  if (cols.length < 2) throw new BuildError(t('The table needs at least two indicator columns besides the unit names.', '除单位名称外，表格至少需要两列指标。'));
  if (cols.some((j, k) => k > 0 && j !== cols[k - 1] + 1)) {
    throw new BuildError(t('Put the period and region columns next to the unit names (or after the indicators), so that the indicators are side by side.', '请把期间列和地区列放在单位名称旁边（或指标之后），使各指标列相邻。'));
  }
  const text = cols.filter((j) => !table.numeric[j]);
  if (text.length > 0) {
    throw new BuildError(
      t(
        `Column “${table.headers[text[0]]}” holds text where the indicators need numbers: choose it as the period or region column, or leave it out of the selection.`,
        `“${table.headers[text[0]]}”列含有文本，而指标需要数字：请将其设为期间列或地区列，或不要选入该列。`,
      ),
    );
  }
  if (table.rows < 3) throw new BuildError(t('The table needs at least three rows of data under its header row.', '表头下方至少需要三行数据。'));
  return cols;
}

/** The builder's sheet for this table and these choices. */
export function planIndex(table: TableInfo, choices: Choices): SheetDef {
  const ind = indicatorColumns(table, choices.periodColumn, choices.regionColumn);
  const m = ind.length;
  const n = table.rows;
  if (choices.directions.length !== m) throw new Error(`${m} directions expected, got ${choices.directions.length}`);
  const first = table.top + 1; // the first data row, 0-based
  const source = absolute(table, first, table.left + ind[0], n, m);
  const units = absolute(table, first, table.left, n, 1);
  // The unit names, one reference per cell (a bare range spills only in dynamic-array Excel).
  const unitCells = (): Block['cells'] => Array.from({ length: n }, (_, i) => [formula(`=${absolute(table, first + i, table.left, 1, 1)}`)]);
  const periods = choices.periodColumn === null ? null : absolute(table, first, table.left + choices.periodColumn, n, 1);
  const regions = choices.regionColumn === null ? null : absolute(table, first, table.left + choices.regionColumn, n, 1);

  const blocks: Block[] = [];
  const charts: ChartDef[] = [];
  const col = (j: number) => columnName(1 + j); // indicators from column B
  const last = col(m - 1);
  blocks.push(
    { at: 'A1', role: 'title', cells: [[t('NQP index', '新质生产力指数')]] },
    {
      at: 'A2',
      role: 'note',
      cells: [[t(`Live formulas over your table ${source}: edit the data and every result here recomputes.`, `基于您的表格 ${source} 的实时公式：修改数据后，此处所有结果都会重新计算。`)]],
    },
  );

  // The indicators: names (from the header row), directions, dimensions, weights.
  let row = 4;
  blocks.push({ at: `A${row}`, role: 'heading', cells: [[t('Indicators', '指标')]] });
  row++;
  blocks.push(
    { at: `A${row}`, role: 'header', cells: [[t('Indicator', '指标')]] },
    { at: `B${row}`, role: 'header', cells: [ind.map((j) => formula(`=${absolute(table, table.top, table.left + j, 1, 1)}`))] },
  );
  row++;
  const dirs = `$B$${row}:$${last}$${row}`;
  blocks.push(
    { at: `A${row}`, role: 'label', bold: true, cells: [[t('Direction (1 benefit, −1 cost)', '方向（1 正向，−1 逆向）')]] },
    {
      at: `B${row}`,
      role: 'input',
      cells: [choices.directions],
      validation: { kind: 'list', source: '1,-1', message: t('1 for a benefit indicator, −1 for a cost indicator.', '正向指标填 1，逆向指标填 −1。') },
    },
  );
  row++;

  // The data the scores use: the table itself, or its gaps filled (a panel) and its outliers treated.
  let data = source;
  const steps: Block[] = [];
  // The steps' blocks sit to the right of everything else (the indicators, the ranking and its chart, H–O).
  let side = Math.max(m + 3, 16);
  const sideBlock = (title: Text, f: string, rows: number, cols: number, header: boolean): string => {
    const c = columnName(side);
    steps.push({ at: `${c}4`, role: 'heading', cells: [[title]] });
    if (header) steps.push({ at: `${c}5`, role: 'header', cells: [ind.map((_, k) => formula(`=${col(k)}5`))] });
    steps.push({ at: `${c}6`, role: 'output', cells: [[formula(f)]], spill: { rows, cols }, numberFormat: '0.000' });
    const range = `$${c}$6:$${columnName(side + cols - 1)}$${5 + rows}`;
    side += cols + 1;
    return range;
  };
  if (choices.interpolate) {
    if (periods === null) throw new BuildError(t('Interpolation fills the gaps of a panel: choose the period column.', '插值用于填补面板数据的缺口：请选择期间列。'));
    data = sideBlock(t('Gaps filled by interpolation', '插值补齐缺口'), `=NQP.INTERPOLATE(${data},${units})`, n, m, true);
  }
  if (choices.treatOutliers) data = sideBlock(t('Outliers treated (COINr’s rule)', '处理异常值（COINr 规则）'), `=NQP.TREAT_OUTLIERS(${data})`, n, m, true);

  const weightFormula: Record<Exclude<Weighting, 'ahp' | 'equal'>, string> = {
    entropy: `=NQP.ENTROPY_WEIGHTS(${data},${dirs})`,
    critic: `=NQP.CRITIC_WEIGHTS(${data},${dirs})`,
    sd: `=NQP.SD_WEIGHTS(${data},${dirs})`,
  };
  const weights = `$B$${row}:$${last}$${row}`;
  const weightLabel: Record<Weighting, Text> = {
    entropy: t('Weight (entropy)', '权重（熵值法）'),
    critic: t('Weight (CRITIC)', '权重（CRITIC）'),
    sd: t('Weight (standard deviation)', '权重（标准差法）'),
    equal: t('Weight (equal)', '权重（等权）'),
    ahp: t('Weight (AHP)', '权重（层次分析法）'),
  };
  blocks.push({ at: `A${row}`, role: 'label', bold: true, cells: [[weightLabel[choices.weighting]]] });
  let ahpAt: number | null = null;
  if (choices.weighting === 'equal') {
    blocks.push({ at: `B${row}`, role: 'input', cells: [ind.map(() => formula(`=1/${m}`))], numberFormat: '0.0000' });
  } else if (choices.weighting === 'ahp') {
    ahpAt = row + 3 + (choices.dimensions.some((d) => d !== '') ? 1 : 0);
    blocks.push({ at: `B${row}`, role: 'output', cells: [[formula(`=NQP.AHP_WEIGHTS($B$${ahpAt + 1}:$${last}$${ahpAt + m})`)]], spill: { rows: 1, cols: m }, numberFormat: '0.0000' });
  } else {
    blocks.push({ at: `B${row}`, role: 'output', cells: [[formula(weightFormula[choices.weighting])]], spill: { rows: 1, cols: m }, numberFormat: '0.0000' });
  }
  row++;
  const grouped = choices.dimensions.some((d) => d !== '');
  if (grouped) {
    blocks.push(
      { at: `A${row}`, role: 'label', bold: true, cells: [[t('Dimension', '维度')]] },
      { at: `B${row}`, role: 'input', cells: [choices.dimensions.map((d) => d || '—')] },
    );
    row++;
  }
  if (ahpAt !== null) {
    // The pairwise comparisons, to fill in (1 on the diagonal; a_ji = 1/a_ij).
    row = ahpAt;
    blocks.push(
      { at: `A${row}`, role: 'heading', cells: [[t('AHP comparisons (row over column, 1–9; fill in the upper triangle)', '层次分析法判断矩阵（行相对于列，1–9；请填写上三角）')]] },
      { at: `B${row}`, role: 'header', cells: [ind.map((_, k) => formula(`=${col(k)}5`))] },
    );
    const matrix = ind.map((_, i) => ind.map((__, j) => (i === j ? 1 : i < j ? 1 : formula(`=1/${col(i)}${ahpAt! + 1 + j}`))));
    blocks.push({ at: `B${row + 1}`, role: 'input', cells: matrix as Block['cells'], numberFormat: '0.###' });
    row += m + 1;
  }
  row++;

  // The scores: one per unit (row of the table), their ranks, and the chart's sorted copy.
  blocks.push({ at: `A${row}`, role: 'heading', cells: [[t('Scores', '得分')]] });
  row++;
  const scoreName = choices.scoring === 'topsis' ? t('Closeness (TOPSIS)', '贴近度（TOPSIS）') : t('Composite score', '综合得分');
  blocks.push({ at: `A${row}`, role: 'header', cells: [[t('Unit', '单位'), scoreName, t('Rank', '排名')]] });
  row++;
  const top = row;
  const bottom = row + n - 1;
  const scores = `$B$${top}:$B$${bottom}`;
  const scoreFormula =
    choices.scoring === 'topsis'
      ? `=NQP.TOPSIS(${data},${weights},${dirs},"${choices.normalization}")`
      : `=NQP.COMPOSITE_SCORE(${data},${weights},${dirs},"arithmetic","${choices.normalization}")`;
  blocks.push(
    { at: `A${top}`, role: 'output', cells: unitCells() },
    { at: `B${top}`, role: 'output', cells: [[formula(scoreFormula)]], spill: { rows: n, cols: 1 }, numberFormat: '0.0000' },
    { at: `C${top}`, role: 'output', cells: Array.from({ length: n }, (_, i) => [formula(`=IFERROR(RANK.EQ(B${top + i},${scores}),"")`)]) },
  );
  // The ranking, sorted for the chart, beside the scores.
  blocks.push(
    { at: `E${top - 1}`, role: 'header', cells: [[t('Unit (ranked)', '单位（按排名）'), scoreName]] },
    { at: `E${top}`, role: 'output', cells: [[formula(`=SORTBY($A$${top}:$A$${bottom},${scores},-1)`)]], spill: { rows: n, cols: 1 } },
    { at: `F${top}`, role: 'output', cells: [[formula(`=SORTBY(${scores},${scores},-1)`)]], spill: { rows: n, cols: 1 }, numberFormat: '0.0000' },
  );
  charts.push({
    type: 'BarClustered',
    source: `E${top - 1}:F${bottom}`,
    seriesBy: 'Columns',
    title: t('Ranking', '排名'),
    from: `H${top - 1}`,
    to: `O${top + Math.max(14, Math.min(n, 40))}`,
    reverseCategories: true,
  });
  row = bottom + 2;

  // Obstacle degrees: how much each indicator holds each unit back.
  blocks.push({ at: `A${row}`, role: 'heading', cells: [[t('Obstacle degrees', '障碍度')]] });
  row++;
  blocks.push(
    { at: `A${row}`, role: 'header', cells: [[t('Unit', '单位')]] },
    { at: `B${row}`, role: 'header', cells: [ind.map((_, k) => formula(`=${col(k)}5`))] },
  );
  row++;
  blocks.push(
    { at: `A${row}`, role: 'output', cells: unitCells() },
    { at: `B${row}`, role: 'output', cells: [[formula(`=NQP.OBSTACLE_DEGREE(${data},${weights},${dirs})`)]], spill: { rows: n, cols: m }, numberFormat: '0.0%' },
  );
  row += n + 1;

  // The index by dimensions (INDEX_TREE), when the indicators are grouped.
  if (grouped) {
    blocks.push({ at: `A${row}`, role: 'heading', cells: [[t('Index by dimensions', '分维度指数')]] });
    row++;
    const structureAt = row;
    blocks.push({
      at: `A${structureAt}`,
      role: 'input',
      cells: ind.map((_, k) => [formula(`=IF(${col(k)}8="—","",${col(k)}8)`), t('Index', '指数')]),
    });
    row += m + 1;
    blocks.push({
      at: `A${row}`,
      role: 'output',
      cells: [[formula(`=NQP.INDEX_TREE(${data},$A$${structureAt}:$B$${structureAt + m - 1},${weights},"arithmetic","minmax",${dirs})`)]],
      spill: { rows: n + 1, cols: new Set(choices.dimensions.filter((d) => d !== '')).size + 1 },
      numberFormat: '0.0000',
    });
    row += n + 2;
  }

  // Rank uncertainty under noisy weights, and regional gaps of the scores.
  if (choices.rankUncertainty) {
    blocks.push({ at: `A${row}`, role: 'heading', cells: [[t('Rank uncertainty (weights perturbed by ±25 %, 1,000 runs)', '排名不确定性（权重扰动 ±25%，1,000 次）')]] });
    row++;
    blocks.push({ at: `B${row}`, role: 'output', cells: [[formula(`=NQP.RANK_UNCERTAINTY(${data},${weights},${dirs})`)]], spill: { rows: n + 1, cols: 4 } });
    blocks.push({ at: `A${row + 1}`, role: 'output', cells: unitCells() });
    row += n + 2;
  }
  if (choices.regional) {
    if (regions === null) throw new BuildError(t('Regional gaps need the region column.', '区域差异需要地区列。'));
    blocks.push({ at: `A${row}`, role: 'heading', cells: [[t('Regional gaps of the scores (Dagum Gini decomposition)', '得分的区域差异（Dagum 基尼系数分解）')]] });
    row++;
    blocks.push({
      at: `A${row}`,
      role: 'output',
      cells: [[formula(`=NQP.DAGUM_GINI(${scores},${regions}${periods === null ? '' : `,${periods}`})`)]],
      spill: { rows: 2, cols: 7 },
      numberFormat: '0.0000',
    });
    row += 4;
  }

  blocks.push(...steps);
  const widths: Record<string, number> = { A: 150 };
  for (let k = 0; k < m; k++) widths[col(k)] = 80;
  return {
    name: t('NQP index', '新质生产力指数'),
    widths,
    blocks,
    charts,
  };
}

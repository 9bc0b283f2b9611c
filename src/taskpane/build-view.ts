/**
 * The Build view: the index builder (index-builder.ts) as the pane shows it.
 * The analyst selects their table and reads it in; the pane lists its
 * indicators, each with a benefit/cost choice and an optional dimension, and
 * the choices of weighting, scoring, normalisation and the optional steps;
 * "Build" writes a new sheet of live formulas. English and Simplified Chinese;
 * every control labelled, in document order for the keyboard.
 */
import { BuildError, type Choices, defaultChoices, indicatorColumns, NORMALIZATIONS, type Scoring, type TableInfo, type Weighting, WEIGHTINGS } from './index-builder';
import { buildIndexSheet, readSelectedTable, type SelectedTable } from './index-builder-excel';
import type { UiLang } from './i18n';
import { el } from './views';

export const buildStrings = {
  en: {
    heading: 'Build an index',
    intro:
      'Select your table — unit names in its first column, indicator names in its header row, optionally a period and a region column — and read it in. ' +
      'Choose each indicator’s direction and the methods; Build writes a new sheet of live NQP formulas over your table, so that editing the data recomputes everything. No existing sheet is changed.',
    read: 'Use the selected table',
    noExcel: 'Open the pane in Excel to build an index from your table.',
    summary: (address: string, rows: number, indicators: number) => `${address}: ${rows} rows, ${indicators} indicators.`,
    period: 'Period column',
    region: 'Region column',
    none: '(none)',
    indicators: 'Indicators',
    indicator: 'Indicator',
    direction: 'Direction (↑ larger is better)',
    directionOf: (name: string) => `Direction of ${name}`,
    benefit: 'Benefit ↑',
    cost: 'Cost ↓',
    dimension: 'Dimension (optional)',
    dimensionOf: (name: string) => `Dimension of ${name}`,
    weighting: 'Weights',
    weightings: { entropy: 'Entropy', critic: 'CRITIC', sd: 'Standard deviation', equal: 'Equal', ahp: 'AHP (comparisons to fill in on the sheet)' } as Record<Weighting, string>,
    scoring: 'Scores',
    scorings: { composite: 'Composite score (weighted sum)', topsis: 'TOPSIS' } as Record<Scoring, string>,
    normalization: 'Normalisation',
    normalizations: { minmax: 'Min–max', zscore: 'z-score', percentile: 'Percentile rank', fracmax: 'Share of the maximum', vector: 'Vector (TOPSIS’s own)' } as Record<string, string>,
    steps: 'Optional steps',
    treat: 'Treat outliers (COINr’s rule)',
    interpolate: 'Fill a panel’s gaps by interpolation (needs the period column)',
    uncertainty: 'Rank uncertainty under perturbed weights',
    regional: 'Regional gaps of the scores, Dagum Gini (needs the region column)',
    build: 'Build the index sheet',
    built: (sheet: string, address: string) => `Built the sheet “${sheet}” from ${address}.`,
  },
  zh: {
    heading: '构建指数',
    intro:
      '选中您的表格（第一列为单位名称，第一行为指标名称，可含期间列和地区列）并读取。为每个指标选择方向并选择方法；“构建”会新建一张工作表，写入基于您的表格的实时 NQP 公式，修改数据后全部结果都会重新计算。不会改动已有的工作表。',
    read: '读取所选表格',
    noExcel: '请在 Excel 中打开任务窗格，以便用您的表格构建指数。',
    summary: (address: string, rows: number, indicators: number) => `${address}：${rows} 行，${indicators} 个指标。`,
    period: '期间列',
    region: '地区列',
    none: '（无）',
    indicators: '指标',
    indicator: '指标',
    direction: '方向（↑ 越大越好）',
    directionOf: (name: string) => `${name}的方向`,
    benefit: '正向 ↑',
    cost: '逆向 ↓',
    dimension: '维度（可选）',
    dimensionOf: (name: string) => `${name}所属维度`,
    weighting: '权重',
    weightings: { entropy: '熵值法', critic: 'CRITIC', sd: '标准差法', equal: '等权', ahp: '层次分析法（在工作表中填写判断矩阵）' } as Record<Weighting, string>,
    scoring: '得分',
    scorings: { composite: '综合得分（加权求和）', topsis: 'TOPSIS' } as Record<Scoring, string>,
    normalization: '标准化',
    normalizations: { minmax: '极差标准化', zscore: 'z 分数', percentile: '百分位排名', fracmax: '占最大值的比例', vector: '向量标准化（TOPSIS）' } as Record<string, string>,
    steps: '可选步骤',
    treat: '处理异常值（COINr 规则）',
    interpolate: '插值补齐面板数据的缺口（需要期间列）',
    uncertainty: '权重扰动下的排名不确定性',
    regional: '得分的区域差异，Dagum 基尼系数（需要地区列）',
    build: '构建指数工作表',
    built: (sheet: string, address: string) => `已根据 ${address} 新建工作表“${sheet}”。`,
  },
};

/** A labelled select. */
function select(id: string, label: string, options: [string, string][], value: string, onChange: (v: string) => void): HTMLElement {
  const s = el('select', { id });
  for (const [v, text] of options) s.append(el('option', { value: v, textContent: text }));
  s.value = value;
  s.addEventListener('change', () => onChange(s.value));
  return el('p', { className: 'field' }, el('label', { htmlFor: id, textContent: label }), s);
}

function checkbox(id: string, label: string, checked: boolean, disabled: boolean, onChange: (v: boolean) => void): HTMLElement {
  const box = el('input', { id, type: 'checkbox' });
  box.checked = checked;
  box.disabled = disabled;
  box.addEventListener('change', () => onChange(box.checked));
  return el('p', { className: 'check' }, box, el('label', { htmlFor: id, textContent: label }));
}

/** The Build view, in `lang`; `inExcel` says whether the pane runs in Excel; `say` reports in the status line. */
export function renderBuild(view: HTMLElement, lang: UiLang, inExcel: () => boolean, say: (message: string) => void): void {
  const s = buildStrings[lang];
  let selected: SelectedTable | null = null;
  let choices: Choices | null = null;
  const form = el('div', { id: 'build-form' });

  const failed = (e: unknown) => say(e instanceof BuildError ? e.text[lang] : e instanceof Error ? e.message : String(e));

  const indicatorsOf = (table: TableInfo, c: Choices): number[] | null => {
    try {
      return indicatorColumns(table, c.periodColumn, c.regionColumn);
    } catch (e) {
      failed(e);
      return null;
    }
  };

  const renderForm = (): void => {
    form.replaceChildren();
    if (selected === null || choices === null) return;
    const { table, address } = selected;
    const c = choices;
    const ind = indicatorsOf(table, c) ?? [];
    if (c.directions.length !== ind.length) {
      c.directions = ind.map(() => 1);
      c.dimensions = ind.map(() => '');
    }
    const columns: [string, string][] = [['', s.none], ...table.headers.slice(1).map((h, j): [string, string] => [String(j + 1), h])];
    const rows = ind.map((j, k) => {
      const name = table.headers[j];
      const dir = el('select', { id: `build-dir-${k}` });
      dir.append(el('option', { value: '1', textContent: s.benefit }), el('option', { value: '-1', textContent: s.cost }));
      dir.value = String(c.directions[k]);
      dir.setAttribute('aria-label', s.directionOf(name));
      dir.addEventListener('change', () => (c.directions[k] = dir.value === '-1' ? -1 : 1));
      const dim = el('input', { id: `build-dim-${k}`, type: 'text', value: c.dimensions[k] });
      dim.setAttribute('aria-label', s.dimensionOf(name));
      dim.addEventListener('input', () => (c.dimensions[k] = dim.value.trim()));
      return el('tr', {}, el('th', { textContent: name }), el('td', {}, dir), el('td', {}, dim));
    });
    const head = el('tr', {}, el('th', { textContent: s.indicator }), el('th', { textContent: s.direction }), el('th', { textContent: s.dimension }));
    head.querySelectorAll('th').forEach((th) => th.setAttribute('scope', 'col'));
    rows.forEach((r) => r.firstElementChild?.setAttribute('scope', 'row'));
    const build = el('button', { type: 'button', id: 'build-go', className: 'primary', textContent: s.build });
    build.addEventListener('click', () => {
      build.disabled = true;
      buildIndexSheet(table, c, lang)
        .then((sheet) => say(s.built(sheet, address)), failed)
        .finally(() => (build.disabled = false));
    });
    form.append(
      el('p', { id: 'build-summary', tabIndex: -1, textContent: s.summary(address, table.rows, ind.length) }),
      select('build-period', s.period, columns, c.periodColumn === null ? '' : String(c.periodColumn), (v) => {
        c.periodColumn = v === '' ? null : Number(v);
        if (c.periodColumn === null) c.interpolate = false;
        renderForm();
      }),
      select('build-region', s.region, columns, c.regionColumn === null ? '' : String(c.regionColumn), (v) => {
        c.regionColumn = v === '' ? null : Number(v);
        if (c.regionColumn === null) c.regional = false;
        renderForm();
      }),
      el('h3', { textContent: s.indicators }),
      el('table', { className: 'indicators' }, el('thead', {}, head), el('tbody', {}, ...rows)),
      select('build-weighting', s.weighting, WEIGHTINGS.map((w): [string, string] => [w, s.weightings[w]]), c.weighting, (v) => (c.weighting = v as Weighting)),
      select('build-scoring', s.scoring, (['composite', 'topsis'] as Scoring[]).map((v): [string, string] => [v, s.scorings[v]]), c.scoring, (v) => {
        c.scoring = v as Scoring;
        if (!NORMALIZATIONS[c.scoring].includes(c.normalization)) c.normalization = 'minmax';
        renderForm();
      }),
      select('build-normalization', s.normalization, NORMALIZATIONS[c.scoring].map((v): [string, string] => [v, s.normalizations[v]]), c.normalization, (v) => (c.normalization = v)),
      el('h3', { textContent: s.steps }),
      checkbox('build-treat', s.treat, c.treatOutliers, false, (v) => (c.treatOutliers = v)),
      checkbox('build-interpolate', s.interpolate, c.interpolate, c.periodColumn === null, (v) => (c.interpolate = v)),
      checkbox('build-uncertainty', s.uncertainty, c.rankUncertainty, false, (v) => (c.rankUncertainty = v)),
      checkbox('build-regional', s.regional, c.regional, c.regionColumn === null, (v) => (c.regional = v)),
      build,
    );
  };

  const read = el('button', { type: 'button', id: 'build-read', className: 'primary', textContent: s.read });
  read.addEventListener('click', () => {
    if (!inExcel()) {
      say(s.noExcel);
      return;
    }
    readSelectedTable().then((t) => {
      selected = t;
      // A first guess the analyst can change: a column of numbers headed like a year is the period column,
      // the first column of text after the unit names the region column.
      const period = t.table.headers.findIndex((h, j) => j > 0 && t.table.numeric[j] && /\b(year|period|date)\b|年|期/i.test(h));
      const region = t.table.numeric.findIndex((isNumber, j) => j > 0 && !isNumber);
      choices = defaultChoices({ periodColumn: period > 0 ? period : null, regionColumn: region > 0 ? region : null });
      renderForm();
      document.getElementById('build-summary')?.focus();
    }, failed);
  });
  view.replaceChildren(el('h2', { id: 'build-heading', textContent: s.heading }), el('p', { className: 'intro', textContent: s.intro }), read, form);
}

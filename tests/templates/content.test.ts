/**
 * What the issue asks of each template, beyond the generic checks: the about
 * block, the charts, the validation of assessments, and results that agree
 * with hand computations on the sample data.
 */
import { specByName } from '../../src/registry';
import { ADDIN_NOTE, EMPTY_NOTE, SAMPLE_NOTE } from '../../src/templates/definitions/common';
import { definitions } from '../../src/templates/definitions';
import { fourBases } from '../../src/templates/definitions/four-bases';
import { nqpIndex } from '../../src/templates/definitions/nqp-index';
import { sixAspects } from '../../src/templates/definitions/six-aspects';
import { DEA_FUNCTIONS, tfp } from '../../src/templates/definitions/tfp';
import { type Block, type SheetDef, type TemplateDef, isText, parseCell } from '../../src/templates/model';
import { cellKey, evaluateSheet } from './formulas';

const at = (sheet: SheetDef, address: string): Block => {
  const b = sheet.blocks.find((x) => x.at === address);
  if (!b) throw new Error(`no block at ${address}`);
  return b;
};
const num = (v: unknown): number => v as number;

test.each(definitions.map((d) => [d.id, d] as [string, TemplateDef]))('%s: every sheet has its About block, the sample note and the add-in note', (_id, def) => {
  for (const sheet of def.sheets) {
    const texts = sheet.blocks.flatMap((b) => b.cells.flat()).filter(isText);
    expect(texts.some((x) => x.en === 'About this sheet' && x.zh === '关于本表')).toBe(true);
    expect(texts).toContainEqual(def.sample === 'illustrative' ? SAMPLE_NOTE : EMPTY_NOTE);
    expect(texts).toContainEqual(ADDIN_NOTE);
    expect(sheet.blocks.some((b) => b.role === 'input')).toBe(true);
  }
});

describe('six-aspect assessment', () => {
  const sheet = sixAspects.sheets[0];

  test('scores are validated 0–100, the radar chart shows the chosen unit against the average', () => {
    expect(at(sheet, 'C5').validation).toMatchObject({ kind: 'decimal', min: 0, max: 100 });
    expect(at(sheet, 'C20').validation).toMatchObject({ kind: 'list', source: '=$B$5:$B$14' });
    expect(sheet.charts).toEqual([expect.objectContaining({ type: 'Radar', source: 'B22:H24', seriesBy: 'Rows', min: 0, max: 100 })]);
  });

  test('the composite is the weighted mean of the six scores', async () => {
    const e = await evaluateSheet(sheet, 'en');
    const scores = at(sheet, 'C5').cells as number[][];
    const composite = e.results.get(cellKey(4, 9))!;
    scores.forEach((row, i) => expect(num(composite[i][0])).toBeCloseTo(row.reduce((a, b) => a + b, 0) / 6, 10));
  });
});

describe('NQP index', () => {
  const sheet = nqpIndex.sheets[0];

  test('a direction row with a cost indicator, and a ranked bar chart listed from the top', () => {
    const dirs = at(sheet, 'C6').cells[0];
    expect(dirs.filter((d) => isText(d) && d.en === 'cost').length).toBe(1);
    expect(sheet.charts).toEqual([expect.objectContaining({ type: 'BarClustered', reverseCategories: true })]);
  });

  test('entropy weights sum to 1, the four element scores partition the twelve indicators', async () => {
    const e = await evaluateSheet(sheet, 'en');
    const weights = e.results.get(cellKey(parseCell('C18').row, 2))![0].map(num);
    expect(weights.length).toBe(12);
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    const ranges = ['S7', 'T7', 'U7', 'V7'].map((a) => String((at(sheet, a).cells[0][0] as { f: string }).f).match(/\(([A-Z])52:([A-Z])61/)!.slice(1));
    expect(ranges).toEqual([['C', 'E'], ['F', 'H'], ['I', 'K'], ['L', 'N']]);
    const obstacle = e.results.get(cellKey(22, 2))!;
    for (const row of obstacle) expect(row.map(num).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });
});

describe('TFP and productivity', () => {
  const sheet = tfp.sheets[0];

  test('a line chart of the indices; the DEA sheet is there exactly when its functions are registered', () => {
    expect(sheet.charts?.[0].type).toBe('Line');
    const registered = DEA_FUNCTIONS.every((n) => specByName.has(n));
    expect(tfp.sheets.length).toBe(registered ? 2 : 1);
  });

  test('output growth = capital + labour contributions + TFP growth (log form)', async () => {
    const e = await evaluateSheet(sheet, 'en');
    const data = at(sheet, 'C5').cells as number[][];
    const alpha = (at(sheet, 'P5').cells as number[][])[0][0];
    const capital = e.results.get(cellKey(4, 7))!.map((r) => num(r[0]));
    const growth = e.results.get(cellKey(5, 8))!.map((r) => num(r[0]));
    for (let t = 1; t < data.length; t++) {
      const dy = Math.log(data[t][0] / data[t - 1][0]);
      const dk = Math.log(capital[t] / capital[t - 1]);
      const dl = Math.log(data[t][3] / data[t - 1][3]);
      expect(growth[t - 1]).toBeCloseTo(dy - alpha * dk - (1 - alpha) * dl, 12);
    }
    // Perpetual inventory: K_t = K_{t-1}(1 − δ) + I_t in first-year prices.
    const delta = (at(sheet, 'P5').cells as number[][])[1][0];
    for (let t = 1; t < data.length; t++) {
      const real = (data[t][1] * data[0][2]) / data[t][2];
      expect(capital[t]).toBeCloseTo(capital[t - 1] * (1 - delta) + real, 8);
    }
  });
});

describe('four industrial bases and new infrastructure', () => {
  const sheet = fourBases.sheets[0];

  test('every rating is validated as a whole number 1–5; two radar charts', () => {
    for (const a of ['C5', 'C13']) expect(at(sheet, a).validation).toMatchObject({ kind: 'whole', min: 1, max: 5 });
    expect(at(sheet, 'C5').cells[0].length).toBe(4);
    expect(at(sheet, 'C13').cells[0].length).toBe(7);
    expect(sheet.charts?.map((c) => c.type)).toEqual(['Radar', 'Radar']);
  });

  test('scores stay on the 1–5 scale and name the weakest item in the sheet language', async () => {
    const zh = await evaluateSheet(sheet, 'zh');
    const scores = zh.results.get(cellKey(4, 7))!.map((r) => num(r[0]));
    const ratings = at(sheet, 'C5').cells as number[][];
    scores.forEach((s, i) => expect(s).toBeCloseTo(ratings[i].reduce((a, b) => a + b, 0) / 4, 12));
    const weakest = zh.results.get(cellKey(4, 8))!.map((r) => r[0]);
    expect(weakest[2]).toBe('关键基础材料');
  });
});

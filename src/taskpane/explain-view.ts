/**
 * The Check view: "Why is this cell an error?" (src/taskpane/explain.ts) as
 * the pane shows it, in English and Simplified Chinese. Every text goes in as
 * textContent, so a formula or a message can never become markup.
 */
import type { Explanation, Hint } from './explain';
import type { UiLang } from './i18n';
import { el } from './views';

const fraction = (v: number): string => String(Number((v / 100).toPrecision(12)));
const maybe = (s: string | undefined, before: string, after: string): string => (s ? `${before}${s}${after}` : '');

export const explainStrings = {
  en: {
    tab: 'Check',
    heading: 'Why is this cell an error?',
    intro:
      'Select a cell that shows an error from an NQP formula, then explain it: the pane recomputes the formula from the cells it uses and gives the full message, ' +
      'which Excel does not show for #NUM! and #DIV/0!, with what to check. It changes nothing in the workbook.',
    button: 'Explain the selected cell',
    working: 'Reading the formula and the cells it uses…',
    noExcel: 'Open the pane in Excel to explain a cell.',
    failed: (why: string) => `Could not read the cell: ${why}`,
    noFormula: (address: string) => `${address} holds no NQP formula.`,
    noError: (address: string, name: string) => `${address} (NQP.${name}) shows no error.`,
    unsupported: (address: string, text: string) =>
      `The pane cannot evaluate the argument ${text} of the formula in ${address}: it reads references, names, constants and NQP calls. Compute that argument in cells of its own and refer to them.`,
    shown: (address: string, shown: string, name: string) => `${address} shows ${shown} from NQP.${name}.`,
    message: 'Message',
    cause: 'Caused by',
    hints: 'What to check',
    hint: {
      'header-row': (h: Hint) => `The first row of ${h.at} (${h.param}) holds text: a header row? Start the range one row lower${maybe(h.suggestion, ' (', ')')}.`,
      'header-column': (h: Hint) => `The first column of ${h.at} (${h.param}) holds names: leave it out of the range${maybe(h.suggestion, ' (', ')')}.`,
      'text-numbers': (h: Hint) =>
        `${h.count} ${h.count === 1 ? 'cell' : 'cells'} of ${h.param} ${h.count === 1 ? 'holds a number' : 'hold numbers'} stored as text (the first at ${h.at}): convert them with the warning sign ▸ Convert to Number, or with VALUE().`,
      'percent-scale': (h: Hint) => `${h.param} goes up to ${h.value}: scores on a 0–100 scale? Divide them by 100, or normalise them with NQP.NORMALIZE.`,
      percentage: (h: Hint) => `${h.param} = ${h.value} looks like a percentage: type ${h.value}% or ${fraction(h.value ?? 0)}.`,
      spill: (h: Hint) => `The result needs ${h.rows} × ${h.columns} cells from the formula down and to the right: clear the cells in the way.`,
      'unknown-name': (h: Hint) => `Excel does not know NQP.${h.at}: check the spelling against the function list, and that the add-in is loaded.`,
      busy: () => 'Excel is still computing, or the call carries more than Excel on the web allows (5 MB): wait, or use fewer rows.',
      calc: () => 'Excel could not hold the result (#CALC!): an empty result, or an array inside an array.',
      stale: () => 'Computed here, this formula gives no error: Excel’s value may come from an earlier calculation. Recalculate (Ctrl+Alt+F9).',
    } as Record<Hint['id'], (h: Hint) => string>,
  },
  zh: {
    tab: '检查',
    heading: '这个单元格为什么是错误值？',
    intro:
      '选中显示错误值的 NQP 公式单元格，然后点击“解释”：任务窗格会用公式引用的单元格重新计算，给出完整说明（Excel 对 #NUM! 和 #DIV/0! 不显示说明）以及检查建议。' +
      '不会改动工作簿。',
    button: '解释所选单元格',
    working: '正在读取公式及其引用的单元格……',
    noExcel: '请在 Excel 中打开任务窗格以解释单元格。',
    failed: (why: string) => `无法读取该单元格：${why}`,
    noFormula: (address: string) => `${address} 中没有 NQP 公式。`,
    noError: (address: string, name: string) => `${address}（NQP.${name}）没有错误值。`,
    unsupported: (address: string, text: string) =>
      `任务窗格无法计算 ${address} 中公式的参数 ${text}：它只读取引用、名称、常量和 NQP 函数。请把该参数单独算在一些单元格中，再引用这些单元格。`,
    shown: (address: string, shown: string, name: string) => `${address} 显示 NQP.${name} 返回的 ${shown}。`,
    message: '说明',
    cause: '原因',
    hints: '检查建议',
    hint: {
      'header-row': (h: Hint) => `${h.at}（${h.param}）的第一行是文本，可能是表头：请从下一行开始选取${maybe(h.suggestion, '（', '）')}。`,
      'header-column': (h: Hint) => `${h.at}（${h.param}）的第一列是名称：请不要把它选入区域${maybe(h.suggestion, '（', '）')}。`,
      'text-numbers': (h: Hint) =>
        `${h.param} 中有 ${h.count} 个单元格是以文本形式存储的数字（第一个在 ${h.at}）：请用单元格旁的警告标记 ▸“转换为数字”，或用 VALUE() 转换。`,
      'percent-scale': (h: Hint) => `${h.param} 最大为 ${h.value}：是否为 0–100 分制的得分？请除以 100，或用 NQP.NORMALIZE 标准化。`,
      percentage: (h: Hint) => `${h.param} = ${h.value} 像是百分数：请输入 ${h.value}% 或 ${fraction(h.value ?? 0)}。`,
      spill: (h: Hint) => `结果需要从公式所在单元格向下、向右共 ${h.rows} × ${h.columns} 个单元格：请清空挡住结果的单元格。`,
      'unknown-name': (h: Hint) => `Excel 不认识 NQP.${h.at}：请对照函数列表检查拼写，并确认加载项已加载。`,
      busy: () => 'Excel 仍在计算，或本次调用的数据超过网页版 Excel 允许的 5 MB：请稍候，或减少行数。',
      calc: () => 'Excel 无法容纳该结果（#CALC!）：结果为空，或数组中嵌套了数组。',
      stale: () => '在任务窗格中重新计算时此公式没有错误：Excel 显示的可能是之前的计算结果。请重新计算（Ctrl+Alt+F9）。',
    } as Record<Hint['id'], (h: Hint) => string>,
  },
};

export type ExplainStrings = (typeof explainStrings)['en'];

/** What the pane says of an explanation, as texts: the first line, the message, its causes, the hints. */
export interface ExplanationText {
  lead: string;
  message: string | null;
  causes: string[];
  hints: string[];
}

export function explanationText(e: Explanation, lang: UiLang): ExplanationText {
  const s = explainStrings[lang];
  const lead =
    e.status === 'no-formula'
      ? s.noFormula(e.address)
      : e.status === 'no-error'
        ? s.noError(e.address, e.name ?? '')
        : e.status === 'unsupported'
          ? s.unsupported(e.address, e.unsupported ?? '')
          : s.shown(e.address, e.shown ?? '', e.name ?? '');
  return {
    lead,
    message: e.message ? `${e.code} ${e.message}` : null,
    causes: e.inner.map((i) => `${i.code} ${i.message}`),
    hints: e.hints.map((h) => s.hint[h.id](h)),
  };
}

/** The explanation as the pane shows it (the messages are English, marked so for screen readers). */
export function explanationView(e: Explanation, lang: UiLang): HTMLElement {
  const s = explainStrings[lang];
  const t = explanationText(e, lang);
  const out = el('div', { className: 'explanation' }, el('p', { className: 'explained', textContent: t.lead }));
  if (t.message !== null) {
    const message = el('p', { className: 'message' }, el('code', { textContent: t.message }));
    message.lang = 'en';
    out.append(el('h3', { textContent: s.message }), message);
  }
  if (t.causes.length > 0) {
    const list = el('ul', { className: 'causes' }, ...t.causes.map((c) => el('li', {}, el('code', { textContent: c }))));
    list.lang = 'en';
    out.append(el('h3', { textContent: s.cause }), list);
  }
  if (t.hints.length > 0) out.append(el('h3', { textContent: s.hints }), el('ul', { className: 'hints' }, ...t.hints.map((h) => el('li', { textContent: h }))));
  return out;
}

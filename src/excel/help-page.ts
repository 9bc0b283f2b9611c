/**
 * The functions' help pages (help.html, help-zh-CN.html), generated from the
 * specs at build time. Excel opens them from each function's "Help on this
 * function" link. Every text is escaped: nothing from a spec is markup.
 */
import { exampleFormula, expectedText, functionSignature } from '../registry/formula';
import type { FunctionSpec } from '../registry/types';
import type { Lang } from './metadata';

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const labels = {
  en: {
    title: 'NQP Toolkit — function reference',
    lang: 'en',
    arguments: 'Arguments',
    optional: 'optional',
    default: 'default',
    returns: 'Returns',
    examples: 'Examples',
    result: 'Result',
    source: 'Source',
    other: '中文',
    otherHref: 'help-zh-CN.html',
    sizeTitle: 'How much data one formula takes',
    size:
      'Excel on the web carries at most 5 MB in one call of a custom function and 5 MB back, about 250,000 numbers; Excel on Windows and on the Mac document no such limit. ' +
      'So that a workbook computes the same everywhere, every NQP function keeps to the web’s limit on every platform: its arguments together and its result may each hold about 250,000 numbers (a text counts by its length). ' +
      'Beyond it the function answers at once with #VALUE! giving the size and what to do, instead of leaving the cell at #BUSY!. ' +
      'Blank rows after the data are not counted, so a whole-column reference such as A:A works. The spatial functions take coordinates and build their weights inside.',
    errorsTitle: 'Errors',
    errorsIntro:
      'Every function answers a problem with one of Excel’s error values and a message naming the argument and the row or column (Excel shows it for #VALUE! and #N/A; for #NUM! and #DIV/0! the task pane’s Check tab shows it).',
    errorsHead: ['situation', 'result'],
    errorsRows: [
      ['wrong type, text where a number is needed, shapes that do not match, an unknown option', '#VALUE! naming the argument, and the row or column'],
      [
        'a value on the wrong scale where the scale is known: a score above 1 where [0, 1] is required, a rate of 1 or more where a fraction is required, a dependence that can only be a percentage (2 or more, with cut points of 1 or less)',
        '#VALUE! naming the likely cause and the fix, e.g. “requires depreciation to be a fraction below 1, not 9.6: a percentage? use 0.096 (or 9.6%)”',
      ],
      ['too few units or observations, a required category missing, an infeasible model', '#N/A with a message'],
      ['a zero denominator', '#DIV/0!'],
      ['a value outside the mathematical domain (negative where not allowed, log of ≤ 0)', '#NUM!'],
      ['a failure confined to one unit (an error value in its row, a DEA unit with all inputs or all outputs 0)', 'that error in that unit’s cell only; the other units compute as without it'],
    ],
    blanksTitle: 'Blank cells',
    blanks:
      'An empty cell reads as blank on every platform. Excel on the web sends it as blank; Excel on Windows and on the Mac may send it as 0, which cannot be told from a typed 0. ' +
      'Where an argument that is a cell range holds a 0 there, the add-in reads the types of those cells (once per formula, only the part of the range that holds data) and treats the empty ones as blank, so the result is the web’s. ' +
      'A 0 that a formula computes, or one typed in a cell, stays 0. If the cells cannot be read, the function answers #VALUE! saying so rather than counting blanks as zeros.',
  },
  zh: {
    title: 'NQP 工具包 — 函数参考',
    lang: 'zh-CN',
    arguments: '参数',
    optional: '可选',
    default: '默认',
    returns: '返回',
    examples: '示例',
    result: '结果',
    source: '来源',
    other: 'English',
    otherHref: 'help.html',
    sizeTitle: '一个公式能处理多少数据',
    size:
      '网页版 Excel 每次调用自定义函数最多传送 5 MB，返回结果也最多 5 MB，约合 250,000 个数值；Windows 版和 Mac 版 Excel 未公布此类限制。' +
      '为使工作簿在任何平台上结果一致，所有 NQP 函数在各平台都遵守网页版的限制：全部参数合计、以及结果，各自最多约 250,000 个数值（文本按其长度计）。' +
      '超过时函数立即返回 #VALUE!，说明数据量及处理办法，而不会让单元格一直停在 #BUSY!。' +
      '数据之后的空行不计入，因此可以引用整列（如 A:A）。空间函数接受坐标，并在函数内部构造权重矩阵。',
    errorsTitle: '错误值',
    errorsIntro: '每个函数遇到问题时返回 Excel 的错误值，并附说明，指出参数及所在的行或列（Excel 对 #VALUE! 和 #N/A 显示说明；#NUM! 和 #DIV/0! 的说明可在任务窗格的“检查”选项卡中查看）。',
    errorsHead: ['情形', '结果'],
    errorsRows: [
      ['类型错误、需要数字处出现文本、形状不匹配、未知选项', '#VALUE!，指出参数及所在的行或列'],
      [
        '已知量纲而数值量纲不对：要求 [0, 1] 的得分大于 1，要求小数的比率不小于 1，只能是百分数的依存度（分界点均不大于 1 时不小于 2 的值）',
        '#VALUE!，指出可能的原因和改正办法，例如“requires depreciation to be a fraction below 1, not 9.6: a percentage? use 0.096 (or 9.6%)”',
      ],
      ['单位或观测值过少、缺少必需的类别、模型无可行解', '#N/A，附说明'],
      ['分母为零', '#DIV/0!'],
      ['超出数学定义域的值（不允许为负时为负、对不大于 0 的值取对数）', '#NUM!'],
      ['只涉及一个单位的失败（其所在行有错误值、DEA 中投入或产出全为 0 的单位）', '仅该单位的单元格返回该错误；其余单位按不含该单位计算'],
    ],
    blanksTitle: '空单元格',
    blanks:
      '各平台上空单元格均按空白读取。网页版 Excel 把空单元格作为空值传入；Windows 版和 Mac 版 Excel 可能把它作为 0 传入，与输入的 0 无法区分。' +
      '此时若某个单元格区域参数中含有 0，加载项会读取这些单元格的类型（每个公式一次，只读区域中有数据的部分），把空单元格按空白处理，因此结果与网页版相同。' +
      '公式算出的 0 或单元格中输入的 0 仍为 0。若无法读取这些单元格，函数返回 #VALUE! 并说明原因，而不会把空白当作 0 计算。',
  },
};

function functionSection(spec: FunctionSpec, lang: Lang): string {
  const t = labels[lang];
  const params = spec.params
    .map((p) => {
      const extra = p.optional ? ` (${t.optional}${p.default !== undefined ? `, ${t.default} ${String(p.default)}` : ''})` : '';
      return `<li><code>${escapeHtml(p.name)}</code>${escapeHtml(extra)}: ${escapeHtml(p.description[lang])}</li>`;
    })
    .join('');
  const examples = spec.examples
    .map((ex) => {
      const result = ex.expected.map((row) => row.map(expectedText).join(' | ')).join('<br>');
      return `<li>${escapeHtml(ex.title[lang])}<br><code>${escapeHtml(exampleFormula(spec, ex.args))}</code> → <code>${result
        .split('<br>')
        .map(escapeHtml)
        .join('<br>')}</code><br><small>${t.source}: ${escapeHtml(ex.source)}</small></li>`;
    })
    .join('');
  const signature = functionSignature(spec);
  return `<section id="${spec.name}"><h2>${escapeHtml(signature)}</h2>
<p>${escapeHtml(spec.description[lang])}</p><p>${escapeHtml(spec.help[lang])}</p>
<h3>${t.arguments}</h3><ul>${params}</ul>
<h3>${t.returns}</h3><p>${escapeHtml(spec.result.description[lang])}</p>
<h3>${t.examples}</h3><ul>${examples}</ul></section>`;
}

export function buildHelpPage(specs: readonly FunctionSpec[], lang: Lang): string {
  const t = labels[lang];
  const index = specs.map((s) => `<li><a href="#${s.name}">NQP.${s.name}</a></li>`).join('');
  return `<!DOCTYPE html>
<html lang="${t.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self' 'unsafe-inline'">
<title>${t.title}</title>
<style>body{font-family:"Segoe UI",system-ui,-apple-system,"Microsoft YaHei",sans-serif;max-width:60rem;margin:auto;padding:1rem;line-height:1.5;color:#242424}
code{background:#f3f2f1;padding:0 .2em}table{border-collapse:collapse}th,td{border:1px solid #e1dfdd;padding:.3rem .5rem;text-align:left;vertical-align:top}section{border-top:1px solid #e1dfdd;margin-top:1.5rem}small{color:#605e5c}
@media (prefers-color-scheme: dark){body{background:#1f1f1f;color:#f3f2f1}code{background:#333}small{color:#c8c6c4}th,td{border-color:#484644}}</style>
</head><body><p><a href="${t.otherHref}">${t.other}</a></p><h1>${t.title}</h1><ul>${index}</ul>
<section id="data-size"><h2>${t.sizeTitle}</h2><p>${escapeHtml(t.size)}</p></section>
<section id="errors"><h2>${t.errorsTitle}</h2><p>${escapeHtml(t.errorsIntro)}</p><table><thead><tr>${t.errorsHead.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${t.errorsRows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('')}</tbody></table></section>
<section id="blank-cells"><h2>${t.blanksTitle}</h2><p>${escapeHtml(t.blanks)}</p></section>
${specs.map((s) => functionSection(s, lang)).join('\n')}
</body></html>`;
}

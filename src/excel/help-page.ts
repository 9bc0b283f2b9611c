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
code{background:#f3f2f1;padding:0 .2em}section{border-top:1px solid #e1dfdd;margin-top:1.5rem}small{color:#605e5c}
@media (prefers-color-scheme: dark){body{background:#1f1f1f;color:#f3f2f1}code{background:#333}small{color:#c8c6c4}}</style>
</head><body><p><a href="${t.otherHref}">${t.other}</a></p><h1>${t.title}</h1><ul>${index}</ul>
<section id="data-size"><h2>${t.sizeTitle}</h2><p>${escapeHtml(t.size)}</p></section>
<section id="blank-cells"><h2>${t.blanksTitle}</h2><p>${escapeHtml(t.blanks)}</p></section>
${specs.map((s) => functionSection(s, lang)).join('\n')}
</body></html>`;
}

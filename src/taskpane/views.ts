/**
 * The glossary's views as DOM: the term list, a term page, a function page and
 * the template cards. Every text goes in as textContent (through `el`), never
 * as markup, so glossary content and queries can never become HTML.
 */
import { findTerm, functionsFor, relatedTerms, templatesFor } from '../glossary';
import type { Term } from '../glossary/types';
import { helpPage } from '../excel/metadata';
import { exampleFormula, expectedText, functionSignature } from '../registry/formula';
import type { Example, FunctionSpec } from '../registry/types';
import { templateFileName, templateFileUrl, type TemplateInfo } from '../templates';
import { openTemplateFileAction, opensTemplateAsWorkbook } from './actions';
import type { Strings, UiLang } from './i18n';
import { computeExample, errorMessages, matchesExpected, resultText } from './live';
import { splitNotes } from './notes';

/** Creates an element with properties (text goes in as textContent) and children (strings become text nodes). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<'className' | 'id' | 'type' | 'textContent' | 'href' | 'target' | 'rel' | 'htmlFor' | 'placeholder' | 'value' | 'tabIndex', string | number>> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

/** What the views need from the page: the language, its strings, and the actions. */
export interface ViewContext {
  lang: UiLang;
  s: Strings;
  /** Outside Excel (a read-only preview): function pages recompute their examples in the page. */
  preview: boolean;
  openTerm: (id: string) => void;
  openFunction: (name: string) => void;
  insertExample: (spec: FunctionSpec) => void;
  insertTemplate: (template: TemplateInfo) => void;
  /**
   * Where the pane cannot download (Excel for Mac): open the template's file as a new workbook.
   * Default: openTemplateFileAction, reporting in the status line.
   */
  openTemplateFile?: (template: TemplateInfo) => void;
}

/**
 * The pane's visible status line (#status, fixed at the bottom), for actions started from the pane. The page
 * gets room below its content for the line's height, and the control that was used is scrolled clear of it,
 * so the line never covers a control.
 */
export function statusLine(message: string): void {
  const status = document.getElementById('status');
  if (!status) return;
  status.textContent = message;
  const height = message === '' ? 0 : status.getBoundingClientRect().height;
  document.body.style.setProperty('--status-height', `${Math.ceil(height)}px`);
  const active = document.activeElement;
  if (height > 0 && active instanceof HTMLElement && active !== document.body) {
    const covered = active.getBoundingClientRect().bottom - status.getBoundingClientRect().top;
    if (covered > 0) window.scrollBy(0, covered + 8);
  }
}

/**
 * A formula or result as code that wraps only between values: a break opportunity after each comma,
 * semicolon, opening bracket and space, and none inside a number or a name.
 */
export function codeText(className: string, text: string): HTMLElement {
  const code = el('code', { className });
  // (No lookbehind in a regular expression: older JavaScriptCore, Excel for Mac's, cannot parse one.)
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (',;({ '.includes(text[i]) && i + 1 < text.length) {
      code.append(text.slice(start, i + 1), document.createElement('wbr'));
      start = i + 1;
    }
  }
  code.append(text.slice(start));
  return code;
}

const other = (lang: UiLang): UiLang => (lang === 'en' ? 'zh' : 'en');

/** Text in the other language, marked with its language for screen readers. */
function altName<K extends 'span' | 'p'>(tag: K, className: string, text: string, lang: UiLang): HTMLElementTagNameMap[K] {
  const node = el(tag, { className, textContent: text });
  node.lang = lang === 'zh' ? 'zh-CN' : 'en';
  return node;
}

export const signature = functionSignature;

function laterBadge(s: Strings): HTMLElement {
  const badge = el('span', { className: 'badge', textContent: s.later });
  badge.title = s.laterNote;
  return badge;
}

/** A term in the list: a button with its name, its name in the other language and its definition. */
export function termItem(term: Term, ctx: ViewContext): HTMLElement {
  const button = el(
    'button',
    { type: 'button', className: 'item' },
    el('span', { className: 'item-name', textContent: term.name[ctx.lang] }),
    ...(term.later ? [' ', laterBadge(ctx.s)] : []),
    altName('span', 'item-alt', term.name[other(ctx.lang)], other(ctx.lang)),
    el('span', { className: 'item-desc', textContent: term.definition[ctx.lang] }),
  );
  button.dataset.term = term.id;
  button.addEventListener('click', () => ctx.openTerm(term.id));
  return el('li', {}, button);
}

/** A function in the list: a button with its name and description. */
export function functionItem(spec: FunctionSpec, ctx: ViewContext): HTMLElement {
  const button = el(
    'button',
    { type: 'button', className: 'item' },
    el('code', { className: 'item-name', textContent: `NQP.${spec.name}` }),
    el('span', { className: 'item-desc', textContent: spec.description[ctx.lang] }),
  );
  button.dataset.function = spec.name;
  button.addEventListener('click', () => ctx.openFunction(spec.name));
  return el('li', {}, button);
}

/** A button that looks like a link and opens a term. */
function termLink(term: Term, ctx: ViewContext): HTMLElement {
  const link = el('button', { type: 'button', className: 'link', textContent: term.name[ctx.lang] });
  link.dataset.term = term.id;
  link.addEventListener('click', () => ctx.openTerm(term.id));
  return el('li', {}, link);
}

function insertButton(spec: FunctionSpec, ctx: ViewContext): HTMLButtonElement {
  const insert = el('button', { className: 'primary', type: 'button', textContent: ctx.s.insertExample });
  insert.setAttribute('aria-label', ctx.s.insertExampleLabel(spec.name));
  insert.addEventListener('click', () => ctx.insertExample(spec));
  return insert;
}

function helpLink(spec: FunctionSpec, ctx: ViewContext): HTMLElement {
  return el('a', { href: `${helpPage(ctx.lang)}#${spec.name}`, target: '_blank', rel: 'noopener', textContent: ctx.s.help });
}

/** A function on a term page: signature, description, first example, insert and details. */
export function functionCard(spec: FunctionSpec, ctx: ViewContext): HTMLElement {
  const details = el('button', { type: 'button', className: 'link', textContent: ctx.s.openFunction });
  details.setAttribute('aria-label', ctx.s.openFunctionLabel(spec.name));
  details.addEventListener('click', () => ctx.openFunction(spec.name));
  return el(
    'article',
    { className: 'fn' },
    el('h4', {}, el('code', { textContent: signature(spec) })),
    el('p', { textContent: spec.description[ctx.lang] }),
    el('p', {}, codeText('formula', exampleFormula(spec, spec.examples[0].args))),
    el('div', { className: 'actions' }, insertButton(spec, ctx), details, helpLink(spec, ctx)),
  );
}

/** A template with its description and insert button. */
export function templateCard(template: TemplateInfo, ctx: ViewContext, heading: 'h2' | 'h4' = 'h4'): HTMLElement {
  const insert = el('button', { className: 'primary', type: 'button', textContent: ctx.s.insertTemplate });
  insert.setAttribute('aria-label', ctx.s.insertTemplateLabel(template.title[ctx.lang]));
  insert.addEventListener('click', () => ctx.insertTemplate(template));
  // The same template as a file, for sharing or opening before the add-in is installed.
  const download = el('a', { href: templateFileUrl(template.id, ctx.lang), textContent: ctx.s.downloadTemplate });
  download.setAttribute('download', templateFileName(template.id, ctx.lang));
  download.setAttribute('aria-label', ctx.s.downloadTemplateLabel(template.title[ctx.lang]));
  // Excel for Mac's pane cannot download: there the same file opens as a new workbook (Excel.createWorkbook).
  if (opensTemplateAsWorkbook()) {
    download.textContent = ctx.s.openTemplateFile;
    download.setAttribute('aria-label', ctx.s.openTemplateFileLabel(template.title[ctx.lang]));
  }
  download.addEventListener('click', (event) => {
    if (!opensTemplateAsWorkbook()) return; // the browser downloads the file
    event.preventDefault();
    if (ctx.openTemplateFile) ctx.openTemplateFile(template);
    else void openTemplateFileAction(template, ctx.lang, ctx.s, statusLine);
  });
  const card = el(
    'article',
    { className: 'fn template' },
    el(heading, { className: 'card-title', textContent: template.title[ctx.lang] }),
    el('p', { textContent: template.description[ctx.lang] }),
  );
  // In the gallery, what the template computes and explains: its functions and glossary terms, each a link.
  if (heading === 'h2') {
    const functionLinks = template.functions.map((name) => {
      const link = el('button', { type: 'button', className: 'link', textContent: `NQP.${name}` });
      link.addEventListener('click', () => ctx.openFunction(name));
      return el('li', {}, link);
    });
    const terms = [...new Set(template.glossary.map((id) => findTerm(id)).filter((t): t is Term => t !== undefined))];
    card.append(
      el('p', { className: 'subtle', textContent: ctx.s.templateFunctions }),
      el('ul', { className: 'links' }, ...functionLinks),
      el('p', { className: 'subtle', textContent: ctx.s.templateTerms }),
      el('ul', { className: 'links' }, ...terms.map((t) => termLink(t, ctx))),
    );
  }
  card.append(el('div', { className: 'actions' }, insert, download));
  return card;
}

/** A function's notes as short pieces (formulas as blocks), its errors as a table and its sources (notes.ts). */
function notesSections(help: string, s: Strings): HTMLElement[] {
  const notes = splitNotes(help);
  const pieces = notes.pieces.map((p) => (p.kind === 'formula' ? el('p', { className: 'note-formula' }, codeText('formula', p.text)) : el('p', { className: 'note', textContent: p.text })));
  const out = [section(s.moreHelp, ...pieces)];
  if (notes.errors.length > 0) {
    const head = el('tr', {}, el('th', { textContent: s.errorColumn }), el('th', { textContent: s.caseColumn }));
    head.querySelectorAll('th').forEach((th) => th.setAttribute('scope', 'col'));
    const rows = notes.errors.map((e) => el('tr', {}, el('td', {}, el('code', { textContent: e.codes.join(' ') || '—' })), el('td', { textContent: e.text })));
    out.push(section(s.errorsHeading, el('table', { className: 'errors' }, el('thead', {}, head), el('tbody', {}, ...rows))));
  }
  if (notes.sources !== null) out.push(section(s.sourcesHeading, el('p', { className: 'note', textContent: notes.sources })));
  return out;
}

function section(title: string, ...content: Node[]): HTMLElement {
  return el('section', { className: 'part' }, el('h3', { textContent: title }), ...content);
}

/** The heading of a detail page, focusable so that focus can move to it. */
function pageTitle(text: string): HTMLElement {
  return el('h2', { id: 'detail-title', tabIndex: -1, textContent: text });
}

/** A term's page: definition and explanation in the UI language, source, links, functions, templates. */
export function termPage(term: Term, ctx: ViewContext): HTMLElement {
  const { s, lang } = ctx;
  const related = relatedTerms(term);
  const fns = functionsFor(term);
  const tpls = templatesFor(term);
  const page = el(
    'article',
    { className: 'detail term-page' },
    pageTitle(term.name[lang]),
    altName('p', 'alt-name', term.name[other(lang)], other(lang)),
    ...(term.later ? [el('p', {}, laterBadge(s), ' ', el('span', { className: 'subtle', textContent: s.laterNote }))] : []),
    el('p', { className: 'definition' }, el('strong', { className: 'label', textContent: s.definition + s.colon }), term.definition[lang]),
    el('p', { className: 'explanation', textContent: term.explanation[lang] }),
    el('p', { className: 'source' }, el('strong', { className: 'label', textContent: s.source + s.colon }), term.source),
  );
  if (related.length > 0) page.append(section(s.related, el('ul', { className: 'links' }, ...related.map((t) => termLink(t, ctx)))));
  page.append(
    section(s.measuredBy, ...(fns.length > 0 ? fns.map((f) => functionCard(f, ctx)) : [el('p', { className: 'subtle', textContent: s.noFunctions })])),
    section(s.usedInTemplates, ...(tpls.length > 0 ? tpls.map((t) => templateCard(t, ctx)) : [el('p', { className: 'subtle', textContent: s.noTemplates })])),
  );
  page.dataset.term = term.id;
  return page;
}

function cellsText(rows: readonly (readonly unknown[])[], format: (v: never) => string): string {
  return rows.map((row) => row.map((v) => format(v as never)).join('  ')).join('\n');
}

/**
 * An example recomputed in the page (preview only): "computing…" until the
 * result is in, then the result as Excel would show it and whether it matches
 * the expected one. aria-busy tells screen readers the line is still filling.
 */
function liveResult(spec: FunctionSpec, example: Example, s: Strings, lang: UiLang): HTMLElement {
  const line = el('p', { className: 'live' }, el('span', { className: 'subtle live-state', textContent: s.computing }));
  line.setAttribute('aria-busy', 'true');
  computeExample(spec, example, lang).then(
    (result) => {
      const ok = matchesExpected(result, example);
      const mark = el('span', { className: ok ? 'live-ok' : 'live-bad' }, el('span', { textContent: ok ? '✓' : '✗' }), ` ${ok ? s.liveMatches : s.liveDiffers}`);
      (mark.firstChild as HTMLElement).setAttribute('aria-hidden', 'true');
      line.replaceChildren(
        el('span', { className: 'subtle', textContent: s.computedHere + s.colon }),
        // A table of results goes on lines of its own, the verdict after it.
        el('code', { className: result.length > 1 ? 'result live-value block' : 'result live-value', textContent: resultText(result) }),
        ' ',
        mark,
        // The messages in the pane's language, as Excel in that language shows them.
        ...errorMessages(result).map((m) => Object.assign(el('span', { className: 'subtle live-message', textContent: m }), { lang: lang === 'zh' ? 'zh-CN' : 'en' })),
      );
      line.dataset.match = String(ok);
      line.removeAttribute('aria-busy');
    },
    (e: unknown) => {
      line.replaceChildren(el('span', { className: 'live-bad', textContent: s.liveFailed + (e instanceof Error ? e.message : String(e)) }));
      line.dataset.match = 'false';
      line.removeAttribute('aria-busy');
    },
  );
  return line;
}

/** A function's page, derived from its spec: signature, arguments, examples with results, notes, terms. */
export function functionPage(spec: FunctionSpec, ctx: ViewContext): HTMLElement {
  const { s, lang } = ctx;
  const args = el(
    'dl',
    { className: 'args' },
    ...spec.params.flatMap((p) => {
      const notes = [p.optional ? s.optional : '', p.default !== undefined ? s.defaultValue(String(p.default)) : ''].filter((x) => x !== '');
      return [
        el('dt', {}, el('code', { textContent: p.name }), notes.length > 0 ? el('span', { className: 'subtle', textContent: ` (${notes.join(', ')})` }) : ''),
        el('dd', { textContent: p.description[lang] }),
      ];
    }),
  );
  const examples = spec.examples.map((ex) =>
    el(
      'div',
      { className: 'example' },
      el('p', { textContent: ex.title[lang] }),
      el('p', {}, codeText('formula', exampleFormula(spec, ex.args))),
      el('p', {}, el('span', { className: 'subtle', textContent: s.result + s.colon }), codeText('result', cellsText(ex.expected, expectedText))),
      ...(ctx.preview ? [liveResult(spec, ex, s, lang)] : []),
    ),
  );
  const terms = spec.glossary.map((id) => findTerm(id)).filter((t): t is Term => t !== undefined);
  const unique = terms.filter((t, i) => terms.indexOf(t) === i);
  const page = el(
    'article',
    { className: 'detail function-page' },
    pageTitle(`NQP.${spec.name}`),
    el('p', { className: 'alt-name', textContent: spec.category[lang] }),
    el('p', {}, codeText('signature', signature(spec))),
    el('p', { className: 'definition', textContent: spec.description[lang] }),
    el('div', { className: 'actions' }, insertButton(spec, ctx), helpLink(spec, ctx)),
    section(s.arguments, args),
    section(s.examples, ...(ctx.preview ? [el('p', { className: 'subtle preview-note', textContent: s.previewNote })] : []), ...examples),
    ...notesSections(spec.help[lang], s),
  );
  if (unique.length > 0) page.append(section(s.relatedTermsOfFunction, el('ul', { className: 'links' }, ...unique.map((t) => termLink(t, ctx)))));
  page.dataset.function = spec.name;
  return page;
}

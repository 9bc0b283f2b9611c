/**
 * The task pane: the Glossary and Templates views, in the Office theme and
 * language. All text goes into the page as text (textContent), never as markup.
 */
import { registerCommands, type View } from '../commands/commands';
import { specs } from '../registry';
import { exampleFormula } from '../registry/formula';
import type { FunctionSpec } from '../registry/types';
import { helpPage } from '../excel/metadata';
import { type Strings, strings, type UiLang, uiLanguage } from './i18n';

const views: View[] = ['glossary', 'templates'];
let lang: UiLang = 'en';
let query = '';

/** Creates an element with properties (text goes in as textContent) and children. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string | boolean> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

const t = (): Strings => strings[lang];

function setStatus(message: string): void {
  const status = document.getElementById('status');
  if (status) status.textContent = message;
}

/** Shows a view and selects its tab (ribbon buttons and tab clicks both come here). */
export function showView(view: View): void {
  for (const v of views) {
    const tab = document.getElementById(`tab-${v}`);
    const panel = document.getElementById(`view-${v}`);
    tab?.setAttribute('aria-selected', String(v === view));
    tab?.setAttribute('tabindex', v === view ? '0' : '-1');
    if (panel) panel.hidden = v !== view;
  }
  activeView = view;
}

// office.js disables history.replaceState/pushState, so the view lives here; a
// #templates or #glossary in the page's URL only picks the first view.
let activeView: View = 'glossary';

function initialView(): View {
  const v = location.hash.slice(1) as View;
  return views.includes(v) ? v : 'glossary';
}

/** Writes an example formula into the selected cell, only if that cell is empty. */
async function insertExample(spec: FunctionSpec): Promise<void> {
  if (typeof Excel === 'undefined' || !Office.context?.document) {
    setStatus(t().noExcel);
    return;
  }
  const formula = exampleFormula(spec, spec.examples[0].args);
  try {
    await Excel.run(async (context) => {
      const cell = context.workbook.getSelectedRange().getCell(0, 0);
      cell.load('formulas');
      await context.sync();
      if (cell.formulas[0][0] !== '') {
        setStatus(t().cellNotEmpty);
        return;
      }
      cell.formulas = [[formula]];
      await context.sync();
      setStatus(t().inserted(spec.name));
    });
  } catch (e) {
    setStatus(t().failed + (e instanceof Error ? e.message : String(e)));
  }
}

function matches(spec: FunctionSpec): boolean {
  if (query === '') return true;
  const q = query.toLowerCase();
  return [spec.name, spec.description.en, spec.description.zh, spec.category.en, spec.category.zh].some((s) =>
    s.toLowerCase().includes(q),
  );
}

function functionCard(spec: FunctionSpec): HTMLElement {
  const signature = `NQP.${spec.name}(${spec.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})`;
  const insert = el('button', { className: 'primary', type: 'button', textContent: t().insertExample });
  insert.setAttribute('aria-label', t().insertExampleLabel(spec.name));
  insert.addEventListener('click', () => void insertExample(spec));
  const help = el('a', { href: `${helpPage(lang)}#${spec.name}`, target: '_blank', rel: 'noopener', textContent: t().help });
  return el(
    'article',
    { className: 'fn' },
    el('h3', {}, el('code', { textContent: signature })),
    el('p', { textContent: spec.description[lang] }),
    el('p', {}, el('code', { textContent: exampleFormula(spec, spec.examples[0].args) })),
    el('div', { className: 'actions' }, insert, help),
  );
}

function renderFunctionList(container: HTMLElement): void {
  container.replaceChildren();
  const shown = specs.filter(matches);
  if (shown.length === 0) {
    container.append(el('p', { textContent: t().noMatch }));
    return;
  }
  let category = '';
  for (const spec of shown) {
    if (spec.category.en !== category) {
      category = spec.category.en;
      container.append(el('h2', { textContent: spec.category[lang] }));
    }
    container.append(functionCard(spec));
  }
}

function render(): void {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = t().appName;
  const name = document.getElementById('app-name');
  if (name) name.textContent = t().appName;
  for (const v of views) {
    const tab = document.getElementById(`tab-${v}`);
    if (tab) tab.textContent = t().tabs[v];
  }

  const glossary = document.getElementById('view-glossary');
  if (glossary) {
    const list = el('div', { id: 'function-list' });
    const search = el('input', { type: 'search', id: 'function-search', placeholder: t().searchPlaceholder, value: query });
    search.addEventListener('input', () => {
      query = search.value.trim();
      renderFunctionList(list);
    });
    glossary.replaceChildren(
      el('p', { className: 'intro', textContent: t().glossaryIntro }),
      el('label', { className: 'search', htmlFor: 'function-search', textContent: t().searchLabel }),
      search,
      el('h2', { textContent: t().functionsHeading }),
      list,
    );
    renderFunctionList(list);
  }
  const templates = document.getElementById('view-templates');
  if (templates) templates.replaceChildren(el('p', { className: 'intro', textContent: t().templatesIntro }));
}

/** Arrow keys move between tabs, as in Office's own tab lists. */
function wireTabs(): void {
  const tablist = document.getElementById('tabs');
  tablist?.addEventListener('click', (e) => {
    const view = (e.target as HTMLElement).closest('[data-view]')?.getAttribute('data-view') as View | null;
    if (view) showView(view);
  });
  tablist?.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const i = views.indexOf(activeView);
    const next = views[(i + (e.key === 'ArrowRight' ? 1 : views.length - 1)) % views.length];
    showView(next);
    document.getElementById(`tab-${next}`)?.focus();
  });
}

/** Follows Office's theme where the host gives one, else the system's colour scheme. */
function applyTheme(): void {
  const theme = typeof Office !== 'undefined' ? Office.context?.officeTheme : undefined;
  const dark = theme?.bodyBackgroundColor
    ? luminance(theme.bodyBackgroundColor) < 0.5
    : window.matchMedia?.('(prefers-color-scheme: dark)').matches === true;
  document.body.classList.toggle('theme-dark', dark);
}

function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(hex);
  if (!m) return 1;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function start(displayLanguage: string | undefined): void {
  const forced = new URLSearchParams(location.search).get('lang');
  lang = uiLanguage(forced ?? displayLanguage);
  applyTheme();
  render();
  wireTabs();
  showView(initialView());
}

Office.onReady(() => {
  start(Office.context?.displayLanguage);
  try {
    registerCommands(showView);
  } catch {
    // Outside Office (a plain browser) there are no ribbon commands to register.
  }
});

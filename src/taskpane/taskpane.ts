/**
 * The task pane: the Glossary view (a searchable list of terms and functions,
 * a page per term and per function) and the Templates view, in the Office
 * theme and language. All text goes into the page as text, never as markup.
 */
import { registerCommands, type View } from '../commands/commands';
import { categories, findTerm, terms } from '../glossary';
import { type SearchHit, searchAll } from '../glossary/search';
import type { Term, TermCategory } from '../glossary/types';
import { specByName, specs } from '../registry';
import type { FunctionSpec } from '../registry/types';
import { loadDefinitions, templates } from '../templates';
import { clearSampleAction, inExcel, insertExample, insertTemplateAction } from './actions';
import { confirmClear, confirmReplace, dialogOpen } from './confirm';
import { type Filter, type Strings, strings, type UiLang, uiLanguage } from './i18n';
import { el, functionItem, functionPage, statusLine, templateCard, termItem, termPage, type ViewContext } from './views';
import { explainActiveCell } from './explain';
import { explainStrings, explanationView } from './explain-view';
import { renderBuild } from './build-view';

const views: View[] = ['glossary', 'templates', 'build', 'check'];
const filters: Filter[] = ['all', ...categories, 'functions'];

let lang: UiLang = 'en';
let query = '';
let filter: Filter = 'all';

/** A page of the glossary's detail view. */
type Page = { kind: 'term'; term: Term } | { kind: 'function'; spec: FunctionSpec };
/** The detail pages opened from the list, the last one shown; empty: the list is shown. */
const stack: Page[] = [];
/** The list item that opened the first page, to return focus to it. */
let origin: { attr: 'term' | 'function'; key: string } | null = null;

// office.js disables history.replaceState/pushState, so the view lives here; a
// #templates or #glossary in the page's URL only picks the first view.
let activeView: View = 'glossary';

const t = (): Strings => strings[lang];
const byId = (id: string): HTMLElement | null => document.getElementById(id);

/** Results of actions (insert formula, insert template), in the visible status line (never over a control). */
const setStatus = statusLine;

/** Navigation and search counts, for screen readers only. */
let announceTimer: ReturnType<typeof setTimeout> | undefined;
function announce(message: string, delay = 0): void {
  clearTimeout(announceTimer);
  announceTimer = setTimeout(() => {
    const live = byId('announce');
    if (live) live.textContent = message;
  }, delay);
}

function context(): ViewContext {
  return {
    lang,
    s: t(),
    preview: !inExcel(),
    openTerm: (id) => {
      const term = findTerm(id);
      if (term) openPage({ kind: 'term', term });
    },
    openFunction: (name) => {
      const spec = specByName.get(name);
      if (spec) openPage({ kind: 'function', spec });
    },
    insertExample: (spec) => void insertExample(spec, t(), setStatus, (question) => confirmReplace(t(), question)),
    insertTemplate: (template) => void insertTemplateAction(template, lang, t(), setStatus),
  };
}

/** Shows a view and selects its tab (ribbon buttons and tab clicks both come here). */
export function showView(view: View): void {
  for (const v of views) {
    const tab = byId(`tab-${v}`);
    const panel = byId(`view-${v}`);
    tab?.setAttribute('aria-selected', String(v === view));
    tab?.setAttribute('tabindex', v === view ? '0' : '-1');
    if (panel) panel.hidden = v !== view;
  }
  activeView = view;
  // The template definitions are a chunk of their own: fetch it while the analyst reads the gallery, so that
  // Insert does not wait (a failed fetch is tried again by Insert, which reports it).
  if (view === 'templates') loadDefinitions().catch(() => undefined);
}

function initialView(): View {
  const v = location.hash.slice(1) as View;
  return views.includes(v) ? v : 'glossary';
}

// ---- The glossary list ------------------------------------------------------

function renderResults(): void {
  const results = byId('glossary-results');
  if (!results) return;
  const ctx = context();
  const s = t();
  // One ranked list of terms and functions, best first; the filter keeps a category, or the functions.
  const hits = searchAll(query, terms, specs).filter((h) => (h.kind === 'term' ? filter === 'all' || h.item.category === filter : filter === 'all' || filter === 'functions'));
  const shownTerms = hits.flatMap((h) => (h.kind === 'term' ? [h.item] : []));
  const shownFunctions = hits.flatMap((h) => (h.kind === 'function' ? [h.item] : []));
  results.replaceChildren();
  // Without a query the groups keep the glossary's order, functions last; with one, they come in the order of
  // their best hit (the functions first when a function is the best match), each keeping the ranked order.
  const groupOf = (h: SearchHit): TermCategory | 'functions' => (h.kind === 'term' ? h.item.category : 'functions');
  const order = query.trim() === '' ? [...categories, 'functions' as const] : [...new Set(hits.map(groupOf))];
  for (const group of order) {
    if (group === 'functions') {
      if (shownFunctions.length === 0) continue;
      const heading = el('h2', { id: 'group-functions', textContent: s.groups.functions });
      const list = el('ul', { className: 'items', id: 'function-list' }, ...shownFunctions.map((spec) => functionItem(spec, ctx)));
      list.setAttribute('aria-labelledby', heading.id);
      results.append(heading, list);
      continue;
    }
    const items = shownTerms.filter((term) => term.category === group);
    if (items.length === 0) continue;
    const heading = el('h2', { id: `group-${group}`, textContent: s.groups[group] });
    const list = el('ul', { className: 'items', id: `terms-${group}` }, ...items.map((term) => termItem(term, ctx)));
    list.setAttribute('aria-labelledby', heading.id);
    results.append(heading, list);
  }
  if (shownTerms.length + shownFunctions.length === 0) results.append(el('p', { className: 'no-match', textContent: s.noMatch }));
  if (query !== '' || filter !== 'all') announce(shownTerms.length + shownFunctions.length === 0 ? s.noMatch : s.matches(shownTerms.length, shownFunctions.length), 400);
}

function renderFilters(group: HTMLElement): void {
  group.replaceChildren(
    ...filters.map((f) => {
      const button = el('button', { type: 'button', className: 'chip', textContent: t().filters[f] });
      button.setAttribute('aria-pressed', String(f === filter));
      button.dataset.filter = f;
      button.addEventListener('click', () => {
        filter = f;
        for (const b of group.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b.dataset.filter === f));
        renderResults();
      });
      return button;
    }),
  );
}

// ---- Detail pages -----------------------------------------------------------

function renderPage(): void {
  const list = byId('glossary-list');
  const detail = byId('glossary-detail');
  const content = byId('detail-content');
  if (!list || !detail || !content) return;
  const page = stack[stack.length - 1];
  list.hidden = page !== undefined;
  detail.hidden = page === undefined;
  if (!page) {
    content.replaceChildren();
    return;
  }
  const ctx = context();
  content.replaceChildren(page.kind === 'term' ? termPage(page.term, ctx) : functionPage(page.spec, ctx));
}

function pageName(page: Page): string {
  return page.kind === 'term' ? page.term.name[lang] : `NQP.${page.spec.name}`;
}

/** Opens a term or function page; the Back control and Escape return from it. */
function openPage(page: Page): void {
  if (stack.length === 0) {
    const active = document.activeElement as HTMLElement | null;
    const term = active?.dataset.term;
    const fn = active?.dataset.function;
    origin = term ? { attr: 'term', key: term } : fn ? { attr: 'function', key: fn } : null;
  }
  stack.push(page);
  showView('glossary');
  renderPage();
  byId('detail-title')?.focus();
  window.scrollTo?.(0, 0);
  announce(t().showingTerm(pageName(page)));
}

/** Goes back one page; from the first page, back to the list with focus on the item that opened it. */
function back(): void {
  if (stack.length === 0) return;
  stack.pop();
  renderPage();
  const page = stack[stack.length - 1];
  if (page) {
    byId('detail-title')?.focus();
    announce(t().showingTerm(pageName(page)));
    return;
  }
  const item = origin ? document.querySelector<HTMLElement>(`#glossary-results [data-${origin.attr}="${CSS.escape(origin.key)}"]`) : null;
  (item ?? byId('glossary-search'))?.focus();
  announce(t().showingList);
}

// ---- The whole pane ---------------------------------------------------------

function renderGlossary(view: HTMLElement): void {
  const s = t();
  const search = el('input', { type: 'search', id: 'glossary-search', placeholder: s.searchPlaceholder, value: query });
  search.setAttribute('aria-controls', 'glossary-results');
  search.autocomplete = 'off';
  search.addEventListener('input', () => {
    query = search.value;
    renderResults();
  });
  const filterGroup = el('div', { className: 'chips', id: 'glossary-filters' });
  filterGroup.setAttribute('role', 'group');
  filterGroup.setAttribute('aria-label', s.filtersLabel);
  renderFilters(filterGroup);
  const results = el('div', { id: 'glossary-results' });

  const backButton = el('button', { type: 'button', className: 'back', id: 'glossary-back' }, el('span', { className: 'arrow', textContent: '←' }), ` ${s.back}`);
  backButton.setAttribute('aria-label', s.backLabel);
  (backButton.firstChild as HTMLElement).setAttribute('aria-hidden', 'true');
  backButton.addEventListener('click', back);

  const list = el(
    'div',
    { id: 'glossary-list' },
    el('p', { className: 'intro', textContent: s.glossaryIntro }),
    el('label', { className: 'search', htmlFor: 'glossary-search', textContent: s.searchLabel }),
    search,
    filterGroup,
    results,
  );
  const detail = el('div', { id: 'glossary-detail' }, backButton, el('div', { id: 'detail-content' }));
  view.replaceChildren(list, detail);
  renderResults();
  renderPage();
}

/** "Clear sample data": one button for the active sheet, with what it does and does not clear. */
function sampleTools(s: Strings): HTMLElement {
  const intro = el('p', { id: 'sample-intro', className: 'subtle', textContent: s.sampleIntro });
  const button = el('button', { type: 'button', className: 'secondary', id: 'clear-sample', textContent: s.clearSample });
  button.setAttribute('aria-label', s.clearSampleLabel);
  button.setAttribute('aria-describedby', intro.id);
  button.addEventListener('click', () => void clearSampleAction(lang, t(), setStatus, (question) => confirmClear(t(), question)));
  const heading = el('h2', { id: 'sample-heading', textContent: s.sampleHeading });
  const tools = el('section', { className: 'fn sample-tools', id: 'sample-tools' }, heading, intro, el('div', { className: 'actions' }, button));
  tools.setAttribute('aria-labelledby', heading.id);
  return tools;
}

function renderTemplates(view: HTMLElement): void {
  const s = t();
  const ctx = context();
  // The templates first, each named by its heading; the tool that clears their sample data after them.
  view.replaceChildren(
    el('p', { className: 'intro', textContent: s.templatesIntro }),
    ...(templates.length > 0
      ? [el('div', { id: 'template-list' }, ...templates.map((tpl) => templateCard(tpl, ctx, 'h2')))]
      : [el('p', { className: 'empty', id: 'no-templates', textContent: s.noTemplateYet })]),
    ...(templates.length > 0 ? [sampleTools(s)] : []),
  );
}

/** The Check view: "Why is this cell an error?" for the active cell (explain.ts), read-only. */
function renderCheck(view: HTMLElement): void {
  const s = explainStrings[lang];
  const result = el('div', { id: 'check-result' });
  result.setAttribute('role', 'status');
  result.setAttribute('aria-live', 'polite');
  const button = el('button', { type: 'button', id: 'explain-cell', className: 'primary', textContent: s.button });
  button.addEventListener('click', () => void explainCell(result));
  view.replaceChildren(el('h2', { id: 'check-heading', textContent: s.heading }), el('p', { className: 'intro', textContent: s.intro }), button, result);
  view.setAttribute('aria-labelledby', 'tab-check');
}

async function explainCell(result: HTMLElement): Promise<void> {
  const s = explainStrings[lang];
  if (!inExcel()) {
    result.replaceChildren(el('p', { textContent: s.noExcel }));
    return;
  }
  result.replaceChildren(el('p', { className: 'working', textContent: s.working }));
  try {
    const e = await explainActiveCell(undefined, lang);
    result.replaceChildren(explanationView(e, lang));
  } catch (e) {
    result.replaceChildren(el('p', { textContent: s.failed(e instanceof Error ? e.message : String(e)) }));
  }
}

function render(): void {
  const s = t();
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = s.appName;
  const name = byId('app-name');
  if (name) name.textContent = s.appName;
  const missing = byId('office-missing');
  if (missing && !missing.hidden) missing.textContent = s.officeMissing;
  byId('tabs')?.setAttribute('aria-label', s.appName);
  for (const v of views) {
    const tab = byId(`tab-${v}`);
    if (tab) tab.textContent = s.tabs[v];
  }
  const switcher = byId('lang-switch');
  if (switcher) {
    switcher.textContent = s.switchLanguage;
    // The visible name ("中文" / "English") is the accessible name, as WCAG 2.5.3 asks; the purpose is its description.
    switcher.title = s.switchLanguageLabel;
    switcher.lang = lang === 'zh' ? 'en' : 'zh-CN';
  }
  const glossary = byId('view-glossary');
  if (glossary) renderGlossary(glossary);
  const tpl = byId('view-templates');
  if (tpl) renderTemplates(tpl);
  const build = byId('view-build');
  if (build) renderBuild(build, lang, inExcel, setStatus);
  const check = byId('view-check');
  if (check) renderCheck(check);
}

/** Arrow keys move between tabs, as in Office's own tab lists. */
function wireTabs(): void {
  const tablist = byId('tabs');
  tablist?.addEventListener('click', (e) => {
    const view = (e.target as HTMLElement).closest('[data-view]')?.getAttribute('data-view') as View | null;
    if (view) showView(view);
  });
  tablist?.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const i = views.indexOf(activeView);
    const next = views[(i + (e.key === 'ArrowRight' ? 1 : views.length - 1)) % views.length];
    showView(next);
    byId(`tab-${next}`)?.focus();
  });
}

function wireKeys(): void {
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && activeView === 'glossary' && stack.length > 0 && !dialogOpen()) {
      e.preventDefault();
      back();
    }
  });
  byId('lang-switch')?.addEventListener('click', () => {
    lang = lang === 'en' ? 'zh' : 'en';
    render();
    byId('lang-switch')?.focus();
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
  wireKeys();
  showView(initialView());
}

// Development builds only: lets the browser tests render a term that is not in the glossary
// (e.g. one whose text holds markup) through the same code as every other term.
if (process.env.NODE_ENV !== 'production') {
  (window as unknown as { nqpTest?: unknown }).nqpTest = { showTerm: (term: Term) => openPage({ kind: 'term', term }) };
}

/** The ribbon's actions, associated (again: it is harmless) wherever Office.actions is there. */
function associateCommands(): void {
  try {
    registerCommands(showView);
  } catch {
    // Outside Office (a plain browser) there are no ribbon commands to register.
  }
}

if (typeof Office === 'undefined') {
  // office.js did not load (a proxy blocking Microsoft's address, no network): say so, and keep what works without it.
  const missing = byId('office-missing');
  if (missing) missing.hidden = false;
  start(navigator.language);
} else {
  // As soon as the script runs, not only once Office is ready: a command clicked while the shared runtime
  // starts is dispatched before onReady fires, and an action associated later leaves that first click doing nothing.
  associateCommands();
  Office.onReady(() => {
    start(Office.context?.displayLanguage);
    associateCommands();
  });
}

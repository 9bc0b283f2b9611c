/**
 * The task pane in headless Chromium (Debian's chromium), loaded from a
 * development build with the local office.js, where Office.onReady fires
 * with no host. Screenshots go to test-results/.
 *
 * The glossary: search in both languages, term and function pages, keyboard
 * navigation (Tab through the list, Enter on items, Escape back, focus moved
 * on every view change), content rendered as text only, light and dark themes,
 * English and Chinese; the preview's live examples (computed in the page, DEA
 * through the lazily loaded solver); the confirm dialog of Insert example
 * against a stand-in Excel; and an axe-core scan of every view in both themes
 * and both languages.
 */
import fs from 'fs';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { findTerm, templatesFor, terms } from '../../src/glossary';
import { specs } from '../../src/registry';
import { exampleFormula } from '../../src/registry/formula';
import { templates } from '../../src/templates';
import { ROOT } from '../helpers/dist';
import { type ServedPane, servePane } from '../helpers/served-pane';

const SHOTS = path.join(ROOT, 'test-results');

jest.setTimeout(120_000);

let pane: ServedPane | undefined;
let base = '';
let browser: Browser;

beforeAll(async () => {
  pane = await servePane();
  ({ base, browser } = pane);
  fs.mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await pane?.close();
});

interface Loaded {
  page: Page;
  errors: string[];
  requests: string[];
}

/**
 * Opens the pane at 360 px. `bypassCSP` only for the axe scans: axe is injected
 * as an inline script, which the pane's CSP (rightly) refuses.
 */
async function open(query = '', hash = '', colorScheme: 'light' | 'dark' = 'light', bypassCSP = false): Promise<Loaded> {
  const context = await browser.newContext({ viewport: { width: 360, height: 720 }, colorScheme, bypassCSP });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${base}/taskpane.html${query}${hash}`);
  await page.waitForSelector('#glossary-results li', { state: 'attached', timeout: 30_000 });
  return { page, errors, requests };
}

const shot = (page: Page, name: string, fullPage = false) => page.screenshot({ path: path.join(SHOTS, name), fullPage });
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const activeData = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return a?.dataset.term ?? a?.dataset.function ?? '';
  });
const firstResult = (page: Page) => page.locator('#glossary-results [data-term]').first().getAttribute('data-term');

/** Types a query and waits until the first result is the expected term. */
async function search(page: Page, query: string): Promise<void> {
  await page.fill('#glossary-search', query);
}

async function openTermByKeyboard(page: Page, id: string): Promise<void> {
  await page.locator(`#glossary-results button[data-term="${id}"]`).focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector(`#detail-content [data-term="${id}"]`);
}

describe('the task pane', () => {
  it('loads with office.js, lists every term and every function, and reports no script error', async () => {
    const { page, errors } = await open();
    expect(await page.locator('#glossary-results button[data-term]').count()).toBe(terms.length);
    expect(await page.locator('#function-list li').count()).toBe(specs.length);
    expect(await page.locator('#tab-glossary').getAttribute('aria-selected')).toBe('true');
    expect(await page.title()).toBe('NQP Toolkit');
    await shot(page, 'taskpane-en.png');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('makes no request outside its own origin', async () => {
    const { page, requests } = await open();
    await page.waitForTimeout(500);
    const foreign = requests.filter((u) => !u.startsWith(base) && !u.startsWith('data:'));
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  it('speaks Chinese when Office does (forced here with ?lang=zh)', async () => {
    const { page } = await open('?lang=zh');
    expect(await page.locator('#tab-glossary').textContent()).toBe('术语表');
    expect(await page.locator('#tab-templates').textContent()).toBe('模板');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    const text = await page.locator('#glossary-results').textContent();
    expect(text).toContain(specs[0].description.zh);
    expect(text).toContain(terms[0].name.zh);
    expect(text).toContain(terms[0].definition.zh);
    await page.context().close();
  });

  it('switches the interface language with the header button', async () => {
    const { page } = await open();
    // Named by its visible text (WCAG 2.5.3), its purpose as the description.
    expect(await page.locator('#lang-switch').getAttribute('title')).toBe('Switch the interface to Chinese');
    await page.getByRole('button', { name: '中文', exact: true }).click();
    expect(await page.locator('#tab-glossary').textContent()).toBe('术语表');
    expect(await page.locator('#lang-switch').getAttribute('title')).toBe('将界面切换为英文');
    expect(await activeId(page)).toBe('lang-switch');
    expect(await page.locator('#lang-switch').textContent()).toBe('English');
    await page.keyboard.press('Enter');
    expect(await page.locator('#tab-glossary').textContent()).toBe('Glossary');
    await page.context().close();
  });

  it('opens at the Templates view, as the ribbon button does, and lists the templates or says there are none yet', async () => {
    const { page } = await open('', '#templates');
    expect(await page.locator('#view-templates').isVisible()).toBe(true);
    expect(await page.locator('#view-glossary').isVisible()).toBe(false);
    expect(await page.locator('#tab-templates').getAttribute('aria-selected')).toBe('true');
    if (templates.length === 0) {
      expect(await page.locator('#no-templates').textContent()).toBe('No template is included in this version yet.');
    } else {
      expect(await page.locator('#template-list article').count()).toBe(templates.length);
      expect(await page.locator('#template-list').textContent()).toContain(templates[0].description.en);
      await page.getByRole('button', { name: `Insert template “${templates[0].title.en}” as new sheets` }).click();
      await page.waitForFunction(() => (document.getElementById('status')?.textContent ?? '') !== '');
      expect(await page.locator('#status').textContent()).toBe('Open this pane in Excel to insert templates.');
    }
    await shot(page, 'taskpane-templates-en.png');
    await page.context().close();
  });

  it('offers one Clear sample data button, explained, reachable by keyboard, which outside Excel says Excel is needed', async () => {
    const { page, errors } = await open('', '#templates');
    const button = page.getByRole('button', { name: 'Clear sample data on the active sheet' });
    expect(await button.count()).toBe(1);
    expect(await button.textContent()).toBe('Clear sample data');
    expect(await button.getAttribute('aria-describedby')).toBe('sample-intro');
    expect(await page.locator('#sample-intro').textContent()).toContain('only the sample values still in place');
    // It comes after the templates: Shift+Tab from the end of the page reaches it first.
    await page.locator('#view-templates button').last().focus();
    expect(await activeId(page)).toBe('clear-sample');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'Open this pane in Excel to clear sample data.');
    expect(await page.locator('#confirm-dialog').count()).toBe(0);
    // In Chinese too.
    await page.click('#lang-switch');
    await page.locator('#clear-sample').focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.getElementById('status')?.textContent === '请在 Excel 中打开此窗格以清除示例数据。');
    expect(await page.locator('#clear-sample').getAttribute('aria-label')).toBe('清除示例数据：活动工作表中的示意值');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('in Excel, asks before clearing and reports a sheet without sample data', async () => {
    const { page, errors } = await open('', '#templates');
    await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown> & { Office: { context?: Record<string, unknown> } };
      const sheet = { name: 'Sheet1', load: () => undefined, names: { items: [] as unknown[], load: () => undefined } };
      w.Excel = { run: async (body: (c: unknown) => Promise<unknown>) => body({ workbook: { worksheets: { getActiveWorksheet: () => sheet } }, sync: async () => undefined }) };
      if (!w.Office.context) w.Office.context = {};
      w.Office.context.document = {};
      w.Office.context.requirements = { isSetSupported: () => true };
    });
    await page.locator('#clear-sample').click();
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('The active sheet “Sheet1” holds no NQP sample data') === true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows in the gallery the functions a template uses and the terms it explains, each a link', async () => {
    const { page } = await open('', '#templates');
    const first = page.locator('#template-list article').first();
    await first.getByRole('button', { name: `NQP.${templates[0].functions[0]}` }).click();
    await page.waitForSelector('code.signature');
    expect(await page.locator('code.signature').first().textContent()).toContain(`NQP.${templates[0].functions[0]}(`);
    await page.context().close();
  });

  it('offers every template as an .xlsx file from its own origin, in the pane language', async () => {
    const { page } = await open('?lang=zh', '#templates');
    const links = page.locator('#template-list a[download]');
    expect(await links.count()).toBe(templates.length);
    for (let i = 0; i < templates.length; i++) {
      const href = await links.nth(i).getAttribute('href');
      expect(href).toBe(`assets/templates/${templates[i].id}.zh-CN.xlsx`);
      const response = await page.request.get(new URL(href!, page.url()).href);
      expect(response.status()).toBe(200);
      // An .xlsx file is a zip archive: it starts with "PK".
      expect((await response.body()).subarray(0, 2).toString()).toBe('PK');
    }
    await page.context().close();
  });

  it('moves between tabs with the arrow keys', async () => {
    const { page } = await open();
    await page.focus('#tab-glossary');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('#tab-templates').getAttribute('aria-selected')).toBe('true');
    expect(await activeId(page)).toBe('tab-templates');
    await page.keyboard.press('ArrowLeft');
    expect(await page.locator('#tab-glossary').getAttribute('aria-selected')).toBe('true');
    await page.context().close();
  });

  it('filters terms and functions as the analyst types, and says when nothing matches', async () => {
    const { page } = await open();
    await search(page, 'self-sufficiency');
    expect(await page.locator('#function-list li').count()).toBe(1);
    expect(await page.locator('#function-list').textContent()).toContain('NQP.SELF_SUFFICIENCY');
    expect(await firstResult(page)).toBe('self-sufficiency');
    await search(page, 'zzzz-no-such-thing');
    expect(await page.locator('#glossary-results').textContent()).toBe('Nothing matches your search.');
    await page.waitForFunction(() => document.getElementById('announce')?.textContent === 'Nothing matches your search.');
    await page.context().close();
  });

  it('finds a term by English words, by Chinese characters and despite a typo', async () => {
    const { page } = await open();
    await search(page, 'external dependence');
    expect(await firstResult(page)).toBe('external-dependence');
    await search(page, '依存度');
    expect(await firstResult(page)).toBe('external-dependence');
    await search(page, '熵权');
    expect(await firstResult(page)).toBe('entropy-weight-method');
    await search(page, 'malmqist');
    expect(await firstResult(page)).toBe('malmquist-index');
    await page.context().close();
  });

  it('filters by category with toggle buttons', async () => {
    const { page } = await open();
    const methods = page.locator('#glossary-filters button[data-filter="method"]');
    await methods.focus();
    await page.keyboard.press('Space');
    expect(await methods.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('#glossary-filters button[data-filter="all"]').getAttribute('aria-pressed')).toBe('false');
    const shown = await page.locator('#glossary-results [data-term]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.term));
    expect(shown.length).toBe(terms.filter((t) => t.category === 'method').length);
    expect(shown.every((id) => findTerm(id as string)?.category === 'method')).toBe(true);
    expect(await page.locator('#function-list').count()).toBe(0);
    await page.click('#glossary-filters button[data-filter="functions"]');
    expect(await page.locator('#glossary-results [data-term]').count()).toBe(0);
    expect(await page.locator('#function-list li').count()).toBe(specs.length);
    await page.context().close();
  });

  it('opens a term with the keyboard, follows a related link, and goes back with Escape', async () => {
    const { page } = await open();
    await search(page, '依存度');
    await openTermByKeyboard(page, 'external-dependence');
    const term = findTerm('external-dependence')!;
    expect(await page.locator('#glossary-list').isVisible()).toBe(false);
    expect(await activeId(page)).toBe('detail-title');
    expect(await page.locator('#detail-title').textContent()).toBe(term.name.en);
    const detail = await page.locator('#detail-content').textContent();
    expect(detail).toContain(term.definition.en);
    expect(detail).toContain(term.explanation.en);
    expect(detail).toContain(term.source);
    await page.waitForFunction((name) => document.getElementById('announce')?.textContent === `Showing ${name}.`, term.name.en);
    await shot(page, 'taskpane-term-en.png', true);

    // A related term, by keyboard.
    const related = findTerm(term.related[0])!;
    await page.locator(`#detail-content button.link[data-term="${related.id}"]`).first().focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector(`#detail-content [data-term="${related.id}"]`);
    expect(await page.locator('#detail-title').textContent()).toBe(related.name.en);
    expect(await activeId(page)).toBe('detail-title');

    // Escape: back to the first term, then back to the list with focus on the item that opened it.
    await page.keyboard.press('Escape');
    expect(await page.locator('#detail-title').textContent()).toBe(term.name.en);
    expect(await activeId(page)).toBe('detail-title');
    await page.keyboard.press('Escape');
    expect(await page.locator('#glossary-list').isVisible()).toBe(true);
    expect(await page.locator('#glossary-detail').isVisible()).toBe(false);
    expect(await activeData(page)).toBe('external-dependence');
    expect(await page.inputValue('#glossary-search')).toBe('依存度');
    await page.context().close();
  });

  it('goes back with the Back button too', async () => {
    const { page } = await open();
    await page.click('#glossary-results button[data-term="tfp"]');
    await page.waitForSelector('#detail-content [data-term="tfp"]');
    await page.click('#glossary-back');
    expect(await page.locator('#glossary-list').isVisible()).toBe(true);
    expect(await activeData(page)).toBe('tfp');
    await page.context().close();
  });

  it('lists the functions that measure a term, with signature, description and Insert example', async () => {
    const { page } = await open();
    await search(page, 'external dependence');
    await openTermByKeyboard(page, 'external-dependence');
    const cards = page.locator('#detail-content article.fn');
    const signatures = await cards.locator('h4').allTextContents();
    expect(signatures.some((s) => s.startsWith('NQP.DEPENDENCE_RATIO('))).toBe(true);
    const card = cards.filter({ hasText: 'NQP.DEPENDENCE_RATIO(' });
    const spec = specs.find((s) => s.name === 'DEPENDENCE_RATIO')!;
    expect(await card.textContent()).toContain(spec.description.en);
    // The templates that use the term, each with its insert button (or a note when there is none).
    const linked = templatesFor(findTerm('external-dependence')!);
    expect(await page.locator('#detail-content article.template').count()).toBe(linked.length);
    if (linked.length === 0) expect(await page.locator('#detail-content').textContent()).toContain('No template uses this term yet.');
    else expect(await page.locator('#detail-content article.template button.primary').count()).toBe(linked.length);
    await card.getByRole('button', { name: 'Insert example of NQP.DEPENDENCE_RATIO in the active cell' }).click();
    await page.waitForFunction(() => (document.getElementById('status')?.textContent ?? '') !== '');
    expect(await page.locator('#status').textContent()).toBe('Open this pane in Excel to insert formulas.');
    await page.context().close();
  });

  it('opens a function page from a term, with its arguments and worked examples', async () => {
    const { page } = await open();
    await openTermByKeyboard(page, 'entropy-weight-method');
    await page.getByRole('button', { name: 'Details of NQP.ENTROPY_WEIGHTS' }).click();
    await page.waitForSelector('#detail-content [data-function="ENTROPY_WEIGHTS"]');
    expect(await page.locator('#detail-title').textContent()).toBe('NQP.ENTROPY_WEIGHTS');
    expect(await activeId(page)).toBe('detail-title');
    const spec = specs.find((s) => s.name === 'ENTROPY_WEIGHTS')!;
    expect(await page.locator('#detail-content dl.args dt').count()).toBe(spec.params.length);
    expect(await page.locator('#detail-content .example').count()).toBe(spec.examples.length);
    expect(await page.locator('#detail-content .example code.formula').first().textContent()).toMatch(/^=NQP\.ENTROPY_WEIGHTS\(/);
    await shot(page, 'taskpane-function-en.png', true);
    await page.keyboard.press('Escape');
    expect(await page.locator('#detail-content [data-term="entropy-weight-method"]').count()).toBe(1);
    await page.context().close();
  });

  it('marks later developments', async () => {
    const { page } = await open();
    const item = page.locator('#glossary-results button[data-term="nqp-official-definition-2024"]');
    expect(await item.locator('.badge').textContent()).toBe('Later development');
    await page.context().close();
  });

  it('shows search text as text, never as markup', async () => {
    const { page, errors } = await open();
    await page.fill('#glossary-search', '<img src=x onerror="window.__pwned=1">');
    await page.waitForTimeout(200);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows glossary content as text, never as markup', async () => {
    const { page, errors } = await open();
    const evil = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    await page.evaluate((evil) => {
      const text = { en: `EN ${evil}`, zh: `中文 ${evil}` };
      (window as unknown as { nqpTest: { showTerm: (t: unknown) => void } }).nqpTest.showTerm({
        id: 'evil',
        category: 'framework',
        name: text,
        definition: text,
        explanation: text,
        source: evil,
        related: ['tfp'],
        functions: ['GINI'],
        templates: [],
        later: true,
      });
    }, evil);
    await page.waitForSelector('#detail-content [data-term="evil"]');
    await page.waitForTimeout(200);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('#detail-content b').count()).toBe(0);
    expect(await page.locator('#detail-title').textContent()).toBe(`EN ${evil}`);
    expect(await page.locator('#detail-content .explanation').textContent()).toBe(`EN ${evil}`);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('follows a dark theme', async () => {
    const { page } = await open('?lang=zh', '', 'dark');
    expect(await page.evaluate(() => document.body.classList.contains('theme-dark'))).toBe(true);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(41, 41, 41)');
    await shot(page, 'taskpane-zh-dark.png');
    await search(page, '新质生产力');
    await openTermByKeyboard(page, 'new-quality-productivity');
    expect(await page.locator('#detail-title').textContent()).toBe('新质生产力');
    expect(await page.locator('#detail-content').textContent()).toContain(findTerm('new-quality-productivity')!.explanation.zh);
    await shot(page, 'taskpane-term-zh-dark.png', true);
    await page.context().close();
  });

  it('shows a term page in Chinese in light theme', async () => {
    const { page } = await open('?lang=zh');
    await openTermByKeyboard(page, 'coupling-coordination');
    const term = findTerm('coupling-coordination')!;
    expect(await page.locator('#detail-content .definition').textContent()).toContain(term.definition.zh);
    expect(await page.locator('#glossary-back').getAttribute('aria-label')).toBe('返回\uFF08Esc\uFF09');
    await shot(page, 'taskpane-term-zh.png', true);
    await page.context().close();
  });

  it('gives every button an accessible name, on the list and on a term page', async () => {
    const { page } = await open();
    const unnamed = () =>
      page.evaluate(() => [...document.querySelectorAll('button')].filter((b) => !(b.getAttribute('aria-label') || b.textContent?.trim())).length);
    expect(await unnamed()).toBe(0);
    await openTermByKeyboard(page, 'tfp');
    expect(await unnamed()).toBe(0);
    await page.context().close();
  });

  it('shows keyboard focus visibly', async () => {
    const { page } = await open();
    await page.focus('#glossary-search');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement;
      const style = getComputedStyle(a);
      return { tag: a.tagName, outline: style.outlineStyle, width: style.outlineWidth };
    });
    expect(outline.tag).toBe('BUTTON');
    expect(outline.outline).toBe('solid');
    expect(outline.width).toBe('2px');
    await page.context().close();
  });
});

// ---- Keyboard only ----------------------------------------------------------

/** What has focus, for the keyboard walk: the term or function of an item, else the id, else the tag. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    if (!a || a === document.body) return 'body';
    if (a.dataset.term) return `term:${a.dataset.term}`;
    if (a.dataset.function) return `function:${a.dataset.function}`;
    if (a.dataset.filter) return `filter:${a.dataset.filter}`;
    return a.id ? `#${a.id}` : a.tagName.toLowerCase();
  });

async function tabUntil(page: Page, done: (f: string) => boolean, max = 30): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    seen.push(f);
    if (done(f)) return seen;
  }
  throw new Error(`not reached in ${max} Tab presses: ${seen.join(' → ')}`);
}

describe('keyboard only', () => {
  it('tabs from the top of the pane through the header, tabs, search and filters to the first term; Enter opens it; Escape returns focus to it', async () => {
    const { page } = await open();
    const first = await firstResult(page);
    const seen = await tabUntil(page, (f) => f.startsWith('term:'));
    expect(seen).toEqual(['#lang-switch', '#tab-glossary', '#glossary-search', ...['all', 'framework', 'aspect', 'method', 'data', 'functions'].map((f) => `filter:${f}`), `term:${first}`]);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`#detail-content [data-term="${first}"]`);
    expect(await activeId(page)).toBe('detail-title');
    // On the page, Tab reaches its links and buttons, and Shift+Tab the Back button.
    const onPage = await tabUntil(page, (f) => f.startsWith('term:') || f.startsWith('function:'), 10);
    expect(onPage.length).toBeGreaterThan(0);
    await page.focus('#detail-title');
    await page.keyboard.press('Shift+Tab');
    expect(await activeId(page)).toBe('glossary-back');
    await page.keyboard.press('Escape');
    expect(await page.locator('#glossary-list').isVisible()).toBe(true);
    expect(await focused(page)).toBe(`term:${first}`);
    await page.context().close();
  });

  it('reaches a function from a term by keyboard, and its Insert example button', async () => {
    const { page } = await open();
    await search(page, '依存度');
    await openTermByKeyboard(page, 'external-dependence');
    await tabUntil(page, (f) => f === 'button' || f === 'a', 20);
    const details = page.getByRole('button', { name: 'Details of NQP.DEPENDENCE_RATIO' });
    await details.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#detail-content [data-function="DEPENDENCE_RATIO"]');
    expect(await activeId(page)).toBe('detail-title');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Insert example of NQP.DEPENDENCE_RATIO in the active cell');
    await page.keyboard.press('Escape');
    expect(await page.locator('#detail-title').textContent()).toBe(findTerm('external-dependence')!.name.en);
    await page.context().close();
  });

  it('reaches the Templates view from the tabs with the arrow keys and Tab', async () => {
    const { page } = await open();
    await page.focus('#tab-glossary');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    if (templates.length > 0) {
      // The panel itself (it is focusable, for reading), then the first template's links (its functions and
      // terms), then its Insert button; Clear sample data comes after the templates.
      expect(await activeId(page)).toBe('view-templates');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(`NQP.${templates[0].functions[0]}`);
      const insertLabel = `Insert template “${templates[0].title.en}” as new sheets`;
      for (let i = 0; i < 60; i++) {
        if ((await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) === insertLabel) break;
        await page.keyboard.press('Tab');
      }
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(insertLabel);
    } else {
      expect(await activeId(page)).toBe('view-templates');
    }
    await page.context().close();
  });
});

// ---- The preview's live examples ------------------------------------------------

/** Opens a function page from the list by keyboard. */
async function openFunctionByKeyboard(page: Page, name: string): Promise<void> {
  await page.locator(`#function-list button[data-function="${name}"]`).focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector(`#detail-content [data-function="${name}"]`);
}

/** Waits for every live example of the page to be computed, and reads them. */
async function liveResults(page: Page): Promise<{ value: string; match: string; text: string }[]> {
  await page.waitForFunction(() => {
    const lines = [...document.querySelectorAll('#detail-content p.live')];
    return lines.length > 0 && lines.every((p) => !p.hasAttribute('aria-busy'));
  }, undefined, { timeout: 30_000 });
  return page.locator('#detail-content p.live').evaluateAll((lines) =>
    lines.map((p) => ({ value: p.querySelector('.live-value')?.textContent ?? '', match: (p as HTMLElement).dataset.match ?? '', text: p.textContent ?? '' })),
  );
}

describe('the preview outside Excel', () => {
  it('recomputes the worked examples of a function page in the page, next to the expected results, including an error', async () => {
    const { page, errors } = await open();
    // Nothing is computed on the list or on a term page.
    await openTermByKeyboard(page, 'external-dependence');
    expect(await page.locator('p.live').count()).toBe(0);
    await page.keyboard.press('Escape');
    await openFunctionByKeyboard(page, 'DEPENDENCE_RATIO');
    const spec = specs.find((s) => s.name === 'DEPENDENCE_RATIO')!;
    expect(await page.locator('#detail-content .preview-note').textContent()).toBe(
      'Preview outside Excel: each example is computed in this page by the add-in’s own functions.',
    );
    const live = await liveResults(page);
    expect(live).toHaveLength(spec.examples.length);
    expect(live.every((l) => l.match === 'true')).toBe(true);
    const expected = await page.locator('#detail-content .example code.result:not(.live-value)').allTextContents();
    expect(live.map((l) => l.value)).toEqual(expected);
    expect(live[0].text).toBe('Computed in this page: 0.4285714286 ✓ matches');
    // The error example: its code, and the message Excel would show with it.
    const unknownKind = spec.examples.findIndex((ex) => ex.args[3] === 'ratio');
    expect(live[unknownKind].value).toBe('#VALUE!');
    expect(live[unknownKind].text).toContain('NQP.DEPENDENCE_RATIO requires kind to be one of "gross", "net", "output"');
    await shot(page, 'taskpane-function-live-en.png', true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows "computing…" while the DEA solver loads lazily from the add-in\'s own origin, then the efficiencies', async () => {
    const { page, errors, requests } = await open('?lang=zh');
    // Hold the solver back a moment, so that the computing state is certainly seen.
    await page.route(/\/highs[^/]*$/, async (route) => {
      await new Promise((r) => setTimeout(r, 400));
      await route.continue();
    });
    expect(requests.filter((u) => /highs/.test(u))).toEqual([]);
    await openFunctionByKeyboard(page, 'DEA_EFFICIENCY');
    await page.waitForSelector('#detail-content p.live[aria-busy="true"]');
    expect(await page.locator('#detail-content p.live[aria-busy="true"]').first().textContent()).toBe('正在本页中计算…');
    const live = await liveResults(page);
    const spec = specs.find((s) => s.name === 'DEA_EFFICIENCY')!;
    expect(live).toHaveLength(spec.examples.length);
    expect(live.map((l) => l.match)).toEqual(spec.examples.map(() => 'true'));
    expect(live[0].value).toBe('0.5\n1\n0.8333333333\n0.7142857143\n1');
    expect(live[0].text).toContain('本页计算结果');
    const solver = requests.filter((u) => /highs/.test(u));
    expect(solver.length).toBeGreaterThan(0);
    expect(solver.every((u) => u.startsWith(base))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

// ---- Insert example, against a stand-in Excel ------------------------------------

/** Makes the page believe it runs in Excel, with an active cell holding `content`. */
async function fakeExcel(page: Page, content: string): Promise<void> {
  await page.evaluate((content) => {
    const w = window as unknown as Record<string, unknown> & { Office: { context?: Record<string, unknown> } };
    const cell = { formulas: [[content]], address: 'Sheet1!B2', load: () => undefined };
    w.fakeCell = cell;
    w.Excel = { run: async (body: (c: unknown) => Promise<void>) => body({ workbook: { getActiveCell: () => cell }, sync: async () => undefined }) };
    if (!w.Office.context) w.Office.context = {};
    w.Office.context.document = {};
  }, content);
}

const cellFormula = (page: Page) => page.evaluate(() => (window as unknown as { fakeCell: { formulas: string[][] } }).fakeCell.formulas[0][0]);

describe('Insert example', () => {
  it('writes into an empty cell at once, and asks in a dialog before replacing anything: Escape cancels, Replace replaces', async () => {
    const { page, errors } = await open();
    await openFunctionByKeyboard(page, 'DEPENDENCE_RATIO');
    const insert = page.getByRole('button', { name: 'Insert example of NQP.DEPENDENCE_RATIO in the active cell' });

    await fakeExcel(page, '');
    await insert.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'Inserted an example of NQP.DEPENDENCE_RATIO.');
    expect(await cellFormula(page)).toBe('=NQP.DEPENDENCE_RATIO(60, 100, 20)');
    expect(await page.locator('#confirm-dialog').count()).toBe(0);

    await fakeExcel(page, '=SUM(A1:A3)');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Replace the cell’s content?' });
    await dialog.waitFor();
    expect(await page.locator('#confirm-text').textContent()).toBe('Cell Sheet1!B2 holds “=SUM(A1:A3)”. Replace it with =NQP.DEPENDENCE_RATIO(60, 100, 20)?');
    expect(await activeId(page)).toBe('confirm-cancel');
    // Focus stays in the dialog.
    await page.keyboard.press('Tab');
    expect(await activeId(page)).toBe('confirm-replace');
    await page.keyboard.press('Tab');
    expect(await activeId(page)).toBe('confirm-cancel');
    await page.keyboard.press('Shift+Tab');
    expect(await activeId(page)).toBe('confirm-replace');
    await shot(page, 'taskpane-confirm-en.png');
    // Escape cancels, and only closes the dialog: the function page stays, focus goes back to Insert.
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'The cell was left unchanged.');
    expect(await page.locator('#confirm-dialog').count()).toBe(0);
    expect(await cellFormula(page)).toBe('=SUM(A1:A3)');
    expect(await page.locator('#detail-title').textContent()).toBe('NQP.DEPENDENCE_RATIO');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Insert example of NQP.DEPENDENCE_RATIO in the active cell');

    // Cancel does the same; Replace replaces.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.click('#confirm-cancel');
    expect(await cellFormula(page)).toBe('=SUM(A1:A3)');
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('status')?.textContent === "Replaced the cell's content with an example of NQP.DEPENDENCE_RATIO.");
    expect(await cellFormula(page)).toBe('=NQP.DEPENDENCE_RATIO(60, 100, 20)');
    expect(await page.locator('#confirm-dialog').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

// ---- Readable function pages and a tidy Templates tab -------------------------------------

/**
 * The places where a code element's text wraps onto a new line that fall inside a number or a name: for each
 * character, the top of its box; a character lower than the one before starts a line.
 */
async function breaksInsideValues(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((codes) => {
    const bad: string[] = [];
    for (const code of codes) {
      const chars: { ch: string; top: number }[] = [];
      const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let i = 0; i < text.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (rect) chars.push({ ch: text[i], top: rect.top });
        }
      }
      for (let i = 1; i < chars.length; i++) {
        if (chars[i].top > chars[i - 1].top + 2 && /[\w.]/.test(chars[i - 1].ch) && /[\w.]/.test(chars[i].ch)) {
          bad.push(`${(code.textContent ?? '').slice(0, 30)}…: "${chars[i - 1].ch}|${chars[i].ch}"`);
        }
      }
    }
    return bad;
  });
}

describe('readable function pages and a tidy Templates tab', () => {
  // The three functions whose first example's formula is the longest: they wrap the most at 360 px.
  const longest = [...specs]
    .sort((a, b) => exampleFormula(b, b.examples[0].args).length - exampleFormula(a, a.examples[0].args).length)
    .slice(0, 3)
    .map((s) => s.name);

  it.each(longest)('NQP.%s: its formulas wrap only between values, never inside a number', async (name) => {
    const { page } = await open();
    await openFunctionByKeyboard(page, name);
    const lines = await page.locator('#detail-content code.formula').evaluateAll((codes) => codes.map((c) => Math.round(c.getBoundingClientRect().height)));
    expect(Math.max(...lines)).toBeGreaterThan(20); // it does wrap at 360 px
    expect(await breaksInsideValues(page, '#detail-content code.formula, #detail-content code.result, #detail-content code.signature')).toEqual([]);
    await page.context().close();
  });

  it('notes come as short pieces, a formula as a block, the errors as a table, in English and Chinese', async () => {
    for (const query of ['', '?lang=zh']) {
      const { page } = await open(query);
      await openFunctionByKeyboard(page, 'COUPLING_COORDINATION');
      expect(await page.locator('#detail-content p.note-formula code.formula').count()).toBeGreaterThanOrEqual(2);
      expect(await page.locator('#detail-content table.errors tbody tr').count()).toBeGreaterThanOrEqual(4);
      expect(await page.locator('#detail-content table.errors th').allTextContents()).toEqual(query === '' ? ['Error', 'When'] : ['错误值', '情形']);
      const longestNote = await page.locator('#detail-content p.note').evaluateAll((ps) => Math.max(...ps.map((p) => (p.textContent ?? '').length)));
      expect(longestNote).toBeLessThan(400);
      await page.context().close();
    }
  });

  it('lists the templates first, each named by a heading set larger than its description; the sample-data tool after them', async () => {
    const { page } = await open('', '#templates');
    const order = await page.locator('#view-templates > *').evaluateAll((nodes) => nodes.map((n) => n.id || n.className));
    expect(order.indexOf('template-list')).toBeLessThan(order.findIndex((x) => /sample/.test(x)));
    const sizes = await page.locator('#template-list article').first().evaluate((card) => ({
      title: parseFloat(getComputedStyle(card.querySelector('h2')!).fontSize),
      text: parseFloat(getComputedStyle(card.querySelector('p')!).fontSize),
    }));
    expect(sizes.title).toBeGreaterThan(sizes.text);
    await page.context().close();
  });

  it('the status line never covers a control: the button used stays clear of it, and the last control scrolls above it', async () => {
    const { page } = await open('', '#templates');
    const insert = page.locator('#template-list article button.primary').first();
    await insert.scrollIntoViewIfNeeded();
    // Put the first Insert button at the very bottom of the pane, where the status line appears.
    await insert.evaluate((b) => window.scrollBy(0, b.getBoundingClientRect().bottom - window.innerHeight + 2));
    await insert.click();
    await page.waitForFunction(() => (document.getElementById('status')?.textContent ?? '') !== '');
    const overlap = async (selector: string) =>
      page.evaluate((sel) => {
        const a = document.querySelector(sel)!.getBoundingClientRect();
        const b = document.getElementById('status')!.getBoundingClientRect();
        return a.bottom > b.top && a.top < b.bottom;
      }, selector);
    expect(await overlap('#template-list article button.primary')).toBe(false);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const last = await page.locator('#view-templates button').last().evaluate((b) => b.getBoundingClientRect().bottom);
    const top = await page.locator('#status').evaluate((st) => st.getBoundingClientRect().top);
    expect(last).toBeLessThanOrEqual(top);
    await page.context().close();
  });
});

// ---- Check: "Why is this cell an error?", against a stand-in Excel ---------------------

/** Makes the page believe it runs in Excel, with an active cell showing `shown` from `formula`, and the cells of `ranges`. */
async function fakeFormulaCell(page: Page, formula: string, shown: string, ranges: Record<string, unknown[][]>): Promise<void> {
  await page.evaluate(
    ({ formula, shown, ranges }) => {
      const w = window as unknown as Record<string, unknown> & { Office: { context?: Record<string, unknown> } };
      const typeOf = (v: unknown) => (v === '' ? 'Empty' : typeof v === 'number' ? 'Double' : 'String');
      const range = (values: unknown[][]) => ({ values, valueTypes: values.map((r) => r.map(typeOf)), isNullObject: false, load() { return this; } });
      const sheet = { name: 'Data', load() { return this; }, getRange: (cells: string) => range(ranges[cells] ?? [['']]) };
      const cell = {
        address: 'Data!H2', formulas: [[formula]], values: [[shown]], valueTypes: [['Error']], rowIndex: 1, columnIndex: 7, worksheet: sheet,
        load() { return this; },
        getSpillParentOrNullObject: () => ({ isNullObject: true, load() { return this; } }),
      };
      w.Excel = {
        RangeValueType: { error: 'Error' },
        run: async (body: (c: unknown) => Promise<unknown>) => body({ workbook: { getActiveCell: () => cell, worksheets: { getItem: () => sheet } }, sync: async () => undefined }),
      };
      if (!w.Office.context) w.Office.context = {};
      w.Office.context.document = {};
      w.Office.context.requirements = { isSetSupported: () => true };
    },
    { formula, shown, ranges },
  );
}

describe('Check: why is this cell an error?', () => {
  it('by keyboard: the tab, the button; outside Excel it says Excel is needed', async () => {
    const { page, errors } = await open();
    await page.focus('#tab-glossary');
    await page.keyboard.press('ArrowLeft'); // wraps round to the last tab
    expect(await activeId(page)).toBe('tab-check');
    expect(await page.locator('#view-check').isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await activeId(page)).toBe('explain-cell');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('check-result')?.textContent === 'Open the pane in Excel to explain a cell.');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('in Excel: the full message and the hint for scores on a 0–100 scale, in English and in Chinese', async () => {
    for (const [query, hint] of [
      ['', 'scores goes up to 90: scores on a 0–100 scale? Divide them by 100, or normalise them with NQP.NORMALIZE.'],
      ['?lang=zh', 'scores 最大为 90：是否为 0–100 分制的得分？请除以 100，或用 NQP.NORMALIZE 标准化。'],
    ]) {
      const { page, errors } = await open(query, '#check');
      await fakeFormulaCell(page, '=NQP.COUPLING_COORDINATION(B2:C4)', '#NUM!', { 'B2:C4': [[63.5, 70], [55, 80], [90, 45]] });
      await page.locator('#explain-cell').click();
      await page.waitForSelector('#check-result .hints li');
      expect(await page.locator('#check-result .message code').textContent()).toMatch(/^#(NUM|VALUE)! NQP\.COUPLING_COORDINATION\b.*63\.5/);
      expect(await page.locator('#check-result .hints li').allTextContents()).toContain(hint);
      await shot(page, `check-${query === '' ? 'en' : 'zh'}.png`, true);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });
});

// ---- Build: the index builder, against a stand-in Excel ------------------------------------

/**
 * Makes the page believe it runs in Excel with the table `values` selected on sheet "Data" from A1; the sheets the
 * builder adds record every formula written (window.builtFormulas) and their names (window.addedSheets).
 */
async function fakeSelection(page: Page, values: unknown[][]): Promise<void> {
  await page.evaluate((values) => {
    const w = window as unknown as Record<string, unknown> & { Office: { context?: Record<string, unknown> } };
    const formulas: string[] = [];
    const added: string[] = [];
    w.builtFormulas = formulas;
    w.addedSheets = added;
    // Anything of a new sheet: chainable, recording the formulas written.
    const any = (): unknown =>
      new Proxy(function () {}, {
        get: (_t, k) => (k === 'then' ? undefined : any()),
        apply: () => any(),
        set: (_t, k, v) => {
          if (k === 'formulas') for (const row of v as unknown[][]) for (const f of row) if (typeof f === 'string' && f.startsWith('=')) formulas.push(f);
          return true;
        },
      });
    const typeOf = (v: unknown) => (v === '' ? 'Empty' : typeof v === 'number' ? 'Double' : 'String');
    const selected = {
      address: 'Data!A1:' + String.fromCharCode(64 + values[0].length) + values.length,
      values,
      valueTypes: values.map((r) => r.map(typeOf)),
      rowIndex: 0,
      columnIndex: 0,
      rowCount: values.length,
      columnCount: values[0].length,
      worksheet: { name: 'Data', load() { return this; } },
      load() { return this; },
    };
    const worksheets = {
      items: [{ name: 'Data' }],
      load() { return this; },
      add: (name: string) => (added.push(name), any()),
    };
    w.Excel = {
      RangeValueType: { double: 'Double', empty: 'Empty', error: 'Error' },
      run: async (body: (c: unknown) => Promise<unknown>) => body({ workbook: { getSelectedRange: () => selected, worksheets }, sync: async () => undefined }),
    };
    if (!w.Office.context) w.Office.context = {};
    w.Office.context.document = {};
    w.Office.context.requirements = { isSetSupported: () => true };
  }, values);
}

const BUILD_TABLE = [
  ['Province', 'Region', 'R&D intensity', 'Patents', 'Energy intensity'],
  ['P1', 'East', 1.2, 20, 0.5],
  ['P2', 'East', 1.5, 27, 0.6],
  ['P3', 'West', 1.8, 21, 0.7],
  ['P4', 'West', 2.1, 23, 0.9],
];

describe('Build: the index builder', () => {
  it('by keyboard: reads the selected table, takes a cost indicator, builds the sheet of formulas', async () => {
    const { page, errors } = await open('', '#build');
    await fakeSelection(page, BUILD_TABLE);
    await page.focus('#build-read');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#build-summary');
    expect(await page.locator('#build-summary').textContent()).toBe('Data!A1:E5: 4 rows, 3 indicators.');
    // The region column was recognised; the indicators are listed with a direction each.
    expect(await page.locator('#build-region').inputValue()).toBe('1');
    expect(await page.locator('table.indicators tbody th').allTextContents()).toEqual(['R&D intensity', 'Patents', 'Energy intensity']);
    await page.focus('#build-dir-2');
    await page.keyboard.press('ArrowDown'); // Benefit → Cost
    expect(await page.locator('#build-dir-2').inputValue()).toBe('-1');
    await page.focus('#build-regional');
    await page.keyboard.press('Space');
    await page.focus('#build-go');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'Built the sheet “NQP index” from Data!A1:E5.');
    const formulas = await page.evaluate(() => (window as unknown as { builtFormulas: string[] }).builtFormulas);
    expect(formulas).toContain('=NQP.ENTROPY_WEIGHTS(Data!$C$2:$E$5,$B$6:$D$6)');
    expect(formulas).toContain('=NQP.DAGUM_GINI($B$11:$B$14,Data!$B$2:$B$5)');
    expect(await page.evaluate(() => (window as unknown as { addedSheets: string[] }).addedSheets)).toEqual(['NQP index']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('outside Excel it says Excel is needed; in Chinese too', async () => {
    const { page } = await open('?lang=zh', '#build');
    await page.locator('#build-read').click();
    await page.waitForFunction(() => document.getElementById('status')?.textContent === '请在 Excel 中打开任务窗格，以便用您的表格构建指数。');
    await page.context().close();
  });
});

// ---- Accessibility: axe-core ------------------------------------------------------

const AXE = require.resolve('axe-core/axe.min.js');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

/** Runs axe on the page as it is; every violation, with its nodes (the first five). */
async function axeScan(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target.join(' '), summary: n.failureSummary ?? '' })),
    }));
  });
}

type Scanned = 'list' | 'term' | 'function' | 'templates' | 'dialog' | 'check' | 'build';

/** Opens the pane in one state for a scan. */
async function openFor(view: Scanned, lang: 'en' | 'zh', theme: 'light' | 'dark'): Promise<Page> {
  const { page } = await open(lang === 'zh' ? '?lang=zh' : '', view === 'templates' ? '#templates' : view === 'check' ? '#check' : view === 'build' ? '#build' : '', theme, true);
  if (view === 'build') {
    await fakeSelection(page, BUILD_TABLE);
    await page.locator('#build-read').click();
    await page.waitForSelector('#build-go');
  }
  if (view === 'check') {
    await fakeFormulaCell(page, '=NQP.ENTROPY_WEIGHTS(B1:D4)', '#VALUE!', { 'B1:D4': [['R&D', 'Patents', 'Energy'], [1.2, 30, 0.8], [2.1, 45, 0.5], [1.7, 12, 0.9]] });
    await page.locator('#explain-cell').click();
    await page.waitForSelector('#check-result .hints li');
  }
  if (view === 'term') await openTermByKeyboard(page, 'external-dependence');
  if (view === 'function' || view === 'dialog') {
    await openFunctionByKeyboard(page, 'DEPENDENCE_RATIO');
    await liveResults(page);
  }
  if (view === 'dialog') {
    await fakeExcel(page, '=SUM(A1:A3)');
    await page.locator('#detail-content .actions button.primary').first().click();
    await page.waitForSelector('#confirm-dialog');
  }
  return page;
}

const scans: [Scanned, 'en' | 'zh', 'light' | 'dark'][] = (['list', 'term', 'function', 'templates', 'dialog', 'check', 'build'] as Scanned[]).flatMap((view) =>
  (['en', 'zh'] as const).flatMap((lang) => (['light', 'dark'] as const).map((theme): [Scanned, 'en' | 'zh', 'light' | 'dark'] => [view, lang, theme])),
);

describe('axe-core scan', () => {
  it.each(scans)('%s view, %s, %s theme: no serious or critical violation', async (view, lang, theme) => {
    const page = await openFor(view, lang, theme);
    const violations = await axeScan(page);
    const severe = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    if (violations.length > 0) console.log(`axe, ${view} ${lang} ${theme}:\n${JSON.stringify(violations, null, 2)}`);
    expect(severe).toEqual([]);
    await page.context().close();
  });
});

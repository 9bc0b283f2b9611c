/**
 * The task pane in headless Chromium (Debian's chromium), loaded from a
 * development build with the local office.js, where Office.onReady fires
 * with no host. Screenshots go to test-results/.
 *
 * The glossary: search in both languages, term and function pages, keyboard
 * navigation (Enter on items, Escape back, focus moved on every view change),
 * content rendered as text only, light and dark themes, English and Chinese.
 */
import fs from 'fs';
import http from 'http';
import path from 'path';
import type { AddressInfo } from 'net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findTerm, templatesFor, terms } from '../../src/glossary';
import { specs } from '../../src/registry';
import { templates } from '../../src/templates';
import { ROOT } from '../helpers/dist';
import { buildTo } from '../helpers/build';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startServer } = require(path.join(ROOT, 'scripts', 'serve.js'));

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = path.join(ROOT, 'test-results');

jest.setTimeout(120_000);

let dir = '';
let server: http.Server;
let base = '';
let browser: Browser;

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: apt-get install chromium (CI does)`);
  dir = await buildTo('development');
  server = await startServer({ port: 0, secure: false, root: dir });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  fs.mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

interface Loaded {
  page: Page;
  errors: string[];
  requests: string[];
}

async function open(query = '', hash = '', colorScheme: 'light' | 'dark' = 'light'): Promise<Loaded> {
  const context = await browser.newContext({ viewport: { width: 360, height: 720 }, colorScheme });
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
    await page.click('#lang-switch');
    expect(await page.locator('#tab-glossary').textContent()).toBe('术语表');
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
      await page.getByRole('button', { name: `Insert the template “${templates[0].title.en}” as new sheets` }).click();
      await page.waitForFunction(() => (document.getElementById('status')?.textContent ?? '') !== '');
      expect(await page.locator('#status').textContent()).toBe('Open this pane in Excel to insert templates.');
    }
    await shot(page, 'taskpane-templates-en.png');
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
    await card.getByRole('button', { name: 'Insert an example of NQP.DEPENDENCE_RATIO in the selected cell' }).click();
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

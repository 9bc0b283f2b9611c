/**
 * The task pane in headless Chromium (Debian's chromium), loaded from a
 * development build with the local office.js, where Office.onReady fires
 * with no host. Screenshots go to test-results/.
 */
import fs from 'fs';
import http from 'http';
import path from 'path';
import type { AddressInfo } from 'net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { specs } from '../../src/registry';
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
  await page.waitForSelector('#function-list article', { state: 'attached', timeout: 30_000 });
  return { page, errors, requests };
}

describe('the task pane', () => {
  it('loads with office.js, lists every function, and reports no script error', async () => {
    const { page, errors } = await open();
    expect(await page.locator('#function-list article').count()).toBe(specs.length);
    expect(await page.locator('#tab-glossary').getAttribute('aria-selected')).toBe('true');
    expect(await page.title()).toBe('NQP Toolkit');
    await page.screenshot({ path: path.join(SHOTS, 'taskpane-en.png'), fullPage: false });
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
    expect(await page.locator('#function-list').textContent()).toContain(specs[0].description.zh);
    await page.context().close();
  });

  it('opens at the Templates view, as the ribbon button does', async () => {
    const { page } = await open('', '#templates');
    expect(await page.locator('#view-templates').isVisible()).toBe(true);
    expect(await page.locator('#view-glossary').isVisible()).toBe(false);
    expect(await page.locator('#tab-templates').getAttribute('aria-selected')).toBe('true');
    await page.context().close();
  });

  it('moves between tabs with the arrow keys', async () => {
    const { page } = await open();
    await page.focus('#tab-glossary');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('#tab-templates').getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-templates');
    await page.keyboard.press('ArrowLeft');
    expect(await page.locator('#tab-glossary').getAttribute('aria-selected')).toBe('true');
    await page.context().close();
  });

  it('filters functions as the analyst types, and says when nothing matches', async () => {
    const { page } = await open();
    await page.fill('#function-search', 'self-sufficiency');
    expect(await page.locator('#function-list article').count()).toBe(1);
    expect(await page.locator('#function-list').textContent()).toContain('NQP.SELF_SUFFICIENCY');
    await page.fill('#function-search', 'zzzz-no-such-function');
    expect(await page.locator('#function-list').textContent()).toBe('No function matches your search.');
    await page.context().close();
  });

  it('shows search text as text, never as markup', async () => {
    const { page, errors } = await open();
    await page.fill('#function-search', '<img src=x onerror="window.__pwned=1">');
    await page.waitForTimeout(200);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('follows a dark theme', async () => {
    const { page } = await open('?lang=zh', '', 'dark');
    expect(await page.evaluate(() => document.body.classList.contains('theme-dark'))).toBe(true);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(41, 41, 41)');
    await page.screenshot({ path: path.join(SHOTS, 'taskpane-zh-dark.png') });
    await page.context().close();
  });

  it('says to open Excel when an example is inserted outside it', async () => {
    const { page } = await open();
    await page.locator('#function-list article button').first().click();
    await page.waitForFunction(() => (document.getElementById('status')?.textContent ?? '') !== '');
    expect(await page.locator('#status').textContent()).toBe('Open this pane in Excel to insert formulas.');
    await page.context().close();
  });

  it('gives every button an accessible name', async () => {
    const { page } = await open();
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll('button')].filter((b) => !(b.getAttribute('aria-label') || b.textContent?.trim())).length,
    );
    expect(unnamed).toBe(0);
    await page.context().close();
  });
});

/**
 * What `npm start` serves works under the pane's own CSP. The development
 * build is made exactly as scripts/start.js makes it (webpack.config.js in
 * development mode, source maps included), served by scripts/serve.js, and
 * loaded in headless Chromium with a stand-in CustomFunctions in place of
 * Excel's: the glossary renders, every function registers and computes, and
 * the console shows no error (a CSP refusal of eval() is a console error).
 */
import fs from 'fs';
import path from 'path';
import type { Browser } from 'playwright-core';
import { specs } from '../../src/registry';
import { type ServedPane, servePane } from '../helpers/served-pane';
import { forbidden } from '../helpers/forbidden-apis';

/** eval in any of its spellings, as tests/security/network.test.ts looks for it in the production build. */
const EVAL = forbidden('eval').pattern;

jest.setTimeout(180_000);

let pane: ServedPane | undefined;
let dir = '';
let base = '';
let browser: Browser;

beforeAll(async () => {
  pane = await servePane();
  ({ dir, base, browser } = pane);
});

afterAll(async () => {
  await pane?.close();
});

test('the development build has no eval: source maps are separate files', () => {
  for (const file of ['functions.js', 'taskpane.js']) {
    const code = fs.readFileSync(path.join(dir, file), 'utf8');
    expect({ file, evals: code.match(EVAL)?.length ?? 0 }).toEqual({ file, evals: 0 });
    expect(fs.existsSync(path.join(dir, `${file}.map`))).toBe(true);
  }
});

test('the served pane renders and registers every function, with no console error', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 720 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    // A failed load is judged below by its URL (Chromium asks for a favicon the add-in does not have).
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`console: ${m.text()}`);
  });
  // Every resource the page asks for is served (Chromium's own favicon request aside).
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`${r.status()}: ${r.url()}`);
  });
  // Excel's CustomFunctions, stood in before any script runs (office.js's own assignment is ignored).
  await page.addInitScript(() => {
    const registered: Record<string, (...args: unknown[]) => unknown> = {};
    class StandInError {
      constructor(
        readonly code: string,
        readonly message?: string,
      ) {}
    }
    const standIn = {
      Error: StandInError,
      ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!' },
    };
    // office.js adds its own members to the object it finds; its associate must not replace this one.
    const associate = (id: string, fn: (...args: unknown[]) => unknown) => {
      registered[id] = fn;
    };
    Object.defineProperty(standIn, 'associate', { get: () => associate, set: () => undefined, enumerable: true });
    Object.defineProperty(window, 'CustomFunctions', { get: () => standIn, set: () => undefined, configurable: false });
    (window as unknown as { __registered: typeof registered }).__registered = registered;
  });
  await page.goto(`${base}/taskpane.html`);
  await page.waitForSelector('#glossary-results li', { state: 'attached', timeout: 60_000 });
  expect(await page.locator('#glossary-results li').count()).toBeGreaterThan(10);
  const names = await page.evaluate(() => Object.keys((window as unknown as { __registered: object }).__registered).sort());
  expect(names).toEqual(specs.map((s) => s.name).sort());
  // A registered function computes as Excel would call it.
  const gini = await page.evaluate(() => (window as unknown as { __registered: Record<string, (...a: unknown[]) => unknown> }).__registered.GINI([[1, 3, 2, 1, 1, 1, 4]], null, null));
  expect((gini as number[][])[0][0]).toBeCloseTo(0.3076923, 7);
  // Opening the gallery fetches the template definitions, a chunk of their own, under the same CSP.
  const chunk = page.waitForResponse((r) => new URL(r.url()).pathname === '/templates.js');
  await page.click('#tab-templates');
  expect((await chunk).status()).toBe(200);
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
  await context.close();
});

describe('when office.js cannot load (a proxy blocking Microsoft’s address)', () => {
  it.each([
    ['', /office\.js\) did not load.*https:\/\/appsforoffice\.microsoft\.com/],
    ['?lang=zh', /office\.js）未能加载.*https:\/\/appsforoffice\.microsoft\.com/],
  ])('the pane%s says so and what to check, and the glossary still works', async (query, message) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 720 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/office-js/office.js', (route) => route.abort('blockedbyclient'));
    await page.goto(`${base}/taskpane.html${query}`);
    await page.waitForSelector('#glossary-results li', { state: 'attached', timeout: 60_000 });
    const notice = page.locator('#office-missing');
    await expect(notice.isVisible()).resolves.toBe(true);
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await notice.textContent()).toMatch(message);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('with office.js loaded, no notice', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/taskpane.html`);
    await page.waitForSelector('#glossary-results li', { state: 'attached', timeout: 60_000 });
    expect(await page.locator('#office-missing').isVisible()).toBe(false);
    await context.close();
  });
});

#!/usr/bin/env node
/**
 * Screenshots of the task pane for the README, in docs/screenshots/:
 * the glossary list, a term page, the Build tab and the Check tab (against a stand-in Excel),
 * light and dark, English and Chinese,
 * 360 px wide (a task pane's usual width).
 *
 *   node scripts/screenshots.js
 *
 * Builds a development build into a temporary folder, serves it over http on
 * a free port (scripts/serve.js, with the local office.js: Office.onReady
 * fires with no host, so the pane runs as its read-only preview), and captures
 * with Debian's chromium through playwright-core (CHROMIUM_PATH to use another).
 * The PNGs are recompressed at zlib level 9 to keep the repository small.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const webpack = require('webpack');
const { chromium } = require('playwright-core');
const { startServer } = require('./serve');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'docs', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const VIEWPORT = { width: 360, height: 640 };
/** The term shown on the term pages: the framework's central concept. */
const TERM = 'new-quality-productivity';

function build() {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'nqp-shots-'));
  const config = require(path.join(ROOT, 'webpack.config.js'))({}, { mode: 'development' });
  config.output.path = out;
  config.devtool = false;
  return new Promise((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err || !stats || stats.hasErrors()) reject(err || new Error(stats.toString('errors-only')));
      else resolve(out);
    }),
  );
}

/** The same image, its IDAT data deflated again at level 9 (Chromium favours speed over size). */
function recompress(png) {
  const chunks = [];
  let offset = 8;
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    chunks.push({ type, data: png.subarray(offset + 8, offset + 8 + length) });
    offset += 12 + length;
  }
  const idat = zlib.deflateSync(zlib.inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data))), { level: 9, memLevel: 9 });
  const chunk = (type, data) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
    return Buffer.concat([head, data, crc]);
  };
  const parts = [png.subarray(0, 8)];
  let wroteData = false;
  for (const c of chunks) {
    if (c.type !== 'IDAT') parts.push(chunk(c.type, c.data));
    else if (!wroteData) {
      parts.push(chunk('IDAT', idat));
      wroteData = true;
    }
  }
  const out = Buffer.concat(parts);
  return out.length < png.length ? out : png;
}

async function main() {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`);
  if (typeof zlib.crc32 !== 'function') throw new Error('Node 20.15 or later is needed (zlib.crc32)');
  const dir = await build();
  const server = await startServer({ port: 0, secure: false, root: dir });
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--hide-scrollbars'] });
  fs.mkdirSync(OUT, { recursive: true });
  const written = [];
  try {
    for (const lang of ['en', 'zh']) {
      for (const theme of ['light', 'dark']) {
        const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: theme, deviceScaleFactor: 1 });
        const page = await context.newPage();
        await page.goto(`${base}/taskpane.html${lang === 'zh' ? '?lang=zh' : ''}`);
        await page.waitForSelector('#glossary-results li');
        await page.evaluate(() => document.fonts.ready);
        const save = async (name) => {
          const file = path.join(OUT, `${name}-${lang}-${theme}.png`);
          fs.writeFileSync(file, recompress(await page.screenshot({ animations: 'disabled', caret: 'hide' })));
          written.push(`${path.relative(ROOT, file)} (${(fs.statSync(file).size / 1024).toFixed(0)} KB)`);
        };
        await save('list');
        await page.click(`#glossary-results button[data-term="${TERM}"]`);
        await page.waitForSelector(`#detail-content [data-term="${TERM}"]`);
        // Focus moved to the page's heading for screen readers; the picture shows no focus ring.
        await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
        await save('term');
        // The Check tab explaining a cell, against a stand-in Excel: entropy weights over a range that includes its header row.
        await page.click('#tab-check');
        await page.evaluate(() => {
          const typeOf = (v) => (v === '' ? 'Empty' : typeof v === 'number' ? 'Double' : 'String');
          const table = [['R&D intensity', 'Patents', 'Energy use'], [2.4, 31, 0.62], [1.9, 18, 0.71], [3.1, 44, 0.55], [1.2, 9, 0.9]];
          const range = (values) => ({ values, valueTypes: values.map((r) => r.map(typeOf)), isNullObject: false, load() { return this; } });
          const sheet = { name: 'Data', load() { return this; }, getRange: () => range(table) };
          const cell = {
            address: 'Data!F2', formulas: [['=NQP.ENTROPY_WEIGHTS(B1:D5)']], values: [['#VALUE!']], valueTypes: [['Error']], rowIndex: 1, columnIndex: 5, worksheet: sheet,
            load() { return this; },
            getSpillParentOrNullObject: () => ({ isNullObject: true, load() { return this; } }),
          };
          window.Excel = { RangeValueType: { error: 'Error' }, run: async (body) => body({ workbook: { getActiveCell: () => cell, worksheets: { getItem: () => sheet } }, sync: async () => undefined }) };
          Office.context = Object.assign(Office.context || {}, { document: {}, requirements: { isSetSupported: () => true } });
        });
        await page.click('#explain-cell');
        await page.waitForSelector('#check-result .hints li');
        await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
        await save('check');
        // The Build tab with a table read in, against a stand-in Excel (a fictional table of four provinces).
        await page.click('#tab-build');
        await page.evaluate(() => {
          const values = [
            ['Province', 'Region', 'R&D intensity', 'Patents', 'Digital economy', 'Energy intensity'],
            ['Province A', 'East', 2.4, 31, 42, 0.62],
            ['Province B', 'East', 1.9, 18, 35, 0.71],
            ['Province C', 'West', 3.1, 44, 51, 0.55],
            ['Province D', 'West', 1.2, 9, 28, 0.9],
          ];
          const typeOf = (v) => (v === '' ? 'Empty' : typeof v === 'number' ? 'Double' : 'String');
          const selected = {
            address: 'Data!A1:F5', values, valueTypes: values.map((r) => r.map(typeOf)), rowIndex: 0, columnIndex: 0, rowCount: 5, columnCount: 6,
            worksheet: { name: 'Data', load() { return this; } }, load() { return this; },
          };
          window.Excel = { RangeValueType: { double: 'Double', empty: 'Empty', error: 'Error' }, run: async (body) => body({ workbook: { getSelectedRange: () => selected }, sync: async () => undefined }) };
        });
        await page.click('#build-read');
        await page.waitForSelector('#build-go');
        await page.selectOption('#build-dir-3', '-1');
        await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
        await page.evaluate(() => window.scrollTo(0, 0));
        await save('build');
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`Wrote ${written.length} screenshots:\n  ${written.join('\n  ')}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

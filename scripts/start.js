#!/usr/bin/env node
/**
 * npm start: builds the add-in for development (rebuilding on every change),
 * serves it at https://localhost:3000, and sideloads it into Excel where the
 * platform allows (Windows: the developer registry key; macOS: Excel's wef
 * folder). Elsewhere it prints how to load manifest.xml in Excel on the web.
 *
 *   npm start                 build, serve, sideload
 *   npm start -- --no-sideload
 */
const { execFileSync, spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const webpack = require('webpack');
const { startServer } = require('./serve');

const ROOT = path.resolve(__dirname, '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const URL = 'https://localhost:3000';

function build() {
  const config = require(path.join(ROOT, 'webpack.config.js'))({}, { mode: 'development' });
  const compiler = webpack(config);
  return new Promise((resolve, reject) => {
    let first = true;
    compiler.watch({ aggregateTimeout: 300 }, (err, stats) => {
      if (err) return first ? reject(err) : console.error(err.message);
      if (stats.hasErrors()) console.error(stats.toString({ all: false, errors: true }));
      else console.log(`Built dist/ (${first ? 'first build' : 'rebuilt'}) in ${stats.endTime - stats.startTime} ms`);
      if (first) {
        first = false;
        resolve();
      }
    });
  });
}

function manifestId() {
  return /<Id>([^<]+)<\/Id>/.exec(fs.readFileSync(MANIFEST, 'utf8'))[1];
}

/** Registers the manifest with desktop Excel; returns a message saying what happened. */
function sideload() {
  if (process.platform === 'win32') {
    const key = 'HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer';
    execFileSync('reg', ['add', key, '/v', manifestId(), '/t', 'REG_SZ', '/d', MANIFEST, '/f'], { stdio: 'ignore' });
    spawn('cmd', ['/c', 'start', 'excel'], { detached: true, stdio: 'ignore' }).unref();
    return 'Sideloaded into Excel for Windows: open Excel, then Home > NQP > Glossary (or Home > Add-ins > Developer add-ins).';
  }
  if (process.platform === 'darwin') {
    const wef = path.join(os.homedir(), 'Library', 'Containers', 'com.microsoft.Excel', 'Data', 'Documents', 'wef');
    fs.mkdirSync(wef, { recursive: true });
    fs.copyFileSync(MANIFEST, path.join(wef, 'nqp-toolkit.manifest.xml'));
    spawn('open', ['-a', 'Microsoft Excel'], { detached: true, stdio: 'ignore' }).unref();
    return 'Sideloaded into Excel for Mac: in Excel, Home > Add-ins > Developer add-ins > NQP Toolkit.';
  }
  return null;
}

const webSteps = [
  'To load the add-in in Excel on the web:',
  '  1. Open https://www.office.com, sign in, and open or create a workbook in Excel.',
  '  2. Home > Add-ins > More Settings (or Insert > Add-ins > Office Add-ins).',
  '  3. Choose "Upload My Add-in" (under My Add-ins / Manage My Add-ins).',
  `  4. Browse to ${MANIFEST} and choose Upload.`,
  '  5. The NQP group appears on the Home tab; type =NQP. in a cell to see the functions.',
  'This computer must be the one running Excel in the browser, since the add-in is served from localhost.',
].join('\n');

async function main() {
  const args = process.argv.slice(2);
  await build();
  await startServer({ port: 3000 });
  console.log(`\nNQP Toolkit is served at ${URL}/taskpane.html (functions: ${URL}/functions.json).`);
  let message = null;
  if (!args.includes('--no-sideload')) {
    try {
      message = sideload();
    } catch (e) {
      console.warn(`Could not sideload automatically: ${e.message}`);
    }
  }
  console.log(message ? `${message}\n` : '');
  console.log(webSteps);
  console.log('\nPress Ctrl+C to stop.');
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});

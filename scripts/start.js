#!/usr/bin/env node
/**
 * npm start: builds the add-in for development (rebuilding on every change),
 * serves it at https://localhost:3000, and sideloads it into Excel where the
 * platform allows (Windows: the developer registry key; macOS: Excel's wef
 * folder). Elsewhere it prints how to load manifest.xml in Excel on the web.
 *
 *   npm start                    build, serve, sideload
 *   npm start -- --no-sideload
 *   npm start -- --port 3001     another port: the build's URLs and dist/manifest.xml follow it
 */
const { execFileSync, spawn } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const webpack = require('webpack');
const { startServer } = require('./serve');

const ROOT = path.resolve(__dirname, '..');
const DEFAULT_PORT = 3000;

/** The port to serve on: --port N, else 3000. */
function portOf(args) {
  const i = args.indexOf('--port');
  if (i < 0) return DEFAULT_PORT;
  const port = Number(args[i + 1]);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`--port needs a whole number from 1 to 65535, got "${args[i + 1] ?? ''}"`);
  return port;
}

/** Resolves when `port` is free on localhost; rejects with what to do when it is taken. */
function checkPortFree(port) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (e) =>
      reject(
        new Error(
          e.code === 'EADDRINUSE'
            ? `Port ${port} is already in use (another npm start, or another program). Stop that program, or serve on another port:\n` +
                `  npm start -- --port ${port + 1}\n` +
                `The build's URLs and dist/manifest.xml then point to https://localhost:${port + 1}: load that manifest in Excel.`
            : `Cannot listen on port ${port}: ${e.message}`,
        ),
      ),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(resolve));
  });
}

function build(url) {
  const config = require(path.join(ROOT, 'webpack.config.js'))({ url }, { mode: 'development' });
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

function manifestId(manifest) {
  return /<Id>([^<]+)<\/Id>/.exec(fs.readFileSync(manifest, 'utf8'))[1];
}

/** Registers the manifest with desktop Excel; returns a message saying what happened. */
function sideload(MANIFEST) {
  if (process.platform === 'win32') {
    const key = 'HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer';
    execFileSync('reg', ['add', key, '/v', manifestId(MANIFEST), '/t', 'REG_SZ', '/d', MANIFEST, '/f'], { stdio: 'ignore' });
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

const webSteps = (MANIFEST) => [
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
  const port = portOf(args);
  const URL = `https://localhost:${port}`;
  // The manifest at the root names port 3000; the build's copy (dist/manifest.xml) names the port served.
  const MANIFEST = port === DEFAULT_PORT ? path.join(ROOT, 'manifest.xml') : path.join(ROOT, 'dist', 'manifest.xml');
  await checkPortFree(port);
  await build(URL);
  await startServer({ port });
  console.log(`\nNQP Toolkit is served at ${URL}/taskpane.html (functions: ${URL}/functions.json).`);
  let message = null;
  if (!args.includes('--no-sideload')) {
    try {
      message = sideload(MANIFEST);
    } catch (e) {
      console.warn(`Could not sideload automatically: ${e.message}`);
    }
  }
  console.log(message ? `${message}\n` : '');
  console.log(webSteps(MANIFEST));
  console.log('\nPress Ctrl+C to stop.');
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});

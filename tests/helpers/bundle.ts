/**
 * Loads the built dist/functions.js as Excel's shared runtime would, with a
 * stand-in CustomFunctions (the bundle tests and the reference-vector tests
 * through the bundle).
 */
import fs from 'fs';
import path from 'path';
import vm from 'vm';
import { type Registered, StandInError, standInCustomFunctions } from './custom-functions';
import { DIST, distFile } from './dist';

const ORIGIN = 'https://localhost:3000';

/** The file of dist/ that a URL of the add-in's origin names. */
function distPath(url: string): string {
  const u = new URL(url);
  if (u.origin !== ORIGIN) throw new Error(`request outside the add-in's origin: ${url}`);
  return path.join(DIST, u.pathname.slice(1));
}

/**
 * Loads dist/functions.js as Excel's shared runtime would: a page at the
 * add-in's origin with CustomFunctions (a stand-in here). Lazily loaded chunks
 * (the LP solver) are loaded through <script> elements, and highs.wasm through
 * fetch, both answered from dist/ only — a request anywhere else fails the test.
 */
export function loadFunctionsBundle(): { registered: Map<string, Registered>; requests: string[] } {
  const registered = new Map<string, Registered>();
  const requests: string[] = [];
  const CustomFunctions = standInCustomFunctions((id, fn) => {
    if (registered.has(id)) throw new Error(`${id} registered twice`);
    registered.set(id, fn);
  });
  const sandbox: Record<string, unknown> = {
    CustomFunctions,
    console,
    setTimeout,
    clearTimeout,
    URL,
    TextDecoder,
    TextEncoder,
    performance,
    Response,
    location: { href: `${ORIGIN}/taskpane.html` },
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  const context = vm.createContext(sandbox);
  sandbox.document = {
    currentScript: { src: `${ORIGIN}/functions.js`, tagName: 'SCRIPT' },
    getElementsByTagName: () => [],
    createElement: () => ({ setAttribute: () => undefined, getAttribute: () => null }),
    head: {
      appendChild: (script: { src: string; onload?: (e: unknown) => void; onerror?: (e: unknown) => void }) => {
        requests.push(script.src);
        setTimeout(() => {
          try {
            vm.runInContext(fs.readFileSync(distPath(script.src), 'utf8'), context, { filename: script.src });
            script.onload?.({ type: 'load', target: script });
          } catch (e) {
            script.onerror?.({ type: 'error', target: script, error: e });
          }
        }, 0);
      },
    },
  };
  sandbox.fetch = async (url: string | URL) => {
    requests.push(String(url));
    return new Response(fs.readFileSync(distPath(String(url))), { headers: { 'Content-Type': 'application/wasm' } });
  };
  vm.runInContext(distFile('functions.js'), context, { filename: 'functions.js' });
  return { registered, requests };
}


/**
 * For the reference-vector tests through the bundle: `call` runs a function of
 * dist/functions.js as Excel calls it and fails on any error cell (`raw` keeps
 * them, for tests that expect some); `byId` finds a case of a vector file.
 */
export function bundleCaller(): {
  call: (name: string, ...args: unknown[]) => Promise<unknown[][]>;
  raw: (name: string, ...args: unknown[]) => Promise<unknown[][]>;
} {
  const { registered } = loadFunctionsBundle();
  const raw = async (name: string, ...args: unknown[]): Promise<unknown[][]> => {
    const fn = registered.get(name);
    if (!fn) throw new Error(`${name} is not registered by dist/functions.js`);
    return (await fn(...args)) as unknown[][];
  };
  const call = async (name: string, ...args: unknown[]): Promise<unknown[][]> => {
    const r = await raw(name, ...args);
    for (const row of r) for (const v of row) if (v instanceof StandInError) throw new Error(`${name}: ${v.code} ${v.message ?? ''}`);
    return r;
  };
  return { call, raw };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCase = any;
export const byId = (file: { cases: unknown[] }, id: string): AnyCase => (file.cases as AnyCase[]).find((c) => c.id === id);
export const col = (v: readonly unknown[]): unknown[][] => v.map((x) => [x]);

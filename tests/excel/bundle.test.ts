/**
 * The built dist/functions.js, loaded where Excel provides CustomFunctions
 * (here a stand-in), registers every function listed in dist/functions.json,
 * and each computes its examples, errors included, as Excel would show them.
 */
import fs from 'fs';
import path from 'path';
import vm from 'vm';
import { specs } from '../../src/registry';
import { type Registered, StandInError, standInCustomFunctions } from '../helpers/custom-functions';
import { DIST, distFile } from '../helpers/dist';


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
function loadFunctionsBundle(): { registered: Map<string, Registered>; requests: string[] } {
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

const asExpected = (v: unknown) => (v instanceof StandInError ? { error: v.code } : v);

jest.setTimeout(60_000);

describe('dist/functions.js', () => {
  const { registered, requests } = loadFunctionsBundle();

  it('registers exactly the functions of dist/functions.json', () => {
    const ids = JSON.parse(distFile('functions.json')).functions.map((f: { id: string }) => f.id);
    expect([...registered.keys()].sort()).toEqual([...ids].sort());
    expect(ids.length).toBe(specs.length);
  });

  const examples = specs.flatMap((s) => s.examples.map((ex, i) => ({ label: `${s.name} #${i + 1}`, name: s.name, ex, arity: s.params.length })));
  it.each(examples)('computes $label as Excel would show it', async ({ name, ex, arity }) => {
    // Excel passes every declared argument (null when omitted) and may add an invocation object.
    const args = [...ex.args, ...new Array(arity - ex.args.length).fill(null), { address: 'Sheet1!A1' }];
    const result = (await registered.get(name)!(...args)) as unknown[][];
    const tolerance = ex.tolerance ?? 1e-9;
    expect(result.length).toBe(ex.expected.length);
    ex.expected.forEach((row, r) =>
      row.forEach((want, c) => {
        const got = asExpected(result[r][c]);
        if (typeof want === 'number') expect(Math.abs((got as number) - want)).toBeLessThanOrEqual(tolerance);
        else expect(got).toEqual(want);
      }),
    );
  });

  it('gives CustomFunctions.Error values with their message for #VALUE!', () => {
    const r = registered.get('DEPENDENCE_RATIO')!(60, 100, 20, 'ratio', null) as unknown[][];
    expect(r[0][0]).toBeInstanceOf(StandInError);
    expect((r[0][0] as StandInError).code).toBe('#VALUE!');
    expect((r[0][0] as StandInError).message).toBe('NQP.DEPENDENCE_RATIO requires kind to be one of "gross", "net", "output", not the text "ratio"');
  });

  it("loads the LP solver only for DEA, from the add-in's own files", () => {
    // The examples above ran every function; the solver's chunk and wasm were fetched once, from dist/.
    expect(requests.map((u) => new URL(u).pathname).sort()).toEqual(['/highs.js', '/highs.wasm']);
  });

  it('gives #NUM! without a message, as Excel shows none', () => {
    const r = registered.get('SELF_SUFFICIENCY')!(10, 5, 30) as unknown[][];
    expect(r[0][0]).toEqual(new StandInError('#NUM!'));
  });
});

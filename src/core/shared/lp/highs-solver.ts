/**
 * The LP solver of the DEA functions: HiGHS (University of Edinburgh), compiled
 * to WebAssembly by the `highs` package. It is loaded lazily, on the first call
 * that needs it, and kept for the rest of the session: the ~3.5 MB solver is a
 * separate webpack chunk plus highs.wasm, so functions that never solve an LP
 * never download it.
 *
 * In the browser (Excel's shared runtime) the wasm file is fetched from the
 * add-in's own origin, next to the bundle (the build copies it into dist/).
 * Under Node (tests, scripts) the package finds it in node_modules itself.
 */
import type { Highs, InitOptions } from 'highs';
import { loadOnce } from '../load-once';
import { fail } from '../shared-messages';

export type { Highs, Model, ModelData } from 'highs';

// webpack replaces this free variable with the public path of the running bundle
// (the folder functions.js was loaded from); elsewhere it is not defined.
declare const __webpack_public_path__: string | undefined;

let loaded = false;

/** True once HiGHS has been loaded (the tests check that nothing loads it early). */
export function isSolverLoaded(): boolean {
  return loaded;
}

/** Where highs.wasm lives in the browser: next to the bundle's chunks. */
function loaderOptions(): InitOptions {
  // Only to tell the browser from Node; nothing else here touches the DOM.
  const page = globalThis as { window?: unknown; location?: { href: string } };
  if (typeof page.window === 'undefined' || page.location === undefined) return {};
  const here = page.location.href;
  const base = typeof __webpack_public_path__ === 'string' && __webpack_public_path__ !== '' ? __webpack_public_path__ : here;
  return { locateFile: (file: string) => new URL(file, new URL(base, here)).href };
}

/**
 * The loaded solver, memoised. A failed load is not memoised, so a later call
 * can try again (a dropped connection, say); it surfaces as #N/A with a message.
 */
export const loadSolver: () => Promise<Highs> = loadOnce(() =>
  import(/* webpackChunkName: "highs" */ 'highs')
    .then((m) => {
      const loader = (m as unknown as { default?: typeof m.default }).default ?? (m as unknown as typeof m.default);
      return loader(loaderOptions());
    })
    .then(
      (highs) => {
        loaded = true;
        return highs;
      },
      (e: unknown) => {
        const detail = e instanceof Error ? e.message : String(e);
        throw fail('na', 'solverNotLoaded', { detail });
      },
    ),
);

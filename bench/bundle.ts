/**
 * The built dist/functions.js, loaded as the add-in's shared runtime loads it:
 * evaluated in the page's own global scope (here this process's), where Excel
 * provides CustomFunctions (here a stand-in that keeps what is registered).
 * The benchmark calls the registered functions, so it times what ships (the
 * production bundle, the registration wrapper included) and not the sources.
 *
 * Not node:vm's createContext: code in such a context reaches every global
 * (Math, Float64Array…) through an interceptor, which made the bundle up to
 * 40× slower than in a browser; runInThisContext has no such cost.
 */
import fs from 'fs';
import path from 'path';
import vm from 'vm';

import { type Registered, StandInError, standInCustomFunctions } from '../tests/helpers/custom-functions';

export { StandInError, type Registered };

export function loadBundle(dist: string): Map<string, Registered> {
  const file = path.join(dist, 'functions.js');
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
  const registered = new Map<string, Registered>();
  const g = globalThis as Record<string, unknown>;
  g.CustomFunctions = standInCustomFunctions((id, fn) => registered.set(id, fn));
  g.window = g;
  g.self = g;
  g.location = { href: 'https://localhost:3000/taskpane.html' };
  g.document = {
    currentScript: { src: 'https://localhost:3000/functions.js', tagName: 'SCRIPT' },
    getElementsByTagName: () => [],
    createElement: () => ({}),
    head: { appendChild: () => undefined },
  };
  vm.runInThisContext(fs.readFileSync(file, 'utf8'), { filename: file });
  return registered;
}

/** Calls a registered function as Excel does: every declared argument, then an invocation object. */
export function callRegistered(registered: Map<string, Registered>, name: string, args: readonly unknown[]): unknown[][] {
  const fn = registered.get(name);
  if (!fn) throw new Error(`${name} is not registered by the bundle`);
  const r = fn(...args, { address: 'Sheet1!A1' });
  if (r instanceof Promise) throw new Error(`${name} is asynchronous`);
  return r as unknown[][];
}

/**
 * The task pane as `npm start` serves it, for the browser tests: the
 * development build made as scripts/start.js makes it (into a temporary
 * folder), served by scripts/serve.js on a free port of 127.0.0.1, and Debian's
 * headless Chromium to load it.
 */
import fs from 'fs';
import http from 'http';
import path from 'path';
import type { AddressInfo } from 'net';
import { chromium, type Browser } from 'playwright-core';
import { buildTo } from './build';
import { ROOT } from './dist';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startServer } = require(path.join(ROOT, 'scripts', 'serve.js'));

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ServedPane {
  /** The build's folder. */
  dir: string;
  /** Where it is served: http://127.0.0.1:<port>. */
  base: string;
  browser: Browser;
  /** Closes the browser and the server and removes the build. */
  close: () => Promise<void>;
}

export async function servePane(): Promise<ServedPane> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: apt-get install chromium (CI does)`);
  const dir = await buildTo('development');
  const server: http.Server = await startServer({ port: 0, secure: false, root: dir });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const close = async (): Promise<void> => {
    await browser.close();
    await new Promise((r) => server.close(r));
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { dir, base, browser, close };
}

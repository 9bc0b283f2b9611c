/** The development server serves dist/ and office.js, and nothing outside them. */
import path from 'path';
import http from 'http';
import type { AddressInfo } from 'net';
import { ROOT } from './helpers/dist';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { resolveFile, startServer } = require(path.join(ROOT, 'scripts', 'serve.js'));

describe('resolveFile', () => {
  it('maps paths into dist/ and office-js/', () => {
    expect(resolveFile('/functions.json')).toBe(path.join(ROOT, 'dist', 'functions.json'));
    expect(resolveFile('/')).toBe(path.join(ROOT, 'dist', 'taskpane.html'));
    expect(resolveFile('/office-js/office.js')).toBe(path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist', 'office.js'));
  });
  it('refuses to leave them', () => {
    expect(resolveFile('/../package.json')).toBeNull();
    expect(resolveFile('/%2e%2e/package.json')).toBeNull();
    expect(resolveFile('/office-js/../../../package.json')).toBeNull();
    expect(resolveFile('/%E0%A4%A')).toBeNull();
  });
});

describe('the server (plain http on a free port, as in the browser tests)', () => {
  let server: http.Server;
  let base = '';
  beforeAll(async () => {
    server = await startServer({ port: 0, secure: false });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((r) => server.close(r)));

  const get = (p: string) =>
    new Promise<{ status: number; type: string }>((resolve, reject) =>
      http.get(base + p, (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']) });
      }).on('error', reject),
    );

  it('serves the task pane and the metadata with their types', async () => {
    expect(await get('/taskpane.html')).toEqual({ status: 200, type: 'text/html; charset=utf-8' });
    expect(await get('/functions.json')).toEqual({ status: 200, type: 'application/json; charset=utf-8' });
  });
  it('answers 404 for what does not exist', async () => {
    expect((await get('/nothing.js')).status).toBe(404);
  });
});

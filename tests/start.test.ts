/**
 * npm start (scripts/start.js) before it builds: a port that is taken, or a
 * --port that is not a port, is answered at once with what to do, instead of
 * a stack trace after the build.
 */
import { spawn } from 'child_process';
import net from 'net';
import path from 'path';
import type { AddressInfo } from 'net';
import { ROOT } from './helpers/dist';

jest.setTimeout(60_000);

function start(args: string[]): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.js'), '--no-sideload', ...args], { cwd: ROOT });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    // A start that got past its checks would build and serve for ever: stop it.
    const timer = setTimeout(() => child.kill(), 30_000);
    child.on('exit', (status) => {
      clearTimeout(timer);
      resolve({ status, output });
    });
  });
}

test('a port in use: exit 1 before building, naming the port and how to choose another', async () => {
  const busy = net.createServer();
  await new Promise<void>((r) => busy.listen(0, '127.0.0.1', r));
  const port = (busy.address() as AddressInfo).port;
  try {
    const r = await start(['--port', String(port)]);
    expect(r.status).toBe(1);
    expect(r.output).toContain(`Port ${port} is already in use`);
    expect(r.output).toContain(`npm start -- --port ${port + 1}`);
    expect(r.output).toContain('dist/manifest.xml');
    expect(r.output).not.toMatch(/Built dist\//);
  } finally {
    await new Promise((r) => busy.close(r));
  }
});

test('--port that is not a port: exit 1 with the rule', async () => {
  const r = await start(['--port', 'abc']);
  expect(r.status).toBe(1);
  expect(r.output).toContain('--port needs a whole number from 1 to 65535, got "abc"');
});

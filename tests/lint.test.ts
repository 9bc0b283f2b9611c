/**
 * The type checker and the linter over the whole repository, as `npm run lint`
 * runs them, so that CI (which runs `npm test`) refuses a type error or a lint
 * error anywhere, tests and benchmark included, and not only in the files a
 * test happens to compile.
 */
import { spawnSync } from 'child_process';
import path from 'path';
import { ROOT } from './helpers/dist';

jest.setTimeout(120_000);

const run = (script: string, args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'node_modules', script), ...args], { cwd: ROOT, encoding: 'utf8' });

test('tsc --noEmit finds no error', () => {
  const r = run('typescript/bin/tsc', ['--noEmit', '-p', 'tsconfig.json']);
  expect({ status: r.status, output: `${r.stdout}${r.stderr}`.trim() }).toEqual({ status: 0, output: '' });
});

test('eslint finds no problem', () => {
  const r = run('eslint/bin/eslint.js', ['.']);
  expect({ status: r.status, output: `${r.stdout}${r.stderr}`.trim() }).toEqual({ status: 0, output: '' });
});

#!/usr/bin/env node
/**
 * npm run bench [-- --quick]: the performance benchmark (bench/main.ts).
 * Loads the TypeScript sources through ts-node, as webpack.config.js does, and
 * restarts itself under `node --expose-gc` so that runs start from a clean heap.
 * The matrix section's child processes (bench/child.ts) run without ts-node, on
 * a production build and a transpiled copy of the benchmark's files.
 */
const { spawnSync } = require('child_process');
const path = require('path');

const args = process.argv.slice(2);

if (typeof global.gc !== 'function') {
  const r = spawnSync(process.execPath, ['--expose-gc', __filename, ...args], { stdio: 'inherit' });
  process.exit(r.status === null ? 1 : r.status);
}

require('ts-node').register({
  transpileOnly: true,
  compilerOptions: { module: 'commonjs', moduleResolution: 'node' },
});

const done = (p) =>
  p.catch((e) => {
    console.error(e instanceof Error ? e.stack : e);
    process.exit(1);
  });

done(require(path.join(__dirname, '..', 'bench', 'main')).main(args));

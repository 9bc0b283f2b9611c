#!/usr/bin/env node
/**
 * npm run bench [-- --quick]: the performance benchmark (bench/main.ts).
 * Loads the TypeScript sources through ts-node, as webpack.config.js does, and
 * restarts itself under `node --expose-gc` so that runs start from a clean heap.
 * `--memory N M` is the child process that measures allocations (bench/memory.ts).
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

if (args[0] === '--memory') {
  done(require(path.join(__dirname, '..', 'bench', 'memory')).memoryChild(Number(args[1]), Number(args[2])));
} else {
  done(require(path.join(__dirname, '..', 'bench', 'main')).main(args));
}

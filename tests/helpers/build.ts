/**
 * Builds the add-in into a fresh temporary folder, as npm run build / npm start
 * would: the same webpack configuration, source maps included (`sourceMaps`
 * false leaves them out, for tests that only need the bundle faster).
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import webpack from 'webpack';
import { ROOT } from './dist';

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const makeConfig = require(path.join(ROOT, 'webpack.config.js'));

export function buildTo(mode: 'production' | 'development', url?: string, sourceMaps = true): Promise<string> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'nqp-build-'));
  const config = makeConfig(url ? { url } : {}, { mode });
  config.output.path = out;
  if (!sourceMaps) config.devtool = false;
  return new Promise((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err || !stats || stats.hasErrors()) reject(err ?? new Error(stats?.toString('errors-only')));
      else resolve(out);
    }),
  );
}

/** The README's function table is the one the specs generate (npm run docs rewrites it). */
import fs from 'fs';
import path from 'path';
import { specs } from '../../src/registry';
import { withFunctionTable } from '../../src/registry/function-table';

it('README.md lists every function as the specs describe it', () => {
  const readme = fs.readFileSync(path.resolve(__dirname, '..', '..', 'README.md'), 'utf8');
  expect(readme).toBe(withFunctionTable(readme, specs));
  for (const s of specs) expect(readme).toContain(`NQP.${s.name}(`);
});

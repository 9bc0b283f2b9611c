/** Access to the built add-in in dist/ (npm test builds it first). */
import fs from 'fs';
import path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');

export function distFile(name: string): string {
  const file = path.join(DIST, name);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run "npm run build" (npm test builds first)`);
  return fs.readFileSync(file, 'utf8');
}

/** The URL the build in dist/ was made for, read from its manifest. */
export function builtUrl(): string {
  const m = /<SourceLocation DefaultValue="([^"]+)\/taskpane\.html"/.exec(distFile('manifest.xml'));
  if (!m) throw new Error('dist/manifest.xml has no task pane URL');
  return m[1];
}

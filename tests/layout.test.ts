/**
 * The layout shows the domain (README, "How it is built"): one folder per
 * family of functions, the same names in src/core, src/registry/functions and
 * tests/core, plus one shared place; the registry lists the families in the
 * catalogue's order; and the lint rule keeps the families apart.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { ROOT } from './helpers/dist';
import { families, specs } from '../src/registry';

jest.setTimeout(120_000);

const entries = (dir: string) => fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true });
const folders = families.map((f) => f.folder);

describe('one folder per family', () => {
  it.each(['src/core', 'src/registry/functions', 'tests/core'])('%s holds only the family folders and shared/', (dir) => {
    const here = entries(dir);
    expect(here.filter((e) => !e.isDirectory()).map((e) => e.name)).toEqual([]);
    expect(here.map((e) => e.name).sort()).toEqual([...folders, 'shared'].sort());
  });

  it('the families follow the catalogue: categories in its order, each spec in its family folder', () => {
    expect(families.map((f) => f.category.en)).toEqual([
      'Framework scores',
      'Security and external dependence',
      'Completeness',
      'Synergy and industrial structure',
      'Openness',
      'Inclusiveness',
      'Total factor productivity',
      'Composite indicators',
      'Regional differences and dynamics',
      'Green productivity',
      'Composite-indicator workflow',
    ]);
    for (const family of families) {
      for (const spec of family.specs) expect({ name: spec.name, category: spec.category }).toEqual({ name: spec.name, category: family.category });
    }
    expect(specs.length).toBe(families.reduce((n, f) => n + f.specs.length, 0));
  });

  it("every spec file of a family folder is listed in that family's index", () => {
    for (const family of families) {
      const dir = path.join(ROOT, 'src/registry/functions', family.folder);
      const declared = fs
        .readdirSync(dir)
        .flatMap((file) => [...fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/export const \w+Spec: FunctionSpec = \{\s*name: '(\w+)'/g)].map((m) => m[1]));
      expect(declared.sort()).toEqual(family.specs.map((s) => s.name).sort());
    }
  });

  it('each core function a spec computes with lives in the same family folder of src/core', () => {
    for (const family of families) {
      const dir = path.join(ROOT, 'src/registry/functions', family.folder);
      for (const file of fs.readdirSync(dir)) {
        const text = fs.readFileSync(path.join(dir, file), 'utf8');
        for (const m of text.matchAll(/from '\.\.\/\.\.\/\.\.\/core\/([\w-]+)\//g)) expect(`${file}: ${m[1]}`).toMatch(new RegExp(`: (${family.folder}|shared)$`));
      }
    }
  });
});

/**
 * ESLint's verdict, with the repository's own config, on each [file, code] as if
 * the code were that file: one child process for all cases (the config is ESM).
 */
function lintAll(cases: [string, string][]): string[][] {
  const script = `
    import { ESLint } from 'eslint';
    const cases = JSON.parse(process.argv[1]);
    const eslint = new ESLint({ cwd: process.cwd() });
    const out = [];
    for (const [filePath, code] of cases) {
      const [r] = await eslint.lintText(code, { filePath });
      out.push(r.messages.map((m) => m.ruleId + ': ' + m.message));
    }
    console.log(JSON.stringify(out));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(cases)], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as string[][];
}

const use = (spec: string) => `import * as m from '${spec}';\nexport const probe = m;\n`;

/** [file, imported path, the messages expected (a pattern each; none = passes)] */
const CASES: [string, string, RegExp[]][] = [
  // another family's file: refused, however the path is spelled and from a nested folder too
  ['src/core/security/probe.ts', '../composite/normalize', [/^nqp\/family-boundaries: src\/core\/security\/probe\.ts may not import \.\.\/composite\/normalize: another family's file/]],
  ['src/core/productivity/lp/probe.ts', '../../../core/composite/topsis', [/another family's file/]],
  ['src/core/productivity/lp/probe.ts', '../../composite/topsis.ts', [/another family's file/]],
  // a registry spec reaching into another family's spec, or another family's core
  ['src/registry/functions/composite/probe.ts', '../framework-scores/framework-score-params', [/another family's file/]],
  ['src/registry/functions/security/probe.ts', '../../../core/composite/normalize', [/another family's file/]],
  // shared/ is the bottom: it imports no family, not even an index
  ['src/core/shared/probe.ts', '../composite', [/is in shared\/, which imports no family/]],
  ['src/core/shared/probe.ts', '../security/hhi', [/is in shared\/, which imports no family/]],
  // nothing lies loose beside the family folders
  ['src/core/probe.ts', './shared/errors', [/lies directly in src\/core/]],
  ['src/registry/functions/probe.ts', './shared/lang-param', [/lies directly in src\/registry\/functions/]],
  // allowed: the family's own files, shared/, another family's index, the registry's own types
  ['src/core/security/probe.ts', './hhi', []],
  ['src/core/security/probe.ts', '../shared/errors', []],
  ['src/core/security/probe.ts', '../composite', []],
  ['src/core/productivity/lp/probe.ts', '../../shared/errors', []],
  ['src/registry/functions/security/probe.ts', '../../../core/security/hhi', []],
  ['src/registry/functions/security/probe.ts', '../../../core/shared/errors', []],
  ['src/registry/functions/security/probe.ts', '../shared/lang-param', []],
  ['src/registry/functions/security/probe.ts', '../../types', []],
  // embedded data sits below the registry
  ['src/data/probe.ts', '../registry/types', [/^no-restricted-imports: .*src\/data depends on nothing above src\/core\/shared/]],
  ['src/data/probe.ts', '../core/shared/text', []],
];

describe('the lint rule keeps the families apart', () => {
  let verdicts: string[][];
  beforeAll(() => {
    verdicts = lintAll(CASES.map(([file, spec]) => [file, use(spec)]));
  });

  it.each(CASES.map((c, i) => [c[0], c[1], c[2], i] as const))('%s importing %s', (_file, _spec, expected, i) => {
    const found = verdicts[i];
    expect(found).toHaveLength(expected.length);
    expected.forEach((pattern, k) => expect(found[k]).toMatch(pattern));
  });
});

describe("README's families table describes the layout as it is", () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('### The families of functions'));
  const rows = [...table.matchAll(/^\| `([\w-]+)` \| (\d+)\. [^|]+\| ([^|]*)\|$/gm)];

  it('one row per family, in the registry’s order and numbering', () => {
    expect(rows.map((r) => r[1])).toEqual(folders);
    expect(rows.map((r) => Number(r[2]))).toEqual(folders.map((_, i) => i + 1));
  });

  it('every file it names exists in that family folder', () => {
    for (const [, folder, , files] of rows) {
      for (const m of files.matchAll(/`([\w/.-]+\.ts)`/g)) expect(fs.existsSync(path.join(ROOT, 'src/core', folder, m[1]))).toBe(true);
    }
  });
});

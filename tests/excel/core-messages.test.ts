/**
 * The core's messages, family by family (src/core/<family>/messages.ts and
 * messages-zh.ts, src/core/shared/messages.ts): every message comes from a
 * catalogue (no message is written at a throw site any more); every family's
 * Chinese has exactly its English ids and uses Chinese punctuation; in a
 * Chinese Excel a function's own message comes in Chinese once the chunk of
 * the Chinese is loaded, and in English before.
 */
import fs from 'fs';
import path from 'path';
import { invoke, setMessageLanguage } from '../../src/excel/adapter';
import { coreChineseTemplates } from '../../src/excel/core-messages-zh';
import { loadChinese } from '../../src/excel/messages';
import { specByName } from '../../src/registry';
import { ROOT } from '../helpers/dist';

const CORE = path.join(ROOT, 'src', 'core');
const files = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));

/** The English catalogue of each family (and of shared). */
const english: Record<string, Record<string, unknown>> = {};
for (const dir of fs.readdirSync(CORE)) {
  const file = dir === 'shared' ? path.join(CORE, 'shared', 'shared-messages.ts') : path.join(CORE, dir, 'messages.ts');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (fs.existsSync(file)) english[dir] = require(file).EN;
}

describe('every family has a catalogue in both languages', () => {
  it('one per folder of src/core', () => {
    expect(Object.keys(english).sort()).toEqual(fs.readdirSync(CORE).filter((d) => fs.statSync(path.join(CORE, d)).isDirectory()).sort());
    expect(Object.keys(coreChineseTemplates).sort()).toEqual(Object.keys(english).sort());
  });
  it.each(Object.keys(english))('%s: the Chinese has exactly the English ids', (family) => {
    expect(Object.keys(coreChineseTemplates[family]).sort()).toEqual(Object.keys(english[family]).sort());
  });
});

/** Parameters for rendering any template: every name gives a placeholder that reads as a value. */
const anyParams = new Proxy({} as Record<string, unknown>, {
  get: (_t, k) => (k === 'inner' ? { text: 'x' } : typeof k === 'symbol' ? undefined : 1),
});

/** The Chinese with what is not prose taken out: names, codes, numbers, quoted values, formulas. */
const prose = (text: string): string =>
  text
    .replace(/"[^"]*"|“[^”]*”/g, '')
    .replace(/NQP\.[A-Z_]+/g, '')
    .replace(/#[A-Z0-9/]+[!?]/g, '')
    .replace(/[A-Za-z_][\w.]*\([^()]*\)/g, '')
    .replace(/\[[^\]]*\]|\([^()]*[A-Za-z0-9][^()]*\)/g, '');

describe.each(Object.keys(english))('%s: the Chinese reads as Chinese', (family) => {
  const ids = Object.keys(english[family]);
  (ids.length > 0 ? it.each(ids) : it.skip.each(['(none)']))('%s', (id) => {
    const zh = (coreChineseTemplates[family] as Record<string, (p: unknown) => string>)[id](anyParams);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect({ zh, ascii: /[,;:!?]|\.(\s|$)/.test(prose(zh)) }).toEqual({ zh, ascii: false });
    expect(zh).not.toMatch(/。$/);
  });
});

it('no message is written at a throw site: every error of the core comes from a catalogue', () => {
  const found: string[] = [];
  for (const file of files(CORE)) {
    if (/messages(-zh)?\.ts$|[\\/]shared[\\/]errors\.ts$/.test(file)) continue;
    const text = fs.readFileSync(file, 'utf8');
    const re = /\b(valueError|notAvailable|numError)\(|\bdivisionByZero\((?!\))|\bnew DomainError\(/g;
    for (const m of text.matchAll(re)) {
      const line = text.slice(0, m.index).split('\n').length;
      found.push(`${path.relative(ROOT, file)}:${line}: ${m[0]}`);
    }
  }
  expect(found).toEqual([]);
});

describe('in a Chinese Excel', () => {
  afterEach(() => setMessageLanguage('en'));
  it("a function's own message comes in Chinese once the Chinese is loaded", async () => {
    const spec = specByName.get('COUPLING_COORDINATION')!;
    const args = [[[63.5, 0.7], [0.5, 0.8]], null, null, null];
    setMessageLanguage('zh');
    await loadChinese();
    const r = (await invoke(spec, args)) as { message: string }[][];
    expect(r[0][0].message).toMatch(/^NQP\.COUPLING_COORDINATION 要求/);
    setMessageLanguage('en');
    expect(((await invoke(spec, args)) as { message: string }[][])[0][0].message).toMatch(/^NQP\.COUPLING_COORDINATION requires scores in \[0, 1\]/);
  });
});

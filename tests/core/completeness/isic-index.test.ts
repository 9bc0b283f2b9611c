import fs from 'fs';
import path from 'path';
import { isicIndex, loadIsic } from '../../../src/core/completeness/isic-index';
import { ISIC_REV4 } from '../../../src/data/isic-rev4';

// The classification is a lazy chunk in the bundle: loaded first, as the adapter does (FunctionSpec.prepare).
beforeAll(() => loadIsic());

describe('isicIndex (embedded ISIC Rev.4, United Nations Statistics Division)', () => {
  let index!: ReturnType<typeof isicIndex>;
  beforeAll(() => {
    index = isicIndex();
  });
  it('holds 21 sections, 88 divisions, 238 groups and 419 classes (shared/data/README.md)', () => {
    expect(index.byLevel.section).toHaveLength(21);
    expect(index.byLevel.division).toHaveLength(88);
    expect(index.byLevel.group).toHaveLength(238);
    expect(index.byLevel.class).toHaveLength(419);
    expect(ISIC_REV4).toHaveLength(766);
    expect(index.byCode.size).toBe(766);
  });
  it('lists the sections A to U in order', () => {
    expect(index.sections.join('')).toBe('ABCDEFGHIJKLMNOPQRSTU');
  });
  it('knows every category’s parents', () => {
    expect(index.byCode.get('1010')?.lineage).toEqual(['1010', '101', '10', 'C']);
    expect(index.byCode.get('0111')?.lineage).toEqual(['0111', '011', '01', 'A']);
    expect(index.byCode.get('99')?.section).toBe('U');
    expect(index.byCode.get('C')?.lineage).toEqual(['C']);
  });
  it('has every parent of every category in the data', () => {
    for (const c of index.byCode.values()) for (const p of c.lineage) expect(index.byCode.has(p)).toBe(true);
  });
  it('builds once and is reused', () => {
    expect(isicIndex()).toBe(index);
  });
  it('industrial scope counts of shared/data/README.md: B–D 30 divisions / 154 classes, B–E 34 / 162', () => {
    const count = (level: 'division' | 'class', s: string) => index.byLevel[level].filter((c) => s.includes(c.section)).length;
    expect(count('division', 'BCD')).toBe(30);
    expect(count('class', 'BCD')).toBe(154);
    expect(count('division', 'BCDE')).toBe(34);
    expect(count('class', 'BCDE')).toBe(162);
  });
});

// The project's reference copy sits beside the repository (../shared); CI has only the repository, so skip there.
const sourceCsv = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'data', 'isic-rev4-structure.csv');
(fs.existsSync(sourceCsv) ? it : it.skip)('matches shared/data/isic-rev4-structure.csv row for row (scripts/build-isic-data.js)', () => {
  const rows = fs
    .readFileSync(sourceCsv, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const m = /^"([^"]*)","(.*)"$/.exec(l);
      if (!m) throw new Error(`unexpected line ${l}`);
      return [m[1], m[2].replace(/""/g, '"')];
    });
  expect(ISIC_REV4.map(([c, t]) => [c, t])).toEqual(rows);
});

describe('the classification is loaded on first use (a lazy chunk in the bundle)', () => {
  it('before loadIsic the index says so; loadIsic resolves once, then answers null (calls stay synchronous)', async () => {
    await jest.isolateModulesAsync(async () => {
      const fresh = await import('../../../src/core/completeness/isic-index');
      expect(() => fresh.isicIndex()).toThrow(/not loaded yet/);
      const first = fresh.loadIsic();
      expect(first).toBeInstanceOf(Promise);
      expect(fresh.loadIsic()).toBe(first); // one load, however many calls wait for it
      await first;
      expect(fresh.loadIsic()).toBeNull();
      expect(fresh.isicIndex().byCode.get('C')?.level).toBe('section');
    });
  });
});

/** Rules every spec must follow, so that a new function cannot ship half-described. */
import { specs } from '../../src/registry';

const hasChinese = (s: string) => /[\u4e00-\u9fff]/.test(s);
const excelMacroNames = ['RUN', 'ECHO', 'CALL', 'REGISTER', 'EXEC', 'HALT', 'RETURN', 'RESULT', 'ARGUMENT'];

describe.each(specs.map((s) => [s.name, s] as const))('%s', (_name, spec) => {
  it("follows Excel's name rules: a letter first, three or more of A–Z, 0–9, _ and .; not a cell reference or a macro name", () => {
    expect(spec.name).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
    expect(spec.name).not.toMatch(/^[A-Z]{1,3}[0-9]+$/);
    expect(spec.name).not.toMatch(/^R[0-9]*C[0-9]*$/);
    expect(excelMacroNames).not.toContain(spec.name);
  });

  it('has English and Chinese text for its description, help, category, result and every parameter', () => {
    const texts = [spec.description, spec.help, spec.category, spec.result.description, ...spec.params.map((p) => p.description)];
    for (const t of texts) {
      expect(t.en.trim().length).toBeGreaterThan(0);
      expect(hasChinese(t.zh)).toBe(true);
    }
  });

  it('writes its Chinese text with Chinese punctuation: no ASCII comma, semicolon or colon next to a Chinese character', () => {
    const texts = [spec.description, spec.help, spec.category, spec.result.description, ...spec.params.map((p) => p.description)];
    for (const t of texts) expect(t.zh).not.toMatch(/[\u4e00-\u9fff][,;:]|[,;:][\u4e00-\u9fff]/);
  });

  it('names its parameters in lowerCamelCase, uniquely, with every optional one after the required ones', () => {
    const names = spec.params.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[a-z][A-Za-z0-9]*$/);
    const firstOptional = spec.params.findIndex((p) => p.optional);
    if (firstOptional >= 0) expect(spec.params.slice(firstOptional).every((p) => p.optional)).toBe(true);
  });

  it('declares options, defaults and bounds that agree with each other', () => {
    for (const p of spec.params) {
      if (p.type === 'option') {
        expect(p.options?.length).toBeGreaterThan(0);
        for (const o of p.options ?? []) expect(o).toBe(o.toLowerCase());
        if (p.default !== undefined) expect(p.options).toContain(p.default);
      } else {
        expect(p.options).toBeUndefined();
      }
      if (p.default !== undefined) expect(p.optional).toBe(true);
      if (typeof p.default === 'number') {
        if (p.min !== undefined) expect(p.default).toBeGreaterThanOrEqual(p.min);
        if (p.max !== undefined) expect(p.default).toBeLessThanOrEqual(p.max);
      }
    }
  });

  it('links to glossary terms and gives every example a source', () => {
    expect(spec.glossary.length).toBeGreaterThan(0);
    for (const id of spec.glossary) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const ex of spec.examples) {
      expect(ex.source.trim().length).toBeGreaterThan(0);
      expect(ex.args.length).toBeLessThanOrEqual(spec.params.length);
    }
  });
});

it('has no two functions with the same name', () => {
  const names = specs.map((s) => s.name);
  expect(new Set(names).size).toBe(names.length);
});

it('keeps the functions of a catalogue section together, so the task pane shows each section once', () => {
  const seen: string[] = [];
  for (const s of specs) {
    if (seen[seen.length - 1] !== s.category.en) {
      expect(seen).not.toContain(s.category.en);
      seen.push(s.category.en);
    }
  }
});

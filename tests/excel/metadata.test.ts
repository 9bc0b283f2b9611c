/** functions.json and functions-zh-CN.json: derived from the specs, consistent, complete in both languages. */
import { buildMetadata, type Metadata } from '../../src/excel/metadata';
import { specs } from '../../src/registry';
import { builtUrl, distFile } from '../helpers/dist';

const en = (): Metadata => JSON.parse(distFile('functions.json'));
const zh = (): Metadata => JSON.parse(distFile('functions-zh-CN.json'));

describe('error values as inputs', () => {
  it('lets error values in cells reach the functions (allowErrorForDataTypeAny), so one unit\'s error stays in that unit', () => {
    expect(buildMetadata(specs, 'en', 'https://example.org').allowErrorForDataTypeAny).toBe(true);
    expect(buildMetadata(specs, 'zh', 'https://example.org').allowErrorForDataTypeAny).toBe(true);
    // It applies to parameters of type any: every parameter is declared so.
    for (const f of buildMetadata(specs, 'en', 'https://example.org').functions) for (const p of f.parameters) expect(p.type).toBe('any');
  });
});

describe('the built metadata', () => {
  it('is exactly what the specs generate', () => {
    expect(en()).toEqual(buildMetadata(specs, 'en', builtUrl()));
    expect(zh()).toEqual(buildMetadata(specs, 'zh', builtUrl()));
  });

  it('lists every spec once, in both languages, with id = name', () => {
    const names = specs.map((s) => s.name);
    for (const m of [en(), zh()]) {
      expect(m.functions.map((f) => f.id)).toEqual(names);
      expect(m.functions.map((f) => f.name)).toEqual(names);
    }
  });

  it('keeps ids, names, parameters and shapes identical between the languages', () => {
    const strip = (m: Metadata) =>
      m.functions.map((f) => ({
        id: f.id,
        name: f.name,
        parameters: f.parameters.map((p) => ({ ...p, description: undefined })),
        result: f.result,
      }));
    expect(strip(zh())).toEqual(strip(en()));
  });

  it('fills every Chinese description of a function and a parameter in Chinese', () => {
    const cjk = /[\u4e00-\u9fff]/;
    for (const f of zh().functions) {
      expect(f.description).toMatch(cjk);
      for (const p of f.parameters) expect({ fn: f.id, p: p.name, ok: cjk.test(p.description) }).toEqual({ fn: f.id, p: p.name, ok: true });
    }
  });

  it('declares ranges as matrix, options as scalar, and optional flags as the specs do', () => {
    const byId = new Map(en().functions.map((f) => [f.id, f]));
    for (const s of specs) {
      const f = byId.get(s.name)!;
      s.params.forEach((p, i) => {
        expect(f.parameters[i].name).toBe(p.name);
        expect(f.parameters[i].dimensionality).toBe(p.shape === 'scalar' ? 'scalar' : 'matrix');
        expect(f.parameters[i].optional).toBe(p.optional === true);
      });
    }
  });

  it('asks Excel for the addresses of the arguments (blank cells told from zeros), which it allows with a matrix result', () => {
    for (const m of [en(), zh()]) {
      for (const f of m.functions) {
        expect({ fn: f.id, options: f.options, result: f.result.dimensionality }).toEqual({ fn: f.id, options: { requiresAddress: true, requiresParameterAddresses: true }, result: 'matrix' });
      }
    }
  });

  it('points each help link at the function on the help page of its language', () => {
    const url = builtUrl();
    for (const f of en().functions) expect(f.helpUrl).toBe(`${url}/help.html#${f.id}`);
    for (const f of zh().functions) expect(f.helpUrl).toBe(`${url}/help-zh-CN.html#${f.id}`);
    const page = distFile('help.html');
    for (const f of en().functions) expect(page).toContain(`id="${f.id}"`);
    const pageZh = distFile('help-zh-CN.html');
    for (const f of zh().functions) expect(pageZh).toContain(`id="${f.id}"`);
  });

  it('says on both help pages how much data one formula takes (the 5 MB of Excel on the web, on every platform)', () => {
    const section = (page: string) => page.slice(page.indexOf('<section id="data-size">'), page.indexOf('</section>', page.indexOf('<section id="data-size">')));
    expect(section(distFile('help.html'))).toMatch(/5 MB.*250,000 numbers.*#VALUE!.*A:A/s);
    expect(section(distFile('help-zh-CN.html'))).toMatch(/5 MB.*250,000 个数值.*#VALUE!.*A:A/s);
  });

  it('says on both help pages that an empty cell reads as blank on every platform, and what happens when it cannot be told', () => {
    const section = (page: string) => page.slice(page.indexOf('<section id="blank-cells">'), page.indexOf('</section>', page.indexOf('<section id="blank-cells">')));
    expect(section(distFile('help.html'))).toMatch(/every platform.*Windows.*0.*types of those cells.*#VALUE!/s);
    expect(section(distFile('help-zh-CN.html'))).toMatch(/各平台.*Windows.*0.*类型.*#VALUE!/s);
  });

  it('gives on both help pages the error table, with its row for values on the wrong scale', () => {
    const section = (page: string) => page.slice(page.indexOf('<section id="errors">'), page.indexOf('</section>', page.indexOf('<section id="errors">')));
    const en = section(distFile('help.html'));
    const zh = section(distFile('help-zh-CN.html'));
    expect(en.match(/<tr>/g)).toHaveLength(7);
    expect(zh.match(/<tr>/g)).toHaveLength(7);
    expect(en).toMatch(/wrong scale.*a score above 1 where \[0, 1\] is required.*#VALUE! naming the likely cause and the fix/s);
    expect(zh).toMatch(/量纲不对.*#VALUE!，指出可能的原因和改正办法/s);
  });

  it('escapes the help page: no spec text becomes markup', () => {
    const page = distFile('help.html');
    expect(page).not.toMatch(/<script/i);
    expect(page).toContain('&quot;gross&quot;');
  });
});

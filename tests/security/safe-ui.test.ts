/**
 * The task pane renders all text as text: no source file parses strings as
 * HTML (innerHTML, outerHTML, insertAdjacentHTML, document.write, and their
 * relatives), so glossary content, search input and workbook data can never
 * become markup or script. The pane builds its DOM with createElement and
 * textContent; the browser tests (tests/browser) show injection strings as text.
 * The built bundles are checked too, for what dependencies might bring in.
 */
import fs from 'fs';
import path from 'path';
import { DIST as BUILT, ROOT } from '../helpers/dist';

const DIST = process.env.NQP_DIST || BUILT;

/** Ways to turn a string into DOM or script. */
const SINKS: readonly { what: string; pattern: RegExp }[] = [
  { what: 'innerHTML', pattern: /\binnerHTML\b/ },
  { what: 'outerHTML', pattern: /\bouterHTML\b/ },
  { what: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\b/ },
  { what: 'document.write', pattern: /\bdocument\s*\.\s*write(?:ln)?\b/ },
  { what: 'createContextualFragment', pattern: /\bcreateContextualFragment\b/ },
  { what: 'DOMParser', pattern: /\bDOMParser\b/ },
  { what: 'srcdoc', pattern: /\bsrcdoc\b/ },
  { what: 'a javascript: URL', pattern: /["'`]\s*javascript:/i },
  { what: 'an inline event handler set from text', pattern: /setAttribute\(\s*["'`]on\w+["'`]/ },
];

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.(?:ts|js|mjs|html)$/.test(e.name) ? [p] : [];
  });
}

/** Source without comments, so that a comment may explain the rule without breaking it. */
const withoutComments = (code: string): string => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\])\/\/.*$/gm, '$1').replace(/<!--[\s\S]*?-->/g, '');

const sources = files(path.join(ROOT, 'src'));

it('finds the sources to check', () => {
  expect(sources.some((f) => f.endsWith(path.join('taskpane', 'taskpane.ts')))).toBe(true);
});

describe.each(SINKS.map((s) => [s.what, s]))('no %s', (_what, sink) => {
  it('in any file of src/', () => {
    const found = sources.filter((f) => sink.pattern.test(withoutComments(fs.readFileSync(f, 'utf8')))).map((f) => path.relative(ROOT, f));
    expect(found).toEqual([]);
  });
  it('in the built bundles', () => {
    const bundles = fs.readdirSync(DIST).filter((f) => f.endsWith('.js'));
    expect(bundles.length).toBeGreaterThan(0);
    expect(bundles.filter((f) => sink.pattern.test(fs.readFileSync(path.join(DIST, f), 'utf8')))).toEqual([]);
  });
});

it('catches the sinks it names (the patterns are not dead)', () => {
  const samples = [
    'el.innerHTML = term.title',
    'el.outerHTML=x',
    "el.insertAdjacentHTML('beforeend', x)",
    'document.write(x)',
    'document.writeln(x)',
    'range.createContextualFragment(x)',
    "new DOMParser().parseFromString(x, 'text/html')",
    'frame.srcdoc = x',
    'a.href = "javascript:alert(1)"',
    "el.setAttribute('onclick', x)",
  ];
  for (const s of samples) expect({ s, caught: SINKS.some((k) => k.pattern.test(s)) }).toEqual({ s, caught: true });
  expect(SINKS.some((k) => k.pattern.test(withoutComments('// never innerHTML: text only\nel.textContent = x')))).toBe(false);
});

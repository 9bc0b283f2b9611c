/**
 * The Content-Security-Policy of the built task pane page (dist/taskpane.html,
 * the shared runtime's page, which also runs the custom functions): scripts,
 * connections and frames only from the add-in's own origin ('self') and
 * Microsoft's Office CDN, no inline or eval'd script, and a page that loads
 * nothing from elsewhere. The production page is minified, so attributes are
 * read with or without quotes.
 */
import fs from 'fs';
import path from 'path';
import { DIST as BUILT } from '../helpers/dist';

/** dist/, or another build to check (NQP_DIST=/path/to/build). */
const DIST = process.env.NQP_DIST || BUILT;
const OFFICE_CDN = 'https://appsforoffice.microsoft.com';
const OFFICE_JS = `${OFFICE_CDN}/lib/1/hosted/office.js`;

interface Tag {
  name: string;
  attrs: Record<string, string>;
  /** The text up to the closing tag (scripts only). */
  body: string;
}

/** Every start tag of an HTML page with its attributes: name=value, name="value", name='value' or a bare name. */
function tags(html: string): Tag[] {
  const out: Tag[] = [];
  const tag = /<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
  for (const m of html.matchAll(tag)) {
    const attrs: Record<string, string> = {};
    for (const a of m[2].matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
      attrs[a[1].toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? '';
    }
    const name = m[1].toLowerCase();
    const end = m.index! + m[0].length;
    const close = html.indexOf('</script', end);
    const body = name === 'script' ? html.slice(end, close < 0 ? undefined : close) : '';
    out.push({ name, attrs, body });
  }
  return out;
}

/** A policy as directive → sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !out.has(name.toLowerCase())) out.set(name.toLowerCase(), sources);
  }
  return out;
}

/** The sources a directive allows, falling back to default-src as browsers do. */
const effective = (p: Map<string, string[]>, directive: string): string[] => p.get(directive) ?? p.get('default-src') ?? ['*'];

const page = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
const pageTags = tags(page);
const metas = pageTags.filter((t) => t.name === 'meta' && (t.attrs['http-equiv'] ?? '').toLowerCase() === 'content-security-policy');
const policy = parsePolicy(metas[0]?.attrs.content ?? '');

/** What each directive may contain: every source outside these lists is a failure. */
const ALLOWED: Record<string, readonly string[]> = {
  'default-src': ["'self'", "'none'"],
  // 'wasm-unsafe-eval' lets the page compile WebAssembly (the DEA solver, highs.wasm, an add-in file);
  // unlike 'unsafe-eval' it allows no JavaScript from text.
  'script-src': ["'self'", OFFICE_CDN, "'wasm-unsafe-eval'"],
  'connect-src': ["'self'", OFFICE_CDN],
  'frame-src': ["'self'", OFFICE_CDN],
  // office.js adds inline styles to its own dialogs.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'", "'none'"],
  'form-action': ["'self'", "'none'"],
};

describe('dist/taskpane.html', () => {
  it('has exactly one Content-Security-Policy, in a meta tag', () => {
    expect(metas).toHaveLength(1);
    expect(policy.size).toBeGreaterThan(0);
  });

  it("allows scripts only from the add-in's origin and Microsoft's Office CDN", () => {
    const scripts = effective(policy, 'script-src');
    expect(scripts).toEqual(expect.arrayContaining(["'self'", OFFICE_CDN]));
    for (const s of scripts) expect({ 'script-src': s, allowed: ALLOWED['script-src'].includes(s) }).toEqual({ 'script-src': s, allowed: true });
  });

  it("allows connections and frames only to the add-in's origin and Microsoft's Office CDN", () => {
    for (const d of ['connect-src', 'frame-src', 'child-src', 'worker-src']) {
      const allowed = d === 'worker-src' || d === 'child-src' ? ["'self'", "'none'", OFFICE_CDN] : ALLOWED[d];
      for (const s of effective(policy, d)) expect({ [d]: s, allowed: allowed.includes(s) }).toEqual({ [d]: s, allowed: true });
    }
  });

  it('names no other host, wildcard or scheme anywhere, and nothing unsafe outside the listed exceptions', () => {
    for (const [directive, sources] of policy) {
      const allowed = ALLOWED[directive];
      expect({ directive, known: allowed !== undefined }).toEqual({ directive, known: true });
      for (const s of sources) expect({ directive, source: s, allowed: allowed.includes(s) }).toEqual({ directive, source: s, allowed: true });
    }
    expect(policy.get('object-src')).toEqual(["'none'"]);
  });

  it("lets the solver's WebAssembly compile when the build ships it", () => {
    // Without 'wasm-unsafe-eval' (or 'unsafe-eval') a browser refuses WebAssembly.instantiate under a
    // script-src policy: Chromium/Edge WebView2 since 97, Firefox 102, Safari 16. Checked in Chromium.
    const shipsWasm = fs.readdirSync(DIST).some((f) => f.endsWith('.wasm'));
    if (shipsWasm) expect(effective(policy, 'script-src')).toContain("'wasm-unsafe-eval'");
  });

  it('loads scripts only from its own files and office.js from the CDN, with no inline script', () => {
    const scripts = pageTags.filter((t) => t.name === 'script');
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) {
      const src = s.attrs.src ?? '';
      expect({ src, ok: src === OFFICE_JS || /^(?!\/\/)[\w./-]+\.js$/.test(src) }).toEqual({ src, ok: true });
      expect({ src, inline: s.body.trim() }).toEqual({ src, inline: '' });
    }
    expect(scripts.map((s) => s.attrs.src)).toContain(OFFICE_JS);
  });

  it('loads no other resource from elsewhere (links, images, frames) and has no inline handlers', () => {
    for (const t of pageTags) {
      for (const attr of ['src', 'href', 'action', 'data', 'poster', 'srcset']) {
        const v = t.attrs[attr];
        if (v === undefined || (t.name === 'script' && v === OFFICE_JS)) continue;
        expect({ tag: t.name, [attr]: v, local: !/^(?:[a-z][\w+.-]*:|\/\/)/i.test(v) || /^data:image\//.test(v) }).toEqual({
          tag: t.name,
          [attr]: v,
          local: true,
        });
      }
      const handlers = Object.keys(t.attrs).filter((a) => a.startsWith('on'));
      expect({ tag: t.name, handlers }).toEqual({ tag: t.name, handlers: [] });
    }
    expect(pageTags.some((t) => t.name === 'iframe' || t.name === 'object' || t.name === 'embed' || t.name === 'base')).toBe(false);
  });
});

describe('the help pages (help.html, help-zh-CN.html)', () => {
  const pages = fs.readdirSync(DIST).filter((f) => /^help.*\.html$/.test(f));
  it.each(pages.map((f) => [f]))('%s runs no script and loads nothing from elsewhere', (file) => {
    const t = tags(fs.readFileSync(path.join(DIST, file), 'utf8'));
    expect(t.filter((x) => x.name === 'script')).toEqual([]);
    for (const x of t) {
      for (const attr of ['src', 'action']) {
        if (x.attrs[attr] !== undefined) expect({ tag: x.name, [attr]: x.attrs[attr], local: !/^(?:[a-z][\w+.-]*:|\/\/)/i.test(x.attrs[attr]) }).toMatchObject({ local: true });
      }
      if (x.name === 'link' && x.attrs.href !== undefined) expect({ link: x.attrs.href, local: !/^(?:[a-z][\w+.-]*:|\/\/)/i.test(x.attrs.href) }).toMatchObject({ local: true });
    }
  });
});

describe('the attribute reader (minified pages drop quotes)', () => {
  it('reads quoted, single-quoted, unquoted and bare attributes', () => {
    const [meta, script] = tags(`<meta http-equiv=Content-Security-Policy content="default-src 'self'"><script defer src=functions.js></script>`);
    expect(meta.attrs).toEqual({ 'http-equiv': 'Content-Security-Policy', content: "default-src 'self'" });
    expect(script.attrs).toEqual({ defer: '', src: 'functions.js' });
    expect(tags(`<META HTTP-EQUIV='content-security-policy' CONTENT='script-src *'>`)[0].attrs['http-equiv']).toBe('content-security-policy');
  });
  it('finds a wildcard or a foreign host in a policy', () => {
    const p = parsePolicy("default-src 'self'; script-src 'self' https://cdn.example.com; connect-src *");
    expect(effective(p, 'script-src')).toContain('https://cdn.example.com');
    expect(effective(p, 'connect-src')).toEqual(['*']);
    expect(effective(p, 'frame-src')).toEqual(["'self'"]);
  });
});

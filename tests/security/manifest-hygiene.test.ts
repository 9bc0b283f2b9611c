/**
 * Manifest hygiene (manifest.xml and the copy the build writes to dist/):
 * least privilege (ReadWriteDocument), https only, no wildcard app domains,
 * and a version that moves with package.json's (<Version> = version + ".0"),
 * so a release bumps both.
 */
import fs from 'fs';
import path from 'path';
import { parseStringPromise } from 'xml2js';
import { DIST as BUILT, ROOT } from '../helpers/dist';

const DIST = process.env.NQP_DIST || BUILT;
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
const manifests: [string, string][] = [
  ['manifest.xml', path.join(ROOT, 'manifest.xml')],
  ['dist/manifest.xml', path.join(DIST, 'manifest.xml')],
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Node = any;

/** Every value of an element or attribute with a given name, anywhere in the parsed document. */
function collect(node: Node, name: string, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => collect(n, name, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === name) for (const v of Array.isArray(value) ? value : [value]) out.push(typeof v === 'string' ? v : (v as Node)?._ ?? '');
      collect(value, name, out);
    }
  }
  return out;
}

describe.each(manifests)('%s', (_label, file) => {
  const xml = fs.readFileSync(file, 'utf8');
  let doc: Node;
  beforeAll(async () => {
    doc = await parseStringPromise(xml);
  });

  it('asks for ReadWriteDocument only (no ReadWriteMailbox, no Restricted-plus-extras)', () => {
    expect(collect(doc, 'Permissions')).toEqual(['ReadWriteDocument']);
  });

  it('uses https for every URL it names', () => {
    const urls = [...xml.replace(/<!--[\s\S]*?-->/g, '').matchAll(/(?:DefaultValue|Value)="([a-z][\w+.-]*:[^"]*)"/gi)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((u) => !/^https:\/\/[^\s/*]+/.test(u))).toEqual([]);
    // Element text that is a URL (SourceLocation, AppDomain, SupportUrl…) too.
    const texts = [...xml.replace(/<!--[\s\S]*?-->/g, '').matchAll(/>\s*([a-z][\w+.-]*:\/\/[^<\s]*)\s*</gi)].map((m) => m[1]);
    expect(texts.filter((u) => !u.startsWith('https://'))).toEqual([]);
  });

  it('declares no wildcard or non-https app domain', () => {
    for (const d of collect(doc, 'AppDomain')) {
      expect({ d, ok: /^https:\/\/[^*\s/]+(?::\d+)?\/?$/.test(d.trim()) }).toEqual({ d, ok: true });
    }
  });

  it("has the package's version with .0 appended (a release bumps both)", () => {
    expect(collect(doc, 'Version')).toEqual([`${pkg.version}.0`]);
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

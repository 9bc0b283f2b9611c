/**
 * How the downloadable files print, in a real renderer: every template file
 * (both languages) converted to PDF by LibreOffice headless, as it would print
 * with the file's own page setup. Every page is landscape, and no table is cut
 * mid-column: for every header row of the definition, one page shows its first
 * and its last column heading (a table split across pages side by side would
 * show them on different pages). The page setup itself is read back in
 * tests/templates/xlsx.test.ts.
 *
 * Runs only when asked (it needs LibreOffice and poppler's pdfinfo/pdftotext):
 *   NQP_PRINT=1 npx jest tests/templates/print.test.ts
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { definitions } from '../../src/templates/definitions';
import { templateFileName } from '../../src/templates';
import { type Lang, resolve } from '../../src/templates/model';
import { build } from './xlsx';

const run = process.env.NQP_PRINT === '1' ? describe : describe.skip;
const langs: Lang[] = ['en', 'zh'];

/**
 * The start of a heading as it prints: its first word, at most 6 characters (a heading wrapped in a
 * narrow column breaks within words, and pdftotext may interleave the lines of neighbouring headings).
 */
const key = (text: string): string => (text.trim().split(/\s+/)[0] ?? '').slice(0, 6);

run('the template files printed by LibreOffice', () => {
  let dir: string;
  const pages = new Map<string, { sizes: [number, number][]; texts: string[] }>();

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nqp-print-'));
    return build.writeTemplateFiles(dir).then((files) => {
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', 'pdf', '--outdir', dir, ...files], {
        stdio: 'ignore',
        timeout: 300_000,
      });
      for (const file of files) {
        const pdf = file.replace(/\.xlsx$/, '.pdf');
        const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
        const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(count), pdf], { encoding: 'utf8' });
        const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as [number, number]);
        const texts = Array.from({ length: count }, (_, p) =>
          execFileSync('pdftotext', ['-f', String(p + 1), '-l', String(p + 1), pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ''),
        );
        pages.set(path.basename(file), { sizes, texts });
      }
    });
  }, 400_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const cases = definitions.flatMap((d) => langs.map((lang) => [d.id, lang, d] as const));

  test.each(cases)('%s (%s): every page landscape, no table cut mid-column', (id, lang, def) => {
    const printed = pages.get(templateFileName(id, lang))!;
    expect(printed.sizes.length).toBeGreaterThan(0);
    expect(printed.sizes.length).toBe(printed.texts.length);
    for (const [width, height] of printed.sizes) expect(width).toBeGreaterThan(height);
    // At most a few pages per sheet (portrait and unscaled, a sheet took 5 to 28).
    expect(printed.sizes.length).toBeLessThanOrEqual(3 * def.sheets.length);
    for (const sheet of def.sheets) {
      for (const header of sheet.blocks.filter((b) => b.role === 'header')) {
        for (const row of header.cells) {
          const labels = row.map((c) => key(String(resolve(c, lang)))).filter((k) => k !== '');
          if (labels.length < 2) continue;
          const first = labels[0];
          const last = labels[labels.length - 1];
          const together = printed.texts.some((t) => t.includes(first) && t.includes(last));
          expect([sheet.name[lang], header.at, first, last, together]).toEqual([sheet.name[lang], header.at, first, last, true]);
        }
      }
    }
  });
});

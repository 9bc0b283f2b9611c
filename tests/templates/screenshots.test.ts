/**
 * Pictures of the templates for the documentation (docs/templates/<id>.png):
 * each template's English .xlsx, written with every formula's result cached
 * (NQP results through the adapter, Excel formulas computed by HyperFormula),
 * rendered by LibreOffice headless to PDF and its first page to PNG.
 *
 * Runs only when asked (it needs LibreOffice and poppler's pdftoppm):
 *   NQP_SCREENSHOTS=1 npx jest tests/templates/screenshots.test.ts
 * The pictures show no charts: a file written with exceljs cannot hold them
 * (the sheet says so where each chart goes); inserted from the add-in, the
 * template has them.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ExcelError } from '../../src/excel/adapter';
import { definitions } from '../../src/templates/definitions';
import { blockArea, columnName, isFormula } from '../../src/templates/model';
import { DetailedCellError, computeWorkbook, valueAt } from './hyperformula';
import { build, directResults, engineCells, readWorkbook } from './xlsx';

const ROOT = path.join(__dirname, '..', '..');
const OUT = path.join(ROOT, 'docs', 'templates');
const run = process.env.NQP_SCREENSHOTS === '1' ? test : test.skip;

run.each(definitions.map((d) => [d.id, d] as const))(
  'picture of %s',
  async (id, def) => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nqp-shot-'));
    try {
      // The downloadable file, recomputed by the engine.
      const plain = path.join(tmp, 'plain.xlsx');
      await build.writeWorkbook(build.templateWorkbook(def, 'en'), plain);
      const wb = await readWorkbook(plain);
      const direct = await Promise.all(def.sheets.map((s) => directResults(s, 'en')));
      const { engine } = await computeWorkbook(
        wb.worksheets.map((ws) => ({ name: ws.name, cells: engineCells(ws) })),
        new Map(direct.map((d, i) => [i, d.sizes])),
      );

      // Every formula cell and spill cell with its computed value.
      const results = new Map<number, Map<string, unknown>>();
      def.sheets.forEach((sheet, i) => {
        const values = new Map<string, unknown>();
        for (const b of sheet.blocks) {
          const hasFormula = b.cells.some((row) => row.some(isFormula));
          if (!hasFormula) continue;
          const area = blockArea(b);
          for (let r = 0; r < area.rows; r++) {
            for (let c = 0; c < area.cols; c++) {
              let v: unknown = valueAt(engine, i, area.top + r, area.left + c);
              if (v instanceof DetailedCellError) v = new ExcelError(v.value as ExcelError['code']);
              if (v !== null && v !== '') values.set(`${area.top + r},${area.left + c}`, v);
            }
          }
        }
        results.set(i, values);
      });
      engine.destroy();

      const pictured = build.templateWorkbook(def, 'en', { results, arraysAsValues: true });
      pictured.worksheets.forEach((ws, i) => {
        // The template's cells and the start of its About text (which runs on far to the right).
        const areas = def.sheets[i].blocks.map(blockArea);
        const lastRow = Math.max(...areas.map((a) => a.top + a.rows));
        const lastCol = Math.max(...areas.map((a) => a.left + a.cols)) + 8;
        ws.pageSetup.printArea = `A1:${columnName(lastCol)}${lastRow}`;
        ws.pageSetup = { ...ws.pageSetup, orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
        ws.pageSetup.margins = { left: 0.2, right: 0.2, top: 0.2, bottom: 0.2, header: 0, footer: 0 };
      });
      const file = path.join(tmp, `${id}.xlsx`);
      await build.writeWorkbook(pictured, file);
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${tmp}/lo-profile`, '--convert-to', 'pdf', '--outdir', tmp, file], {
        stdio: 'ignore',
        timeout: 120_000,
      });
      const pdf = path.join(tmp, `${id}.pdf`);
      expect(fs.existsSync(pdf)).toBe(true);
      fs.mkdirSync(OUT, { recursive: true });
      // Crop to the text on the page (poppler's word boxes, in points), with a margin.
      const boxes = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-bbox', pdf, '-'], { encoding: 'utf8', timeout: 60_000 });
      const words = [...boxes.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"/g)].map((m) => m.slice(1).map(Number));
      expect(words.length).toBeGreaterThan(0);
      const dpi = 150;
      const px = (pt: number): number => Math.round((pt * dpi) / 72);
      const x0 = Math.max(0, Math.min(...words.map((w) => w[0])) - 6);
      const y0 = Math.max(0, Math.min(...words.map((w) => w[1])) - 6);
      const x1 = Math.max(...words.map((w) => w[2])) + 6;
      const y1 = Math.max(...words.map((w) => w[3])) + 6;
      const crop = ['-x', px(x0), '-y', px(y0), '-W', px(x1 - x0), '-H', px(y1 - y0)].map(String);
      execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', ...crop, '-singlefile', pdf, path.join(OUT, id)], { timeout: 60_000 });
      expect(fs.existsSync(path.join(OUT, `${id}.png`))).toBe(true);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  },
  180_000,
);

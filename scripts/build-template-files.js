#!/usr/bin/env node
/**
 * Writes every template workbook as a downloadable .xlsx file, in English
 * (<id>.xlsx) and Chinese (<id>.zh-CN.xlsx), from the same declarative
 * definitions the task pane inserts (src/templates/definitions).
 *
 *   node scripts/build-template-files.js [outDir]     (default dist/assets/templates)
 *
 * In the build, TemplateFilesPlugin writes them into <output.path>/assets/templates
 * after webpack has emitted its assets.
 *
 * What a file holds: the sheets' values, formulas (the NQP.* ones in the form
 * Excel itself saves an add-in's functions in, _xldudf_NQP_NAME, which Excel
 * binds to the functions once the NQP Toolkit add-in is loaded), number formats,
 * fills and fonts, column widths, frozen header rows, data validation and the
 * Excel tables. A formula whose result spills is written as an array formula
 * over the area the definition reserves for it, which every Excel version
 * shows. Charts cannot be written by exceljs: a note on the sheet, where the
 * chart would be, says that it appears when the template is inserted from the
 * add-in.
 */
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');

/** Lets plain node load the TypeScript definitions (as webpack.config.js does); not under jest or a second time. */
function registerTypeScript() {
  if (process.env.JEST_WORKER_ID !== undefined) return;
  if (process[Symbol.for('ts-node.register.instance')]) return;
  require('ts-node').register({
    transpileOnly: true,
    compilerOptions: { module: 'commonjs', moduleResolution: 'node' },
  });
}

function load() {
  registerTypeScript();
  return {
    model: require('../src/templates/model'),
    templates: require('../src/templates'),
    definitions: require('../src/templates/definitions').definitions,
  };
}

// ---------------------------------------------------------------------------
// Styles, as the Excel JS API writer (src/templates/insert.ts) sets them

const FILL = { header: 'FFD9E1F2', input: 'FFFFF2CC', output: 'FFE2EFDA' };
const FONT_COLOR = { title: 'FF1F3864', heading: 'FF1F3864', note: 'FF595959', source: 'FF595959', input: 'FF1F4E79' };

/** Functions added after Excel 2007 are stored with a prefix in the file format (ECMA-376 / MS-XLSX). */
const FUTURE_FUNCTIONS = {
  'RANK.EQ': '_xlfn.RANK.EQ',
  SORTBY: '_xlfn.SORTBY',
  SORT: '_xlfn._xlws.SORT',
  FILTER: '_xlfn._xlws.FILTER',
  UNIQUE: '_xlfn.UNIQUE',
  SEQUENCE: '_xlfn.SEQUENCE',
  XLOOKUP: '_xlfn.XLOOKUP',
  IFS: '_xlfn.IFS',
  MAXIFS: '_xlfn.MAXIFS',
  MINIFS: '_xlfn.MINIFS',
  TEXTJOIN: '_xlfn.TEXTJOIN',
  CONCAT: '_xlfn.CONCAT',
  LET: '_xlfn.LET',
};

/**
 * An add-in's custom function as Excel stores it in a file: "_xldudf_" + namespace + "_" + id
 * (NQP.GINI → _xldudf_NQP_GINI). Excel writes this form when it saves a workbook that uses the
 * add-in, and binds it to the function once the add-in has registered its functions; a plain
 * "NQP.GINI" in a file is an unknown name to Excel and stays #NAME? until the cell is re-entered.
 */
const CUSTOM_FUNCTION_PREFIX = '_xldudf_NQP_';

/** "=SORTBY(…)" → "_xlfn.SORTBY(…)", "=NQP.GINI(…)" → "_xldudf_NQP_GINI(…)": the formula text as the file stores it (no "="; strings untouched). */
function fileFormula(text) {
  const body = text.startsWith('=') ? text.slice(1) : text;
  return body
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/(?<![A-Za-z0-9_.])([A-Z][A-Z0-9_]*(?:\.[A-Z0-9_]+)*)\(/g, (m, name) => {
            if (name.startsWith('NQP.')) return `${CUSTOM_FUNCTION_PREFIX}${name.slice(4).replace(/\./g, '_')}(`;
            return FUTURE_FUNCTIONS[name] ? `${FUTURE_FUNCTIONS[name]}(` : m;
          }),
    )
    .join('');
}

/** The formula as a user types it: "=", no prefixes, NQP.NAME (for reading a file back). */
function typedFormula(stored) {
  return `=${stored
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/_xlfn\.(_xlws\.)?/g, '').replace(/(?<![A-Za-z0-9_.])_xldudf_NQP_([A-Z0-9_]+)\(/g, 'NQP.$1(')))
    .join('')}`;
}

/** Column width: points (as the definitions give them) → Excel's character units (Calibri 11: 7 px a character, 5 px padding). */
function widthInCharacters(points) {
  const pixels = (points * 96) / 72;
  return Math.max(1, Math.round(((pixels - 5) / 7) * 100) / 100);
}

/** Texts of the downloaded file that the inserted template does not need. */
const FILE_NOTE = {
  en: 'Downloaded file: the NQP.* formulas need the NQP Toolkit add-in. Without it they show #NAME? (and the formula bar shows them as _xldudf_NQP_…); they are stored as Excel stores any add-in function, so in Excel with the add-in installed they bind to its functions, as in a workbook saved with the add-in. If a cell still shows #NAME?, insert the template from the add-in\'s template gallery instead. Charts appear only when the template is inserted from the add-in.',
  zh: '下载的文件：NQP.* 公式需要 NQP Toolkit 加载项。未安装时显示 #NAME?（编辑栏中显示为 _xldudf_NQP_…）；其存储方式与 Excel 保存加载项函数的方式相同，因此在已安装加载项的 Excel 中会关联到加载项的函数，与使用加载项保存的工作簿一样。若仍有单元格显示 #NAME?，请改为从加载项的模板库插入本模板。图表仅在从加载项插入模板时出现。',
};
const CHART_NOTE = {
  en: (title) => `Chart "${title}": appears here when the template is inserted from the NQP Toolkit add-in (files written without Excel cannot hold it).`,
  zh: (title) => `图表“${title}”：从 NQP Toolkit 加载项插入模板时显示在此处（本文件无法包含图表）。`,
};
/** Where the file note goes: the row under the title and legend. */
const FILE_NOTE_AT = 'B3';

// ---------------------------------------------------------------------------
// One template → one workbook

/** The bound of a validation that admits any number. */
const ANY_NUMBER = 1e307;

function validationOf(v, lang) {
  const title = lang === 'zh' ? '输入' : 'Input';
  const common = {
    allowBlank: true,
    showInputMessage: true,
    promptTitle: title,
    prompt: v.message[lang],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: title,
    error: v.message[lang],
  };
  if (v.kind === 'list') {
    const source = typeof v.source === 'string' ? v.source : v.source[lang];
    return { ...common, type: 'list', formulae: [source.startsWith('=') ? source.slice(1) : `"${source}"`] };
  }
  if (v.min !== undefined && v.max !== undefined) return { ...common, type: v.kind, operator: 'between', formulae: [v.min, v.max] };
  if (v.min !== undefined) return { ...common, type: v.kind, operator: 'greaterThanOrEqual', formulae: [v.min] };
  if (v.max !== undefined) return { ...common, type: v.kind, operator: 'lessThanOrEqual', formulae: [v.max] };
  // No bounds: any number (text is refused), as src/templates/insert.ts does.
  return { ...common, type: v.kind, operator: 'between', formulae: [-ANY_NUMBER, ANY_NUMBER] };
}

function styleCell(cell, block) {
  const role = block.role;
  if (block.numberFormat) cell.numFmt = block.numberFormat;
  if (FILL[role]) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[role] } };
  const font = {};
  if (FONT_COLOR[role]) font.color = { argb: FONT_COLOR[role] };
  if (role === 'title') Object.assign(font, { bold: true, size: 16 });
  else if (role === 'heading') Object.assign(font, { bold: true, size: 12 });
  else if (role === 'header' || block.bold) font.bold = true;
  if (role === 'note' || role === 'source') font.italic = true;
  if (role === 'source') font.size = 9;
  if (Object.keys(font).length > 0) cell.font = font;
  if (role === 'header') cell.alignment = { wrapText: true, vertical: 'middle' };
}

/**
 * The workbook of template `def` in `lang`.
 * options.results: for a picture of the computed template, the value of each
 *   formula cell and spill cell, by sheet index and "row,col" (0-based); they are
 *   written as the formulas' cached results (and as the values of spill cells).
 * options.arraysAsValues: with results, spilling formulas are written as their values only.
 * options.fileNotes: false leaves out the download notes (default true).
 */
function templateWorkbook(def, lang, options = {}) {
  const ExcelJS = require('exceljs');
  const { model } = load();
  const { areaAddress, blockArea, isFormula, parseCell, resolve } = model;
  const results = options.results;
  const fileNotes = options.fileNotes !== false;

  const wb = new ExcelJS.Workbook();
  wb.creator = 'NQP Toolkit';
  wb.title = def.title[lang];
  wb.subject = def.description[lang];
  // Excel recalculates on open (the file holds no cached results, except for a picture).
  if (!results) wb.calcProperties.fullCalcOnLoad = true;

  def.sheets.forEach((sheetDef, sheetIndex) => {
    const ws = wb.addWorksheet(sheetDef.name[lang], {
      views: sheetDef.freezeRows ? [{ state: 'frozen', ySplit: sheetDef.freezeRows, topLeftCell: `A${sheetDef.freezeRows + 1}` }] : [{}],
    });
    for (const [letters, points] of Object.entries(sheetDef.widths ?? {})) ws.getColumn(letters).width = widthInCharacters(points);
    const computed = results?.get(sheetIndex);
    const resultAt = (r, c) => {
      const v = computed?.get(`${r},${c}`);
      return v === null || v === undefined ? undefined : v;
    };

    for (const block of sheetDef.blocks) {
      const area = blockArea(block);
      for (let r = 0; r < area.rows; r++) {
        for (let c = 0; c < area.cols; c++) styleCell(ws.getCell(area.top + r + 1, area.left + c + 1), block);
      }
      const at = parseCell(block.at);
      block.cells.forEach((row, r) =>
        row.forEach((content, c) => {
          const target = ws.getCell(at.row + r + 1, at.col + c + 1);
          const text = resolve(content, lang);
          if (isFormula(content)) {
            const value = { formula: fileFormula(String(text)) };
            const result = resultAt(at.row + r, at.col + c);
            if (result !== undefined) value.result = cachedResult(result);
            if (block.spill) Object.assign(value, { shareType: 'array', ref: areaAddress(area) });
            // A picture for renderers that recalculate array formulas (LibreOffice): the cached result alone.
            target.value = block.spill && options.arraysAsValues && value.result !== undefined ? value.result : value;
          } else if (text !== '') {
            target.value = text;
          }
        }),
      );
      // The other cells of a spill area: empty, or the cached results for a picture.
      if (block.spill && computed) {
        for (let r = 0; r < area.rows; r++) {
          for (let c = 0; c < area.cols; c++) {
            if (r === 0 && c === 0) continue;
            const result = resultAt(area.top + r, area.left + c);
            if (result !== undefined) ws.getCell(area.top + r + 1, area.left + c + 1).value = cachedResult(result);
          }
        }
      }
      if (block.validation) {
        const rows = block.cells.length;
        const cols = block.cells[0].length;
        const dv = validationOf(block.validation, lang);
        for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) ws.getCell(at.row + r + 1, at.col + c + 1).dataValidation = dv;
      }
    }

    // Header rows tall enough for their wrapped text (the API writer autofits them; a file cannot).
    for (const block of sheetDef.blocks.filter((b) => b.role === 'header')) {
      const at = parseCell(block.at);
      block.cells.forEach((row, r) => {
        let lines = 1;
        row.forEach((content, c) => {
          const text = String(resolve(content, lang));
          const width = ws.getColumn(at.col + c + 1).width || 8.43;
          // CJK characters are about two character widths; bold text a little wider.
          const chars = [...text].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0) * 1.1;
          lines = Math.max(lines, Math.ceil(chars / Math.max(1, width - 1)));
        });
        const xlRow = ws.getRow(at.row + r + 1);
        xlRow.height = Math.max(xlRow.height || 15, 15 * Math.min(lines, 5));
      });
    }

    (sheetDef.tables ?? []).forEach((address, i) => addTable(ws, address, `${tableName(def.id)}${sheetIndex + 1}_${i + 1}`, model));

    if (fileNotes) {
      const note = ws.getCell(FILE_NOTE_AT);
      note.value = FILE_NOTE[lang];
      note.font = { italic: true, bold: true, color: { argb: 'FFC00000' } };
      for (const chart of sheetDef.charts ?? []) {
        const c = ws.getCell(chart.from);
        c.value = CHART_NOTE[lang](chart.title[lang]);
        c.font = { italic: true, color: { argb: 'FF595959' } };
      }
    }
  });
  return wb;
}

/** A value as a formula's cached result (an error value as exceljs writes one). */
function cachedResult(v) {
  if (typeof v === 'object' && v !== null && 'code' in v) return { error: v.code };
  return v;
}

function tableName(id) {
  return `NQP_${id.replace(/[^A-Za-z0-9]/g, '_')}_`;
}

/** An Excel table over cells already written (header row = the first row). */
function addTable(ws, address, name, model) {
  const area = model.parseArea(address);
  const used = new Set();
  const columns = [];
  for (let c = 0; c < area.cols; c++) {
    const v = ws.getCell(area.top + 1, area.left + c + 1).value;
    let label = typeof v === 'string' && v.trim() !== '' ? v.trim() : `Column ${c + 1}`;
    while (used.has(label.toLowerCase())) label = `${label} ${c + 1}`;
    used.add(label.toLowerCase());
    columns.push({ name: label, filterButton: true });
  }
  const rows = [];
  for (let r = 1; r < area.rows; r++) {
    const row = [];
    for (let c = 0; c < area.cols; c++) row.push(ws.getCell(area.top + r + 1, area.left + c + 1).value);
    rows.push(row);
  }
  ws.addTable({
    name,
    ref: model.cell(area.top, area.left),
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleLight1', showRowStripes: true },
    columns,
    rows,
  });
}

// ---------------------------------------------------------------------------
// Dynamic arrays

/**
 * Excel's dynamic-array marker (as Excel 365 itself writes it, and XlsxWriter):
 * a metadata part with the XLDAPR type, and cm="1" on each array-formula cell.
 * Excel 365 then spills those formulas (and resizes the spill on recalculation);
 * earlier versions read them as ordinary array formulas over the reserved area.
 */
const METADATA_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray">' +
  '<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes>' +
  '<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>' +
  '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata>' +
  '</metadata>';

/** The .xlsx `buffer` with its array formulas marked as dynamic arrays (unchanged if it has none). */
async function markDynamicArrays(buffer) {
  const JSZip = require('jszip');
  const zip = await JSZip.loadAsync(buffer);
  let marked = 0;
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const xml = await zip.file(name).async('string');
    const next = xml.replace(/<c ([^>]*?)(\/?)><f t="array"/g, (m, attrs, slash) => {
      if (slash) return m;
      marked++;
      return `<c ${attrs} cm="1"><f t="array"`;
    });
    if (next !== xml) zip.file(name, next);
  }
  if (marked === 0) return buffer;
  zip.file('xl/metadata.xml', METADATA_XML);
  const types = await zip.file('[Content_Types].xml').async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace('</Types>', '<Override PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"/></Types>'),
  );
  const relsName = 'xl/_rels/workbook.xml.rels';
  const rels = await zip.file(relsName).async('string');
  const ids = [...rels.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
  const id = `rId${Math.max(0, ...ids) + 1}`;
  zip.file(
    relsName,
    rels.replace(
      '</Relationships>',
      `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata" Target="metadata.xml"/></Relationships>`,
    ),
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Writes a template workbook to `file`, array formulas marked as dynamic arrays. */
async function writeWorkbook(wb, file) {
  const buffer = await wb.xlsx.writeBuffer();
  fs.writeFileSync(file, await markDynamicArrays(Buffer.from(buffer)));
}

// ---------------------------------------------------------------------------
// All templates → files

/** Writes every template in both languages into `outDir`; resolves to the paths written. */
async function writeTemplateFiles(outDir, options = {}) {
  const { templates, definitions } = load();
  fs.mkdirSync(outDir, { recursive: true });
  const written = [];
  for (const def of definitions) {
    for (const lang of ['en', 'zh']) {
      const file = path.join(outDir, templates.templateFileName(def.id, lang));
      const wb = templateWorkbook(def, lang, options);
      await writeWorkbook(wb, file);
      written.push(file);
    }
  }
  return written;
}

/** Webpack: writes the template files into <output.path>/assets/templates after each emit. */
class TemplateFilesPlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tapPromise('TemplateFilesPlugin', async () => {
      // Fresh definitions on every (watch) build.
      for (const id of Object.keys(require.cache)) if (id.includes(`${path.sep}src${path.sep}templates${path.sep}`)) delete require.cache[id];
      await writeTemplateFiles(path.join(compiler.options.output.path, 'assets', 'templates'));
    });
  }
}

module.exports = { writeTemplateFiles, templateWorkbook, writeWorkbook, markDynamicArrays, fileFormula, typedFormula, widthInCharacters, FILE_NOTE, FILE_NOTE_AT, CHART_NOTE, TemplateFilesPlugin };

if (require.main === module) {
  const out = path.resolve(process.argv[2] || path.join(root, 'dist', 'assets', 'templates'));
  writeTemplateFiles(out).then(
    (files) => console.log(`wrote ${files.length} template files to ${path.relative(process.cwd(), out) || '.'}`),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}

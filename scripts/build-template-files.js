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
 * Excel tables. Every formula that can return an array (one whose block spills,
 * and every one that calls an NQP function: the add-in declares each result as a
 * matrix) is written as Excel 365 stores a dynamic-array formula: an array
 * formula (t="array", over the area the definition reserves, or its own cell)
 * with cm="1" pointing at the XLDAPR cell metadata of xl/metadata.xml
 * (fDynamic="1"), so Excel 365 spills it and shows it without "@" or braces,
 * and older versions read an array formula over the same area. Other formulas
 * stay ordinary.
 *
 * Each file also names the add-in the way Excel does in a workbook that uses an
 * Office add-in (xl/webextensions/: webextension1.xml with the manifest's <Id>
 * and <Version>, taskpanes.xml, their relationships and content types), so that
 * Excel offers the add-in, or opens its pane, when the file is opened.
 *
 * Every sheet prints landscape, one page wide, with its frozen header rows
 * repeated on each page (Chinese files on A4, English on Letter, the default);
 * the print area is the sheet's tables (the "About this sheet" text to their
 * right, one long line per cell, is left out).
 *
 * Charts cannot be written by exceljs: a note on the sheet, where the chart
 * would be, says that it appears when the template is inserted from the add-in.
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

/** Whether the formula text calls an NQP function (outside its strings). */
function callsNqp(text) {
  return /(?<![A-Za-z0-9_.])NQP\.[A-Z0-9_.]*[A-Z0-9_]\(/.test(String(text).replace(/"(?:[^"]|"")*"/g, '""'));
}

/**
 * Whether a formula of `block` is written as a dynamic array: it spills, or it calls an NQP function
 * (every NQP function is registered with a matrix result, so Excel 365 would show an ordinary
 * formula with the implicit-intersection "@" in front of it, and saves such a formula itself as a
 * dynamic array). Formulas of Excel's own single-value functions stay ordinary.
 */
function isDynamicArray(text, block) {
  return Boolean(block.spill) || callsNqp(text);
}

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
            const dynamic = isDynamicArray(text, block);
            // A dynamic array over the area reserved for its result, or over its own cell.
            if (dynamic) Object.assign(value, { shareType: 'array', ref: block.spill ? areaAddress(area) : target.address });
            // A picture for renderers that recalculate array formulas (LibreOffice): the cached result alone.
            target.value = dynamic && options.arraysAsValues && value.result !== undefined ? value.result : value;
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

    ws.pageSetup = { ...ws.pageSetup, ...pageSetupOf(sheetDef, lang) };

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

/** OOXML paper sizes (ECMA-376 Part 1, 18.3.1.63 pageSetup). Without one, Excel prints on Letter (1). */
const PAPER = { letter: 1, a4: 9 };

/**
 * How a sheet prints: landscape, every column on one page wide (fitToWidth 1, fitToHeight 0: as many
 * pages tall as needed), the frozen header rows (title, legend, column headings) repeated on each
 * page; Chinese files on A4, the paper of China (GB/T 148), English ones on Excel's default, Letter.
 */
function pageSetupOf(sheetDef, lang) {
  const setup = {
    printArea: printAreaOf(sheetDef),
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
  if (lang === 'zh') setup.paperSize = PAPER.a4;
  if (sheetDef.freezeRows) setup.printTitlesRow = `1:${sheetDef.freezeRows}`;
  return setup;
}

/** Blocks that lay out a table (headings, labels, inputs, results), as opposed to running text. */
const TABLE_ROLES = new Set(['header', 'label', 'input', 'output']);

/**
 * What a sheet prints: from A1 to the last column of its tables and the last row of the blocks
 * within those columns. The "About this sheet" text to the right of the tables is left out: each of
 * its lines is one cell whose text runs on over many empty columns, which Excel and LibreOffice
 * would otherwise print (shrinking every page to fit it one page wide); text lines within the
 * tables' columns are printed up to the last of them.
 */
function printAreaOf(sheetDef) {
  const { blockArea, cell } = load().model;
  const areas = sheetDef.blocks.map((b) => ({ role: b.role, area: blockArea(b) }));
  const tables = areas.filter((a) => TABLE_ROLES.has(a.role));
  const lastCol = Math.max(...tables.map(({ area }) => area.left + area.cols - 1));
  const inside = areas.filter(({ area }) => area.left <= lastCol);
  const lastRow = Math.max(...inside.map(({ area }) => area.top + area.rows - 1));
  // exceljs writes "$" + each corner, so the rows carry their own "$": the name reads $A$1:$X$99.
  return `A$1:${cell(lastRow, lastCol, true).slice(1)}`;
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
  if ((await markDynamicArraysIn(zip)) === 0) return buffer;
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Marks the array formulas of an opened package as dynamic arrays; resolves to how many were marked. */
async function markDynamicArraysIn(zip) {
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
  if (marked === 0) return 0;
  zip.file('xl/metadata.xml', METADATA_XML);
  const types = await zip.file('[Content_Types].xml').async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace('</Types>', '<Override PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"/></Types>'),
  );
  const relsName = 'xl/_rels/workbook.xml.rels';
  const rels = await zip.file(relsName).async('string');
  const id = nextRelationshipId(rels);
  zip.file(
    relsName,
    rels.replace(
      '</Relationships>',
      `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata" Target="metadata.xml"/></Relationships>`,
    ),
  );
  return marked;
}

// ---------------------------------------------------------------------------
// The add-in reference (web extension parts)

/** The add-in's <Id> and <Version>, from manifest.xml (the manifest every deployment starts from). */
function addinIdentity(manifestFile = path.join(root, 'manifest.xml')) {
  const xml = fs.readFileSync(manifestFile, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const id = /<Id>\s*([0-9A-Fa-f-]{36})\s*<\/Id>/.exec(xml);
  const version = /<Version>\s*([0-9.]+)\s*<\/Version>/.exec(xml);
  if (!id || !version) throw new Error(`${manifestFile}: no <Id> or <Version>`);
  return { id: id[1].toLowerCase(), version: version[1] };
}

const WE_NS = 'http://schemas.microsoft.com/office/webextensions/webextension/2010/11';
const WETP_NS = 'http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_TASKPANES = 'http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes';
const REL_WEBEXTENSION = 'http://schemas.microsoft.com/office/2011/relationships/webextension';
const CT_TASKPANES = 'application/vnd.ms-office.webextensiontaskpanes+xml';
const CT_WEBEXTENSION = 'application/vnd.ms-office.webextension+xml';

/**
 * The web extension part naming the add-in ([MS-OWEXML] 2.2.7 CT_OsfWebExtension), as Microsoft's
 * "Automatically open a task pane with a document" gives it: the primary reference is the
 * Centralized Deployment catalogue (storeType and store "EXCatalog", id and version from the
 * manifest), the way this add-in is deployed (README); the alternate, used when the primary cannot
 * be found, is a sideloaded add-in (storeType "Registry", store "developer"). The property
 * Office.AutoShowTaskpaneWithDocument = true asks Excel to open the add-in's pane with the file.
 */
function webExtensionXml({ id, version }) {
  const instance = `{${id.toUpperCase()}}`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<we:webextension xmlns:we="${WE_NS}" id="${instance}">` +
    `<we:reference id="${id}" version="${version}" store="EXCatalog" storeType="EXCatalog"/>` +
    `<we:alternateReferences><we:reference id="${id}" version="${version}" store="developer" storeType="Registry"/></we:alternateReferences>` +
    '<we:properties><we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/></we:properties>' +
    '<we:bindings/>' +
    `<we:snapshot xmlns:r="${R_NS}"/>` +
    '</we:webextension>'
  );
}

/**
 * The task pane part ([MS-OWEXML] CT_OsfTaskpane): the add-in's pane docked right, 350 px wide, as in
 * Microsoft's example; visibility="1" so that the pane opens (and Excel asks to trust or install the
 * add-in) the first time the file is opened, which Microsoft's article says a file distributed with
 * its add-in must set.
 */
const TASKPANES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<wetp:taskpanes xmlns:wetp="${WETP_NS}">` +
  '<wetp:taskpane dockstate="right" visibility="1" width="350" row="4">' +
  `<wetp:webextensionref xmlns:r="${R_NS}" r:id="rId1"/>` +
  '</wetp:taskpane>' +
  '</wetp:taskpanes>';

const TASKPANES_RELS_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  `<Relationship Id="rId1" Type="${REL_WEBEXTENSION}" Target="webextension1.xml"/>` +
  '</Relationships>';

/** The next free "rIdN" of a relationships part. */
function nextRelationshipId(rels) {
  const ids = [...rels.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
  return `rId${Math.max(0, ...ids) + 1}`;
}

/**
 * Adds the add-in reference to an opened package: xl/webextensions/webextension1.xml and
 * taskpanes.xml, the task pane part's relationship to the web extension, the package's relationship
 * to the task pane part (in _rels/.rels, where Excel and the Open XML SDK put it) and both content
 * types.
 */
async function addAddinReference(zip, identity) {
  zip.file('xl/webextensions/webextension1.xml', webExtensionXml(identity));
  zip.file('xl/webextensions/taskpanes.xml', TASKPANES_XML);
  zip.file('xl/webextensions/_rels/taskpanes.xml.rels', TASKPANES_RELS_XML);
  const rels = await zip.file('_rels/.rels').async('string');
  zip.file(
    '_rels/.rels',
    rels.replace('</Relationships>', `<Relationship Id="${nextRelationshipId(rels)}" Type="${REL_TASKPANES}" Target="xl/webextensions/taskpanes.xml"/></Relationships>`),
  );
  const types = await zip.file('[Content_Types].xml').async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      `<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="${CT_TASKPANES}"/>` +
        `<Override PartName="/xl/webextensions/webextension1.xml" ContentType="${CT_WEBEXTENSION}"/></Types>`,
    ),
  );
}

/** The .xlsx `buffer` as the template file: array formulas marked as dynamic arrays, and the add-in reference. */
async function finishPackage(buffer, identity = addinIdentity()) {
  const JSZip = require('jszip');
  const zip = await JSZip.loadAsync(buffer);
  await markDynamicArraysIn(zip);
  await addAddinReference(zip, identity);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Writes a template workbook to `file`: array formulas marked as dynamic arrays, the add-in named. */
async function writeWorkbook(wb, file) {
  const buffer = await wb.xlsx.writeBuffer();
  fs.writeFileSync(file, await finishPackage(Buffer.from(buffer)));
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

module.exports = {
  writeTemplateFiles,
  templateWorkbook,
  writeWorkbook,
  markDynamicArrays,
  finishPackage,
  addinIdentity,
  isDynamicArray,
  pageSetupOf,
  fileFormula,
  typedFormula,
  widthInCharacters,
  FILE_NOTE,
  FILE_NOTE_AT,
  CHART_NOTE,
  TemplateFilesPlugin,
};

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

/**
 * A mock Excel workbook on office-addin-mock: worksheets that record every
 * range written, table, chart, validation and freeze; context.sync() counted.
 * Properties follow office.js rules: a sheet's `name` and the collection's
 * `items` can only be read after load() and sync().
 *
 * Each sheet also keeps its cells (what was written, committed at each sync),
 * its worksheet-scoped names (`sheet.names.add`, ExcelApi 1.4) and the active
 * sheet, so that "Clear sample data" can be run against what insertion wrote;
 * `insertRows`/`insertColumns` move cells and names as Excel does.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { type Area, areaAddress, parseArea } from '../../src/templates/model';

/* eslint-disable @typescript-eslint/no-explicit-any */

export interface RangeRecord {
  address: string;
  mock: any;
}

export interface SheetRecord {
  name: string;
  existing: boolean;
  mock: any;
  /** Every getRange call, in order. */
  ranges: RangeRecord[];
  tables: { address: string; hasHeaders: boolean; mock: any }[];
  charts: { type: string; source: string; seriesBy: string; mock: any; position?: [string, string] }[];
  frozenRows?: number;
  activated: boolean;
  /** Calls of any kind made on the sheet (getRange, tables.add, …). */
  calls: string[];
  /** The sheet's cells by "row,col" (0-based): the value and the formula (the value itself for a constant). */
  cells: Map<string, CellRecord>;
  /** Worksheet-scoped names: the area they refer to (undefined: #REF!, its cells deleted). */
  names: { name: string; address: string | undefined; comment?: string }[];
  /** Every clear(): the address and what it applied to. */
  clears: { address: string; applyTo: string }[];
  /** Ranges written but not yet committed to `cells` (committed at the next sync). */
  committed: number;
}

export interface CellRecord {
  value: unknown;
  formula: unknown;
}

export interface MockWorkbook {
  excel: any;
  office: any;
  sheets: SheetRecord[];
  syncs: () => number;
  /** Syncs counted since the last reset. */
  resetSyncs: () => void;
  /** Makes a sheet the active one, as the analyst clicking its tab. */
  activate: (sheet: SheetRecord) => void;
  /** Selects an area of a sheet (workbook.getSelectedRange), its values and value types read from the sheet's cells. */
  select: (sheet: SheetRecord, address: string) => void;
}

/** The address a mock range was made for (its `address` property needs load() like office.js). */
const addressOf = new WeakMap<object, string>();

function makeRange(address: string): any {
  const range = new OfficeMockObject({
    address,
    format: {
      fill: {},
      font: {},
      autofitRows: function () {
        (this as any).autofitted = true;
      },
    },
    dataValidation: {
      clear: function () {
        (this as any).cleared = true;
      },
    },
  });
  addressOf.set(range, address);
  return range;
}

const key = (row: number, col: number): string => `${row},${col}`;

function makeSheet(name: string, existing: boolean, onActivate: (r: SheetRecord) => void = () => undefined): SheetRecord {
  const record: SheetRecord = {
    name,
    existing,
    mock: undefined,
    ranges: [],
    tables: [],
    charts: [],
    activated: false,
    calls: [],
    cells: new Map(),
    names: [],
    clears: [],
    committed: 0,
  };
  record.mock = new OfficeMockObject({
    name,
    names: {
      add: function (name: string, reference: any, comment?: string) {
        record.calls.push(`names.add(${name})`);
        if (record.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw new Error(`The name "${name}" already exists`);
        if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name)) throw new Error(`"${name}" is not a valid name`);
        record.names.push({ name, address: addressOf.get(reference) ?? String(reference), comment });
      },
    },
    getRange: function (address: string) {
      record.calls.push(`getRange(${address})`);
      const mock = makeRange(address);
      record.ranges.push({ address, mock });
      return mock;
    },
    tables: {
      add: function (range: any, hasHeaders: boolean) {
        record.calls.push('tables.add');
        const mock = new OfficeMockObject({ name: 'Table1' });
        record.tables.push({ address: addressOf.get(range) ?? '?', hasHeaders, mock });
        return mock;
      },
    },
    charts: {
      add: function (type: string, range: any, seriesBy: string) {
        record.calls.push('charts.add');
        const entry: SheetRecord['charts'][number] = { type, source: addressOf.get(range) ?? '?', seriesBy, mock: undefined };
        entry.mock = new OfficeMockObject({
          title: {},
          legend: {},
          axes: { valueAxis: {}, categoryAxis: {} },
          setPosition: function (from: string, to: string) {
            entry.position = [from, to];
          },
        });
        record.charts.push(entry);
        return entry.mock;
      },
    },
    freezePanes: {
      freezeRows: function (n: number) {
        record.calls.push('freezeRows');
        record.frozenRows = n;
      },
    },
    activate: function () {
      record.calls.push('activate');
      record.activated = true;
      onActivate(record);
    },
  });
  return record;
}

/** Writes what was assigned to the ranges since the last sync into the sheet's cells. */
function commit(record: SheetRecord): void {
  for (const { address, mock } of record.ranges.slice(record.committed)) {
    const written: unknown[][] | undefined = Array.isArray(mock.formulas) ? mock.formulas : Array.isArray(mock.values) ? mock.values : undefined;
    if (!written) continue;
    const area = parseArea(address);
    written.forEach((row, i) => row.forEach((v, j) => setContent(record, area.top + i, area.left + j, v)));
  }
  record.committed = record.ranges.length;
}

function setContent(record: SheetRecord, row: number, col: number, v: unknown): void {
  if (v === '' || v === null || v === undefined) record.cells.delete(key(row, col));
  else record.cells.set(key(row, col), { value: v, formula: v });
}

/** The cell's value ('' when empty), by A1 address. */
export function cellValue(record: SheetRecord, address: string): unknown {
  const a = parseArea(address);
  return record.cells.get(key(a.top, a.left))?.value ?? '';
}

/** Types into a cell as the analyst would: a value, or a formula with the value it computes. */
export function typeInto(record: SheetRecord, address: string, value: unknown, formula?: string): void {
  const a = parseArea(address);
  if (value === '' && formula === undefined) record.cells.delete(key(a.top, a.left));
  else record.cells.set(key(a.top, a.left), { value, formula: formula ?? value });
}

/** A copy of the sheet's cells, for before/after comparisons. */
export function snapshot(record: SheetRecord): Map<string, CellRecord> {
  return new Map([...record.cells].map(([k, v]) => [k, { ...v }]));
}

/** Shifts cells and names as Excel does when `count` rows (or columns) are inserted before index `at` (0-based). */
function insertLines(record: SheetRecord, at: number, count: number, axis: 'row' | 'col'): void {
  const moved = new Map<string, CellRecord>();
  for (const [k, v] of record.cells) {
    const [row, col] = k.split(',').map(Number);
    if (axis === 'row') moved.set(key(row >= at ? row + count : row, col), v);
    else moved.set(key(row, col >= at ? col + count : col), v);
  }
  record.cells = moved;
  for (const n of record.names) {
    if (n.address === undefined) continue;
    const a: Area = parseArea(n.address);
    const [start, size] = axis === 'row' ? [a.top, a.rows] : [a.left, a.cols];
    // Before the area: it moves; inside it (after its first line): it grows; after it: nothing.
    const nextStart = at <= start ? start + count : start;
    const nextSize = at > start && at < start + size ? size + count : size;
    n.address = areaAddress(axis === 'row' ? { ...a, top: nextStart, rows: nextSize } : { ...a, left: nextStart, cols: nextSize });
  }
}

export const insertRows = (record: SheetRecord, at: number, count = 1): void => insertLines(record, at, count, 'row');
export const insertColumns = (record: SheetRecord, at: number, count = 1): void => insertLines(record, at, count, 'col');

/** A range read through a name: values and formulas readable after load() and sync(); clear() empties the sheet's cells. */
function namedRange(record: SheetRecord, address: string, pending: any[]): any {
  const area = parseArea(address);
  const grid = (pick: (c: CellRecord) => unknown): unknown[][] =>
    Array.from({ length: area.rows }, (_, i) =>
      Array.from({ length: area.cols }, (_, j) => {
        const c = record.cells.get(key(area.top + i, area.left + j));
        return c === undefined ? '' : pick(c);
      }),
    );
  const clearer = (a: Area) =>
    function (applyTo: string) {
      record.clears.push({ address: areaAddress(a), applyTo });
      if (applyTo !== 'Contents' && applyTo !== 'All') return;
      for (let i = 0; i < a.rows; i++) for (let j = 0; j < a.cols; j++) record.cells.delete(key(a.top + i, a.left + j));
    };
  const sub = (a: Area): any => ({
    clear: clearer(a),
    getResizedRange: (dr: number, dc: number) => sub({ ...a, rows: a.rows + dr, cols: a.cols + dc }),
  });
  const range: any = new OfficeMockObject({
    address,
    values: grid((c) => c.value),
    formulas: grid((c) => c.formula),
    load: function (what: string) {
      OfficeMockObject.prototype.load.call(range, what);
      pending.push(range);
      return range;
    },
    clear: clearer(area),
    getCell: (i: number, j: number) => sub({ top: area.top + i, left: area.left + j, rows: 1, cols: 1 }),
  });
  return range;
}

/** The sheet's names collection: `items` (name, type, getRange) readable after load() and sync(). */
function wireNames(record: SheetRecord, pending: any[], loaded: Set<SheetRecord>): void {
  const names = record.mock.names;
  let items: any[] = [];
  names.load = function () {
    items = record.names.map((n) => {
      const item: any = new OfficeMockObject({
        name: n.name,
        type: n.address === undefined ? 'Error' : 'Range',
        getRange: function () {
          if (n.address === undefined) throw new Error('The name refers to #REF!');
          return namedRange(record, n.address, pending);
        },
      });
      item.load('name,type');
      pending.push(item);
      return item;
    });
    loaded.add(record);
    return names;
  };
  Object.defineProperty(names, 'items', {
    get: () => {
      if (!loaded.has(record) || pending.some((p) => items.includes(p))) throw new Error('names.items was read before load() and sync()');
      return items;
    },
  });
}

/** A workbook holding sheets named `existing`; `sets` is the highest ExcelApi version the host supports. */
export function mockWorkbook(existing: string[] = ['Sheet1'], sets = '1.8'): MockWorkbook {
  let active: SheetRecord | undefined;
  const pending: any[] = [];
  const namesLoaded = new Set<SheetRecord>();
  const newSheet = (name: string, isExisting: boolean): SheetRecord => {
    const record = makeSheet(name, isExisting, (r) => {
      active = r;
    });
    wireNames(record, pending, namesLoaded);
    return record;
  };
  const sheets = existing.map((n) => newSheet(n, true));
  active = sheets[0];
  let syncs = 0;
  let itemsRequested = false;
  let itemsLoaded = false;

  const worksheets: any = new OfficeMockObject({
    load: function (what: string) {
      if (!/^items\/name$|^name$|^items$/.test(what)) throw new Error(`unexpected load(${what})`);
      itemsRequested = true;
      for (const s of sheets) s.mock.load('name');
      return worksheets;
    },
    add: function (name: string) {
      if (sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
        throw new Error(`A worksheet named "${name}" already exists`);
      }
      const record = newSheet(name, false);
      sheets.push(record);
      return record.mock;
    },
    getActiveWorksheet: function () {
      if (!active) throw new Error('no active sheet');
      return active.mock;
    },
  });
  Object.defineProperty(worksheets, 'items', {
    get: () => {
      if (!itemsLoaded) throw new Error('worksheets.items was read before load() and sync()');
      return sheets.map((s) => s.mock);
    },
  });

  const context: any = new OfficeMockObject({
    workbook: {},
    sync: async function () {
      syncs++;
      for (const s of sheets) commit(s);
      if (itemsRequested) itemsLoaded = true;
      // Sheets (their names, once loaded), names and ranges read this time.
      for (const s of sheets) await s.mock.sync();
      for (const p of pending.splice(0)) await p.sync();
    },
  });
  context.workbook.worksheets = worksheets;
  let selection: { sheet: SheetRecord; address: string } | undefined;
  context.workbook.getSelectedRange = () => {
    if (!selection) throw new Error('nothing is selected');
    const { sheet, address } = selection;
    const a = parseArea(address);
    const values = Array.from({ length: a.rows }, (_, i) => Array.from({ length: a.cols }, (_, j) => sheet.cells.get(key(a.top + i, a.left + j))?.value ?? ''));
    const types = values.map((r) => r.map((v) => (v === '' ? 'Empty' : typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : 'String')));
    const range: any = { address: `${sheet.name}!${address}`, values, valueTypes: types, rowIndex: a.top, columnIndex: a.left, rowCount: a.rows, columnCount: a.cols, worksheet: sheet.mock };
    range.load = () => range;
    return range;
  };

  const excel = new OfficeMockObject({
    run: async function (callback: (ctx: any) => Promise<unknown>) {
      return callback(context);
    },
  });
  excel.RangeValueType = { double: 'Double', empty: 'Empty', string: 'String', boolean: 'Boolean', error: 'Error' };
  const office = new OfficeMockObject({
    context: {
      // What the pane's inExcel() looks for.
      document: {},
      requirements: {
        isSetSupported: function (name: string, version: string) {
          return name === 'ExcelApi' && Number(version.split('.')[1]) <= Number(sets.split('.')[1]);
        },
      },
    },
  });
  return {
    excel,
    office,
    sheets,
    syncs: () => syncs,
    resetSyncs: () => {
      syncs = 0;
    },
    activate: (sheet) => {
      active = sheet;
    },
    select: (sheet, address) => {
      selection = { sheet, address };
    },
  };
}

/** Installs the mock as the globals Excel and Office. */
export function install(wb: MockWorkbook): void {
  (globalThis as any).Excel = wb.excel;
  (globalThis as any).Office = wb.office;
}

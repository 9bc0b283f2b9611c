/**
 * A mock Excel workbook on office-addin-mock: worksheets that record every
 * range written, table, chart, validation and freeze; context.sync() counted.
 * Properties follow office.js rules: a sheet's `name` and the collection's
 * `items` can only be read after load() and sync().
 */
import { OfficeMockObject } from 'office-addin-mock';

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
}

export interface MockWorkbook {
  excel: any;
  office: any;
  sheets: SheetRecord[];
  syncs: () => number;
  /** Syncs counted since the last reset. */
  resetSyncs: () => void;
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

function makeSheet(name: string, existing: boolean): SheetRecord {
  const record: SheetRecord = { name, existing, mock: undefined, ranges: [], tables: [], charts: [], activated: false, calls: [] };
  record.mock = new OfficeMockObject({
    name,
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
    },
  });
  return record;
}

/** A workbook holding sheets named `existing`; `sets` is the highest ExcelApi version the host supports. */
export function mockWorkbook(existing: string[] = ['Sheet1'], sets = '1.8'): MockWorkbook {
  const sheets = existing.map((n) => makeSheet(n, true));
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
      const record = makeSheet(name, false);
      sheets.push(record);
      return record.mock;
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
      if (itemsRequested) {
        for (const s of sheets) await s.mock.sync();
        itemsLoaded = true;
      }
    },
  });
  context.workbook.worksheets = worksheets;

  const excel = new OfficeMockObject({
    run: async function (callback: (ctx: any) => Promise<unknown>) {
      return callback(context);
    },
  });
  const office = new OfficeMockObject({
    context: {
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
  };
}

/** Installs the mock as the globals Excel and Office. */
export function install(wb: MockWorkbook): void {
  (globalThis as any).Excel = wb.excel;
  (globalThis as any).Office = wb.office;
}

/**
 * src/excel/messages.ts: the catalogue of the Excel layer's messages in
 * English and Chinese; the adapter's errors made from it (English `message`
 * as before, the template kept as `localized`); the Chinese shown when the
 * messages' language is zh; the language taken from Excel's display language
 * by src/excel/functions.ts.
 */
import { DomainError } from '../../src/core/shared/errors';
import { ExcelError, type ExcelResult, formatMessage, getMessageLanguage, invoke, setMessageLanguage, toExcelError } from '../../src/excel/adapter';
import { restoreBlanks } from '../../src/excel/blank-cells';
import { fromCatalogue, group, type Language, localizedText, type MessageId, type MessageParams, messages, renderMessage } from '../../src/excel/messages';
import { specByName } from '../../src/registry';
import type { FunctionSpec } from '../../src/registry/types';
import { type Registered, StandInError, standInCustomFunctions } from '../helpers/custom-functions';

const spec = (name: string): FunctionSpec => specByName.get(name)!;

afterEach(() => setMessageLanguage('en'));

/** Sample parameters of every template (several where a part of the message varies: the cell, the value found). */
const samples: { [K in MessageId]: MessageParams<K>[] } = {
  inputError: [
    { name: 'imports', at: [0, 0], code: '#N/A' },
    { name: 'values', at: [2, 0], code: '#REF!' },
    { name: 'values', at: [0, 2], code: '#DIV/0!' },
    { name: 'data', at: [2, 3], code: '#NUM!' },
  ],
  notRange: [{ name: 'values' }],
  notRectangular: [{ name: 'values' }],
  notCellValue: [{ name: 'values' }],
  blankNumber: [
    { name: 'weights', at: [0, 2] },
    { name: 'x', at: [0, 0] },
  ],
  notNumber: [
    { name: 'values', value: 'abc', at: [2, 0] },
    { name: 'data', value: true, at: [2, 3] },
    { name: 'imports', value: '正向', at: [0, 0] },
  ],
  outOfRange: [{ name: 'runs' }],
  unknownOption: [
    { name: 'method', options: ['minmax', 'zscore', 'percentile'], value: 'foo' },
    { name: 'method', options: ['minmax', 'zscore'], value: 3 },
    { name: 'method', options: ['minmax', 'zscore'], value: false },
  ],
  notBoolean: [{ name: 'corrected', value: 'maybe' }],
  notDirection: [
    { name: 'directions', value: 'x', at: [0, 2] },
    { name: 'directions', value: null, at: [3, 0] },
    { name: 'directions', value: 2, at: [0, 0] },
  ],
  missingValue: [{ name: 'values' }],
  notSingleValue: [{ name: 'method', rows: 1, cols: 2 }],
  notVector: [{ name: 'values', rows: 2, cols: 2 }],
  shapeMismatch: [{ first: 'imports', firstShape: [2, 1], name: 'output', shape: [1, 3] }],
  blankValue: [
    { name: 'imports', at: [2, 0] },
    { name: 'imports', at: [0, 0] },
  ],
  emptyResult: [{}],
  internalError: [{ detail: 'boom' }],
  resultTooLarge: [{ bytes: 6_012_345, rows: 300, cols: 1000 }],
  argumentsTooLarge: [{ bytes: 5_600_000 }],
  tooManyCells: [{ name: 'values', max: 2_097_152, rows: 2_100_000, cols: 1 }],
  tooManyCriteria: [{ max: 100, rows: 101, cols: 101 }],
  tooManyUnits: [{ name: 'weights', max: 4000, units: 4001 }],
  tooManyWeightUnits: [{ max: 499, units: 600 }],
  tooManyColumns: [{ max: 100, columns: 1001 }],
  tooManyRunCells: [{ max: 50_000_000, runs: 1000, cells: 60_000 }],
  tooManyRunRows: [{ max: 10_000_000, runs: 1000, rows: 20_000 }],
  blanksUnreadable: [
    { name: 'values', index: 0, address: 'Sheet1!A1:A9', reason: 'no Excel' },
    { name: undefined, index: 2, address: "'My data'!B:B", reason: 'GeneralException' },
  ],
};

const ids = Object.keys(messages) as MessageId[];

/** Every rendering of every sample: [id, English, Chinese, params]. */
const renderings = ids.flatMap((id) =>
  (samples[id] as MessageParams<typeof id>[]).map((p) => [id, renderMessage(id, p, 'en'), renderMessage(id, p, 'zh'), p] as const),
);

const HAN = '\\u3400-\\u9fff';
/** Chinese characters and full-width punctuation. */
const WIDE = `${HAN}\\u3000-\\u303f\\uff00-\\uffef`;
/** Values as a formula writes them (option values, a cell's text), which keep their straight quotes: taken out before the punctuation is checked. */
const withoutQuoted = (s: string): string => s.replace(/"[^"]*"/g, '"v"');

describe('the catalogue', () => {
  it('has every template in English and Chinese, and a sample of each here', () => {
    expect(ids.length).toBe(27);
    for (const id of ids) {
      expect({ id, en: typeof messages[id].en, zh: typeof messages[id].zh }).toEqual({ id, en: 'function', zh: 'function' });
      expect({ id, samples: samples[id].length > 0 }).toEqual({ id, samples: true });
    }
    expect(Object.keys(samples).sort()).toEqual([...ids].sort());
  });

  it.each(renderings)('%s: the Chinese is Chinese, with Chinese punctuation', (_, en, zh) => {
    expect(en).not.toBe(zh);
    expect(zh).toMatch(new RegExp(`[${HAN}]`));
    const text = withoutQuoted(zh);
    // No ASCII punctuation beside a Chinese character, and none of the English clause punctuation anywhere
    // (a comma inside a number, a colon inside a cell address and ! in an address or an error code stay).
    expect(text).not.toMatch(new RegExp(`[${HAN}]\\s*[,;:()!?.]|[,;:()!?]\\s*[${HAN}]`));
    expect(text).not.toMatch(/[,;:] |[()]/);
    // A space between a Chinese character and a Latin word or a number, none between Chinese characters or next to full-width punctuation.
    expect(text).not.toMatch(new RegExp(`[${WIDE}] [${WIDE}]`));
    expect(text).not.toMatch(new RegExp(`[${HAN}][A-Za-z0-9#"]|[A-Za-z0-9#"!%][${HAN}]`));
    // No final full stop, in either language; "requires …" is "要求…" (both join the function name with a space).
    expect(zh).not.toMatch(/[。.]$/);
    expect(en).not.toMatch(/\.$/);
    expect(zh.startsWith('要求')).toBe(en.startsWith('requires '));
  });

  it.each(renderings)('%s: argument names, option values, codes, addresses and numbers stay as they are', (id, en, zh, p) => {
    for (const [key, v] of Object.entries(p)) {
      const kept =
        typeof v === 'string' && key !== 'value'
          ? [v]
          : key === 'options'
            ? (v as string[]).map((o) => `"${o}"`)
            : typeof v === 'number' && key !== 'index' && key !== 'bytes'
              ? [id === 'tooManyCriteria' ? String(v) : group(v)]
              : [];
      for (const k of kept) expect({ id, key, en: en.includes(k), zh: zh.includes(k) }).toEqual({ id, key, en: true, zh: true });
    }
  });
});

describe('errors from the catalogue', () => {
  it('keep the English text as their message and their template, which is not part of the error as a value', () => {
    const e = fromCatalogue('value', 'notRange', { name: 'values' });
    expect(e).toBeInstanceOf(DomainError);
    expect(e.kind).toBe('value');
    expect(e.message).toBe('requires values to be a range or a value');
    expect(e.localized).toEqual({ id: 'notRange', params: { name: 'values' } });
    expect(Object.keys(e)).not.toContain('localized');
    expect(e).toEqual(new DomainError('value', 'requires values to be a range or a value'));
    expect(JSON.stringify(e)).toBe(JSON.stringify(new DomainError('value', 'requires values to be a range or a value')));
    expect(localizedText(e, 'zh')).toBe('要求 values 为区域或单个值');
    // The core's errors have no template.
    expect(localizedText(new DomainError('value', 'column 3 is constant'), 'zh')).toBeNull();
    expect(new DomainError('na', 'x').localized).toBeUndefined();
  });

  it('join the function name in Chinese with a space after 要求, else with a full-width colon', () => {
    expect(formatMessage('HHI', '要求提供 values', 'zh')).toBe('NQP.HHI 要求提供 values');
    expect(formatMessage('GINI', '结果为空', 'zh')).toBe('NQP.GINI：结果为空');
    expect(formatMessage('GINI', '', 'zh')).toBe('');
  });
});

const messageOf = (r: ExcelResult | Promise<ExcelResult>): string => {
  if (r instanceof Promise) throw new Error('expected a synchronous result');
  const e = r.flat().find((c) => c instanceof ExcelError);
  return e instanceof ExcelError ? `${e.code} ${e.detail}` : `not an error: ${JSON.stringify(r)}`;
};

const data = [
  [1, 2],
  [3, 4],
  [5, 7],
];
const dependence = spec('DEPENDENCE_RATIO');

/** Calls through the adapter, with the message each gave before the catalogue (English) and the Chinese. */
const calls: [string, () => ExcelResult | Promise<ExcelResult>, string, string][] = [
  [
    'an unknown option',
    () => invoke(spec('NORMALIZE'), [data, null, 'foo']),
    '#VALUE! NQP.NORMALIZE requires method to be one of "minmax", "zscore", "percentile", "fracmax", not the text "foo"',
    '#VALUE! NQP.NORMALIZE 要求 method 为 "minmax"、"zscore"、"percentile"、"fracmax" 之一，而不是文本 "foo"',
  ],
  [
    'text in a range of numbers',
    () => invoke(spec('GINI'), [[[1], ['abc'], [3]]]),
    '#VALUE! NQP.GINI requires numbers in values: found the text "abc" in row 2',
    '#VALUE! NQP.GINI 要求 values 为数值，而第 2 行是文本 "abc"',
  ],
  [
    'a logical value in a range of numbers',
    () => invoke(spec('NORMALIZE'), [[[1, 2], [3, true], [5, 6]]]),
    '#VALUE! NQP.NORMALIZE requires numbers in data: found the logical value TRUE in row 2, column 2',
    '#VALUE! NQP.NORMALIZE 要求 data 为数值，而第 2 行第 2 列是逻辑值 TRUE',
  ],
  [
    'ranges of different shapes',
    () => invoke(dependence, [[[1], [2]], [[1, 2, 3]], null, null]),
    '#VALUE! NQP.DEPENDENCE_RATIO requires ranges of the same shape or single values: imports is 2×1 but output is 1×3',
    '#VALUE! NQP.DEPENDENCE_RATIO 要求各区域形状相同或为单个值：imports 为 2×1，而 output 为 1×3',
  ],
  [
    'an error value in an input cell',
    () => invoke(spec('NORMALIZE'), [[[1, 2], [3, { code: '#NUM!' }], [5, 6]]]),
    '#NUM! NQP.NORMALIZE: data in row 2, column 2 holds the error #NUM!',
    '#NUM! NQP.NORMALIZE：data 的第 2 行第 2 列是错误值 #NUM!',
  ],
  [
    'an error value as a whole argument',
    () => invoke(dependence, [{ code: '#N/A' }, 100, 10, null]),
    '#N/A NQP.DEPENDENCE_RATIO: imports holds the error #N/A',
    '#N/A NQP.DEPENDENCE_RATIO：imports 是错误值 #N/A',
  ],
  [
    'a blank direction',
    () => invoke(spec('NORMALIZE'), [data, [[1, null]]]),
    '#VALUE! NQP.NORMALIZE requires each of directions to be 1 or -1, "+" or "-", "benefit" or "cost": found a blank in column 2',
    '#VALUE! NQP.NORMALIZE 要求 directions 的每个值为 1 或 -1、"+" 或 "-"、"benefit" 或 "cost"、"正向" 或 "负向"，而第 2 列是空白',
  ],
  [
    'a blank where the rule is an error',
    () => invoke(spec('RANK_UNCERTAINTY'), [data, [[0.5, null]]]),
    '#VALUE! NQP.RANK_UNCERTAINTY requires a number in column 2 of weights, which is blank',
    '#VALUE! NQP.RANK_UNCERTAINTY 要求 weights 的第 2 列为数值，而该单元格为空白',
  ],
  [
    'a missing argument',
    () => invoke(spec('GINI'), [null]),
    '#VALUE! NQP.GINI requires a value for values',
    '#VALUE! NQP.GINI 要求提供 values',
  ],
  [
    'a range for a single value',
    () => invoke(spec('NORMALIZE'), [data, null, [['minmax', 'zscore']]]),
    '#VALUE! NQP.NORMALIZE requires method to be a single value, not a 1×2 range',
    '#VALUE! NQP.NORMALIZE 要求 method 为单个值，而不是 1×2 的区域',
  ],
  [
    'an argument over the cell cap',
    () => invoke(spec('GINI'), [new Array(2_100_000).fill([1])]),
    '#VALUE! NQP.GINI requires values to have at most 2,097,152 cells (two whole columns), not 2,100,000 (2,100,000×1)',
    '#VALUE! NQP.GINI 要求 values 最多 2,097,152 个单元格（两整列），而不是 2,100,000 个（2,100,000×1）',
  ],
  [
    'arguments over the payload limit',
    () => invoke(spec('NORMALIZE'), [Array.from({ length: 130_000 }, () => [1, 2])]),
    '#VALUE! NQP.NORMALIZE requires its arguments to take at most 5 MB together as Excel sends them (about 250,000 numbers, what Excel on the web carries), not about 5.6 MB: use fewer rows, or split the data over several calls',
    '#VALUE! NQP.NORMALIZE 要求全部参数按 Excel 发送的形式合计不超过 5 MB（约 250,000 个数值，即网页版 Excel 的上限），而此次约 5.6 MB；请减少行数，或把数据分成几次计算',
  ],
  [
    "a function's own limit",
    () => invoke(spec('AHP_WEIGHTS'), [Array.from({ length: 101 }, () => new Array(101).fill(1))]),
    '#VALUE! NQP.AHP_WEIGHTS requires matrix to compare at most 100 criteria (100×100), not a 101×101 range',
    '#VALUE! NQP.AHP_WEIGHTS 要求 matrix 最多比较 100 个准则（100×100），而不是 101×101 的区域',
  ],
  [
    'a result over the payload limit',
    () => invoke({ ...spec('GINI'), compute: () => Array.from({ length: 300 }, () => new Array(1000).fill(1.5)) }, [[[1], [2]]]),
    '#VALUE! NQP.GINI requires its result to take at most 5 MB as Excel returns it (about 250,000 numbers, what Excel on the web carries), not about 6.0 MB (300×1,000 cells): ask for fewer rows, or split the data over several calls',
    '#VALUE! NQP.GINI 要求结果按 Excel 返回的形式不超过 5 MB（约 250,000 个数值，即网页版 Excel 的上限），而此结果约 6.0 MB（300×1,000 个单元格）；请减少所求的行数，或把数据分成几次计算',
  ],
  [
    'an internal error',
    () =>
      invoke(
        {
          ...spec('GINI'),
          compute: () => {
            throw new Error('boom');
          },
        },
        [[[1], [2]]],
      ),
    '#VALUE! NQP.GINI: unexpected internal error (boom)',
    '#VALUE! NQP.GINI：意外的内部错误（boom）',
  ],
];

describe('the adapter', () => {
  it('speaks English unless told otherwise', () => {
    expect(getMessageLanguage()).toBe('en');
  });

  it.each(calls)('%s: the message as before in English', (_, call, en) => {
    expect(messageOf(call())).toBe(en);
  });

  it.each(calls)('%s: in Chinese when the language is zh', (_, call, en, zh) => {
    setMessageLanguage('zh');
    expect(messageOf(call())).toBe(zh);
    setMessageLanguage('en');
    expect(messageOf(call())).toBe(en);
  });

  it("leaves the core's messages in English, joined the English way, in zh", () => {
    setMessageLanguage('zh');
    expect(messageOf(invoke(spec('AHP_WEIGHTS'), [[[1, 2, 3], [0.5, 1, 4]]]))).toBe('#VALUE! NQP.AHP_WEIGHTS requires a square matrix, got 2×3');
    expect(messageOf(invoke(spec('GINI'), [[[1], [2]], [[1], [2], [3]]]))).toBe('#VALUE! NQP.GINI: weights has 3 values but values has 2');
    // Per cell of an element-wise result, an error value in its input is named in Chinese, the core's own error stays as it is.
    const cells = invoke(spec('COORDINATION_LEVEL'), [[[{ code: '#N/A' }], [0.5], [1.5]]]) as ExcelResult;
    expect(cells.map(([c]) => (c instanceof ExcelError ? `${c.code} ${c.detail}` : c))).toEqual([
      '#N/A NQP.COORDINATION_LEVEL：d 的第 1 行是错误值 #N/A',
      'Barely coordinated',
      '#VALUE! NQP.COORDINATION_LEVEL requires d in [0, 1], not 1.5: D on a 0–100 scale? divide it by 100, or compute it from scores in [0, 1] with NQP.COUPLING_COORDINATION',
    ]);
  });

  it('says that blank cells could not be read in the language set', async () => {
    const read = (): Promise<never> => Promise.reject(new Error('no Excel'));
    const fails = async (language: Language): Promise<string> => {
      setMessageLanguage(language);
      try {
        await restoreBlanks([[[0]]], ['Sheet1!A1:A9'], ['values'], read, 'Sheet1!B1');
      } catch (e) {
        return toExcelError(spec('GINI'), e).message;
      }
      return 'read';
    };
    expect(await fails('en')).toBe(
      'NQP.GINI: could not tell blank cells from zeros in values (Sheet1!A1:A9): this Excel sends an empty cell as 0, and reading the cells failed (no Excel). Recalculate (Ctrl+Alt+F9); if it persists, put the data in a range without empty cells',
    );
    expect(await fails('zh')).toBe(
      'NQP.GINI：无法区分 values（Sheet1!A1:A9）中的空白单元格与 0：此版本的 Excel 把空单元格作为 0 发送，而读取这些单元格失败（no Excel）。请重新计算（Ctrl+Alt+F9）；若问题仍在，请把数据放在没有空单元格的区域中',
    );
  });
});

describe("functions.ts takes the language from Excel's display language", () => {
  const g = globalThis as Record<string, unknown>;
  afterEach(() => {
    delete g.CustomFunctions;
    delete g.Office;
  });

  /** Loads functions.ts afresh (its own adapter, language English) with a stand-in CustomFunctions and the given Office. */
  function load(office: unknown): Map<string, Registered> {
    const registered = new Map<string, Registered>();
    g.CustomFunctions = standInCustomFunctions((id, fn) => registered.set(id, fn));
    if (office === undefined) delete g.Office;
    else g.Office = office;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('../../src/excel/functions');
    });
    return registered;
  }

  const unknownOption = (registered: Map<string, Registered>): string | undefined => {
    const [[v]] = registered.get('DEPENDENCE_RATIO')!(1, 100, 10, 'foo') as unknown[][];
    return (v as StandInError).message;
  };
  const EN = 'NQP.DEPENDENCE_RATIO requires kind to be one of "gross", "net", "output", not the text "foo"';
  const ZH = 'NQP.DEPENDENCE_RATIO 要求 kind 为 "gross"、"net"、"output" 之一，而不是文本 "foo"';

  it('Chinese in a Chinese Excel (zh-CN, zh-TW)', () => {
    expect(unknownOption(load({ context: { displayLanguage: 'zh-CN' } }))).toBe(ZH);
    expect(unknownOption(load({ context: { displayLanguage: 'zh-TW' } }))).toBe(ZH);
  });

  it('English in any other, and without Office', () => {
    expect(unknownOption(load({ context: { displayLanguage: 'en-US' } }))).toBe(EN);
    expect(unknownOption(load({ context: { displayLanguage: 'fr-FR' } }))).toBe(EN);
    expect(unknownOption(load(undefined))).toBe(EN);
  });

  it('before Office has initialised, once Office.onReady resolves', async () => {
    let ready: () => void = () => undefined;
    const office: { context?: { displayLanguage: string }; onReady: () => Promise<void> } = {
      onReady: () =>
        new Promise<void>((resolve) => {
          ready = () => {
            office.context = { displayLanguage: 'zh-CN' };
            resolve();
          };
        }),
    };
    const registered = load(office);
    expect(unknownOption(registered)).toBe(EN);
    ready();
    await Promise.resolve();
    await Promise.resolve();
    expect(unknownOption(registered)).toBe(ZH);
  });
});

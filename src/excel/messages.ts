/**
 * The catalogue of the messages the Excel layer makes itself (reading
 * arguments, limits, blank cells, internal errors), in English and Chinese:
 * one template per message, keyed by id, with typed parameters. An error made
 * from the catalogue (fromCatalogue) keeps its English text as `message`, and
 * its template and parameters as `localized`, from which the adapter renders
 * the language Excel is displayed in (setMessageLanguage in adapter.ts).
 *
 * Conventions, in both languages: no function name (the adapter adds it:
 * "requires …" / "要求…" joins with a space, anything else with a colon, ": "
 * or "："); no final full stop ("." / "。"); argument names, option values,
 * error codes, cell addresses and numbers (formatted as in English, 2,097,152)
 * stay as they are. The Chinese uses full-width punctuation (，：；（）、。)
 * and a space between a Chinese character and a Latin word or a number; values
 * as a formula writes them (option values, a cell's text) keep their straight
 * quotes ("minmax"), so that they can be copied into a formula.
 *
 * The core's messages have catalogues of their own, family by family
 * (src/core/shared/messages.ts); their Chinese is a lazy chunk (loadChinese).
 */
import { DomainError, type ErrorKind, type LocalizedMessage } from '../core/shared/errors';
import { loadOnce } from '../core/shared/load-once';
import { group } from '../core/shared/messages';

export type Language = 'en' | 'zh';

/** Where a cell sits in its argument, 1-based: [row, column], 0 for a part the message does not name ([0, 0]: a single cell). */
export type At = readonly [row: number, column: number];

/** A cell's value as read (a blank is null). */
type Value = number | string | boolean | null | undefined;

interface Template<P> {
  readonly en: (p: P) => string;
  readonly zh: (p: P) => string;
}

const t = <P>(en: (p: P) => string, zh: (p: P) => string): Template<P> => ({ en, zh });

/** 1048576 → "1,048,576" (the core's messages write their counts the same way). */
export { group };

const megabytes = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;

/** " in row 2, column 3", " in row 4", " in column 2", "" for a single cell. */
const atEn = ([r, c]: At): string => (r && c ? ` in row ${r}, column ${c}` : r ? ` in row ${r}` : c ? ` in column ${c}` : '');

/** "第 2 行第 3 列", "第 4 行", "第 2 列", "" for a single cell. */
const atZh = ([r, c]: At): string => (r && c ? `第 ${r} 行第 ${c} 列` : r ? `第 ${r} 行` : c ? `第 ${c} 列` : '');

/** The argument, or the cell of it, before a Chinese word: "data 的第 2 行第 3 列", "imports " (a space after a Latin name). */
const cellZh = (name: string, at: At): string => (at[0] || at[1] ? `${name} 的${atZh(at)}` : `${name} `);

/** The place a found value sits: "第 2 行", or "它" for a single cell. */
const whereZh = (at: At): string => atZh(at) || '它';

const clip = (s: string): string => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

const valueEn = (v: Value): string =>
  typeof v === 'string' ? `the text "${clip(v)}"` : typeof v === 'boolean' ? `the logical value ${v ? 'TRUE' : 'FALSE'}` : String(v);

const isBlank = (v: Value): boolean => v === null || v === undefined || v === '';

const valueZh = (v: Value): string =>
  isBlank(v) ? '空白' : typeof v === 'string' ? `文本 "${clip(v)}"` : typeof v === 'boolean' ? `逻辑值 ${v ? 'TRUE' : 'FALSE'}` : `数值 ${String(v)}`;

const quoted = (options: readonly string[], separator: string): string => options.map((o) => `"${o}"`).join(separator);

const LIMIT_EN = 'at most 5 MB';
const WEB_EN = '(about 250,000 numbers, what Excel on the web carries)';
const WEB_ZH = '（约 250,000 个数值，即网页版 Excel 的上限）';

export const messages = {
  // Reading arguments (adapter.ts)
  inputError: t(
    (p: { name: string; at: At; code: string }) => `${p.name}${atEn(p.at)} holds the error ${p.code}`,
    (p) => `${cellZh(p.name, p.at)}是错误值 ${p.code}`,
  ),
  notRange: t(
    (p: { name: string }) => `requires ${p.name} to be a range or a value`,
    (p) => `要求 ${p.name} 为区域或单个值`,
  ),
  notRectangular: t(
    (p: { name: string }) => `requires ${p.name} to be a rectangular range`,
    (p) => `要求 ${p.name} 为矩形区域`,
  ),
  notCellValue: t(
    (p: { name: string }) => `requires ${p.name} to hold numbers, text or logical values`,
    (p) => `要求 ${p.name} 只含数值、文本或逻辑值`,
  ),
  blankNumber: t(
    (p: { name: string; at: At }) => `requires a number${atEn(p.at)} of ${p.name}, which is blank`,
    (p) => `要求 ${cellZh(p.name, p.at)}为数值，而该单元格为空白`,
  ),
  notNumber: t(
    (p: { name: string; value: Value; at: At }) => `requires numbers in ${p.name}: found ${valueEn(p.value)}${atEn(p.at)}`,
    (p) => `要求 ${p.name} 为数值，而${whereZh(p.at)}是${valueZh(p.value)}`,
  ),
  outOfRange: t(
    (p: { name: string }) => `${p.name} is outside its allowed range`,
    (p) => `${p.name} 超出允许的范围`,
  ),
  unknownOption: t(
    (p: { name: string; options: readonly string[]; value: Value }) =>
      `requires ${p.name} to be one of ${quoted(p.options, ', ')}, not ${valueEn(p.value)}`,
    (p) => `要求 ${p.name} 为 ${quoted(p.options, '、')} 之一，而不是${valueZh(p.value)}`,
  ),
  notBoolean: t(
    (p: { name: string; value: Value }) => `requires ${p.name} to be TRUE or FALSE, not ${valueEn(p.value)}`,
    (p) => `要求 ${p.name} 为 TRUE 或 FALSE，而不是${valueZh(p.value)}`,
  ),
  notDirection: t(
    (p: { name: string; value: Value; at: At }) =>
      `requires each of ${p.name} to be 1 or -1, "+" or "-", "benefit" or "cost": found ${isBlank(p.value) ? 'a blank' : valueEn(p.value)}${atEn(p.at)}`,
    (p) => `要求 ${p.name} 的每个值为 1 或 -1、"+" 或 "-"、"benefit" 或 "cost"、"正向" 或 "负向"，而${whereZh(p.at)}是${valueZh(p.value)}`,
  ),
  missingValue: t(
    (p: { name: string }) => `requires a value for ${p.name}`,
    (p) => `要求提供 ${p.name}`,
  ),
  notSingleValue: t(
    (p: { name: string; rows: number; cols: number }) => `requires ${p.name} to be a single value, not a ${p.rows}×${p.cols} range`,
    (p) => `要求 ${p.name} 为单个值，而不是 ${p.rows}×${p.cols} 的区域`,
  ),
  notVector: t(
    (p: { name: string; rows: number; cols: number }) => `requires ${p.name} to be a single row or column, not a ${p.rows}×${p.cols} range`,
    (p) => `要求 ${p.name} 为一行或一列，而不是 ${p.rows}×${p.cols} 的区域`,
  ),
  shapeMismatch: t(
    (p: { first: string; firstShape: At; name: string; shape: At }) =>
      `requires ranges of the same shape or single values: ${p.first} is ${p.firstShape.join('×')} but ${p.name} is ${p.shape.join('×')}`,
    (p) => `要求各区域形状相同或为单个值：${p.first} 为 ${p.firstShape.join('×')}，而 ${p.name} 为 ${p.shape.join('×')}`,
  ),
  blankValue: t(
    (p: { name: string; at: At }) => `requires a value${atEn(p.at)} of ${p.name}`,
    (p) => `要求 ${cellZh(p.name, p.at)}不为空白`,
  ),
  emptyResult: t(
    () => 'the result is empty',
    () => '结果为空',
  ),
  internalError: t(
    (p: { detail: string }) => `unexpected internal error (${p.detail})`,
    (p) => `意外的内部错误（${p.detail}）`,
  ),

  // Limits (limits.ts)
  resultTooLarge: t(
    (p: { bytes: number; rows: number; cols: number }) =>
      `requires its result to take ${LIMIT_EN} as Excel returns it ${WEB_EN}, ` +
      `not about ${megabytes(p.bytes)} (${group(p.rows)}×${group(p.cols)} cells): ask for fewer rows, or split the data over several calls`,
    (p) =>
      `要求结果按 Excel 返回的形式不超过 5 MB${WEB_ZH}，而此结果约 ${megabytes(p.bytes)}（${group(p.rows)}×${group(p.cols)} 个单元格）；` +
      '请减少所求的行数，或把数据分成几次计算',
  ),
  argumentsTooLarge: t(
    (p: { bytes: number }) =>
      `requires its arguments to take ${LIMIT_EN} together as Excel sends them ${WEB_EN}, ` +
      `not about ${megabytes(p.bytes)}: use fewer rows, or split the data over several calls`,
    (p) => `要求全部参数按 Excel 发送的形式合计不超过 5 MB${WEB_ZH}，而此次约 ${megabytes(p.bytes)}；请减少行数，或把数据分成几次计算`,
  ),
  tooManyCells: t(
    (p: { name: string; max: number; rows: number; cols: number }) =>
      `requires ${p.name} to have at most ${group(p.max)} cells (two whole columns), not ${group(p.rows * p.cols)} (${group(p.rows)}×${group(p.cols)})`,
    (p) => `要求 ${p.name} 最多 ${group(p.max)} 个单元格（两整列），而不是 ${group(p.rows * p.cols)} 个（${group(p.rows)}×${group(p.cols)}）`,
  ),
  tooManyCriteria: t(
    (p: { max: number; rows: number; cols: number }) =>
      `requires matrix to compare at most ${p.max} criteria (${p.max}×${p.max}), not a ${p.rows}×${p.cols} range`,
    (p) => `要求 matrix 最多比较 ${p.max} 个准则（${p.max}×${p.max}），而不是 ${p.rows}×${p.cols} 的区域`,
  ),
  tooManyUnits: t(
    (p: { name: string; max: number; units: number }) =>
      `requires ${p.name} for at most ${group(p.max)} units (rows), not ${group(p.units)}: the n×n weights of so many units do not fit in memory`,
    (p) => `要求 ${p.name} 最多 ${group(p.max)} 个单位（行），而不是 ${group(p.units)} 个：这么多单位的 n×n 权重矩阵内存容纳不下`,
  ),
  tooManyWeightUnits: t(
    (p: { max: number; units: number }) =>
      `requires coordinates for at most ${group(p.max)} units, not ${group(p.units)}: the ${group(p.units)}×${group(p.units)} matrix would take more than the 5 MB Excel on the web returns. ` +
      'Pass the coordinates themselves as the weights of MORAN_I, GEARY_C, LOCAL_MORAN or MARKOV_TRANSITION, which build the same weights inside',
    (p) =>
      `要求 coordinates 最多 ${group(p.max)} 个单位，而不是 ${group(p.units)} 个：${group(p.units)}×${group(p.units)} 的矩阵将超过网页版 Excel 可返回的 5 MB。` +
      '请直接把坐标作为 MORAN_I、GEARY_C、LOCAL_MORAN 或 MARKOV_TRANSITION 的 weights 传入，这些函数会在内部构建相同的权重',
  ),
  tooManyColumns: t(
    (p: { max: number; columns: number }) => `requires data to have at most ${p.max} columns (indicators), not ${group(p.columns)}`,
    (p) => `要求 data 最多 ${p.max} 列（指标），而不是 ${group(p.columns)} 列`,
  ),
  tooManyRunCells: t(
    (p: { max: number; runs: number; cells: number }) =>
      `requires runs × cells of data to be at most ${group(p.max)}, not ${group(p.runs)} × ${group(p.cells)}: use fewer runs or less data`,
    (p) => `要求 runs × data 的单元格数不超过 ${group(p.max)}，而不是 ${group(p.runs)} × ${group(p.cells)}；请减少 runs 或数据量`,
  ),
  tooManyRunRows: t(
    (p: { max: number; runs: number; rows: number }) =>
      `requires runs × rows of data to be at most ${group(p.max)}, not ${group(p.runs)} × ${group(p.rows)}: use fewer runs or fewer rows`,
    (p) => `要求 runs × data 的行数不超过 ${group(p.max)}，而不是 ${group(p.runs)} × ${group(p.rows)}；请减少 runs 或行数`,
  ),

  // Blank cells (blank-cells.ts)
  blanksUnreadable: t(
    (p: { name: string | undefined; index: number; address: string; reason: string }) =>
      `could not tell blank cells from zeros in ${p.name ?? `argument ${p.index + 1}`} (${p.address}): this Excel sends an empty cell as 0, and reading the cells failed (${p.reason}). ` +
      'Recalculate (Ctrl+Alt+F9); if it persists, put the data in a range without empty cells',
    (p) =>
      `无法区分${p.name === undefined ? `第 ${p.index + 1} 个参数` : ` ${p.name}`}（${p.address}）中的空白单元格与 0：此版本的 Excel 把空单元格作为 0 发送，而读取这些单元格失败（${p.reason}）。` +
      '请重新计算（Ctrl+Alt+F9）；若问题仍在，请把数据放在没有空单元格的区域中',
  ),
};

export type MessageId = keyof typeof messages;

/** The parameters of a template. */
export type MessageParams<K extends MessageId> = (typeof messages)[K] extends Template<infer P> ? P : never;

/** A template's text in a language. */
export function renderMessage<K extends MessageId>(id: K, params: MessageParams<K>, language: Language): string {
  return (messages[id] as Template<MessageParams<K>>)[language](params);
}

/** An error of the catalogue: its English text as `message`, the template for other languages as `localized`. */
export function fromCatalogue<K extends MessageId, E extends DomainError = DomainError>(
  kind: ErrorKind,
  id: K,
  params: MessageParams<K>,
  Class: new (kind: ErrorKind, message: string, localized: LocalizedMessage) => E = DomainError as never,
): E {
  return new Class(kind, renderMessage(id, params, 'en'), { id, params: params as Readonly<Record<string, unknown>> });
}

/** The Chinese of the core's messages (src/excel/core-messages-zh.ts), once loaded. */
let coreChinese: ((m: LocalizedMessage) => string | null) | null = null;
/**
 * Fetches the Chinese of the core's messages, a chunk of its own (messages-zh.js), once; a failed fetch is
 * tried again on the next call. Until it is there, the core's messages are English.
 */
export const loadChinese = loadOnce(() =>
  import(/* webpackChunkName: "messages-zh" */ './core-messages-zh').then((m) => {
    coreChinese = m.coreChinese;
  }),
);

/** The error's message in a language: its template's, or null when it has none (or its Chinese is not loaded yet). */
export function localizedText(e: { readonly localized?: LocalizedMessage }, language: Language): string | null {
  const m = e.localized;
  if (m === undefined) return null;
  const template = (messages as Record<string, Template<unknown> | undefined>)[m.id];
  if (template !== undefined) return template[language](m.params);
  if (language === 'zh' && coreChinese !== null) return coreChinese(m);
  return null;
}

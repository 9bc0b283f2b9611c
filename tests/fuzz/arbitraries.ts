/**
 * Random Excel-shaped arguments for any function, derived from its spec: the
 * values Excel sends (numbers, text, logical values, blanks as null, "" or 0)
 * in the shapes it sends them (a scalar, or a rectangular 2-D array, rows first),
 * plus the malformed things a careless caller might send.
 *
 * Each argument draws a "quality" first, so that many runs reach the maths
 * (clean numbers of matching shapes) while the rest probe the edges (blanks,
 * extreme numbers, text, logical values, wrong shapes, unknown options).
 * Shapes are drawn around one n×m per call, so that arguments often match.
 */
import fc from 'fast-check';
import type { FunctionSpec, ParamSpec } from '../../src/registry/types';

export type Raw = number | string | boolean | null | undefined;
export type Arg = Raw | Raw[][] | unknown;

/** Numbers at the edges of what a double holds, and the usual suspects. */
export const SPECIAL_NUMBERS: readonly number[] = [
  0, -0, 1, -1, 2, 0.5, -0.5, 0.1, 0.65, 0.9999999999999999, 1.0000000000000002, 3, 10, 15, 16, 100, 1000, 1e6, 1e15, 1e-9, 1e-15,
  1e308, -1e308, 1.7976931348623157e308, 1e-308, -1e-308, 5e-324, 2 ** 53, -(2 ** 53), 2 ** 53 - 1, 2 ** 53 + 2, 2 ** 31, 4294967296,
];

/** Text that looks like something else: numbers, options, directions, codes, errors, markup. */
export const SPECIAL_TEXTS: readonly string[] = [
  '', ' ', 'x', 'n/a', '#N/A', '#VALUE!', '30', ' 1 ', '1e3', '-1', '0', '+', '-', 'benefit', 'COST', 'TRUE', 'false', 'yes',
  'NaN', 'Infinity', '0111', '111', 'C', 'c', '10', '1010', 'B-E', 'B,C,D', 'all', 'Z', '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>', '=HYPERLINK("http://example.com")', '\u0000', '\t', '正向', '负', 'é', '\u{1F600}',
  'constructor', '__proto__', 'toString', 'x'.repeat(300),
];

/** Codes an ISIC argument may hold: real ones at every level, as text and as numbers, and near misses. */
const ISIC_CODES: readonly (string | number)[] = [
  'A', 'B', 'C', 'D', 'E', 'U', 'c', ' C ', '01', '011', '0111', '10', '101', '1010', '26', '261', '2610', '35', '3510', '99', '9900',
  111, 1010, 2610, 3510, 9900, 0, 1, 10, 9999, 10000, -1, 1.5, '2699', '1011', 'AA', '0', '00', '000', '0000', 'X', '',
];

/** How clean the cells of one argument are. */
type Quality = 'clean' | 'blanky' | 'extreme' | 'junk';

const quality: fc.Arbitrary<Quality> = fc.constantFrom<Quality>(
  'clean', 'clean', 'clean', 'clean', 'clean', 'clean', 'clean', 'clean', 'blanky', 'blanky', 'extreme', 'extreme', 'junk',
);

const blank = fc.constantFrom<Raw>(null, '', 0);
const text = fc.oneof(fc.constantFrom(...SPECIAL_TEXTS), fc.string({ maxLength: 6 }));
const nonFinite = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY);

const cleanNumber = fc.oneof(
  fc.integer({ min: 0, max: 9 }),
  fc.integer({ min: 1, max: 200 }),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.double({ min: 0.001, max: 1000, noNaN: true }),
);
const extremeNumber = fc.oneof(
  cleanNumber,
  fc.constantFrom(...SPECIAL_NUMBERS),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/**
 * Clean numbers within the parameter's bounds (min/max inclusive, above/below
 * exclusive), so that a bounded argument (a share in (0, 1), runs from 1) is
 * mostly valid; the other qualities cross the bounds.
 */
function boundedNumber(p: ParamSpec): fc.Arbitrary<number> | null {
  if (p.min === undefined && p.max === undefined && p.above === undefined && p.below === undefined) return null;
  const lo = p.min ?? p.above ?? Math.min(0, (p.max ?? p.below ?? 0) - 1000);
  const hi = Math.min(p.max ?? p.below ?? lo + 1000, lo + 1000);
  const inside = fc.double({ min: lo, max: hi, noNaN: true, minExcluded: p.min === undefined && p.above !== undefined, maxExcluded: p.max === undefined && p.below !== undefined && hi === p.below });
  const whole = Number.isInteger(lo) && Number.isInteger(hi) && hi - lo >= 1 ? [fc.integer({ min: lo, max: Math.min(hi, lo + 20) })] : [];
  return fc.oneof(inside, ...whole);
}

/** A cell of a `number` argument. */
function numberCell(q: Quality, p: ParamSpec): fc.Arbitrary<Raw> {
  const bounded = boundedNumber(p);
  if (bounded !== null && (q === 'clean' || q === 'blanky')) {
    return q === 'clean' ? bounded : fc.oneof({ weight: 4, arbitrary: bounded }, { weight: 1, arbitrary: blank });
  }
  switch (q) {
    case 'clean':
      return cleanNumber;
    case 'blanky':
      return fc.oneof({ weight: 4, arbitrary: cleanNumber }, { weight: 1, arbitrary: blank });
    case 'extreme':
      return extremeNumber;
    case 'junk':
      return fc.oneof(
        { weight: 4, arbitrary: cleanNumber },
        { weight: 1, arbitrary: blank },
        { weight: 1, arbitrary: text },
        { weight: 1, arbitrary: fc.boolean() },
        { weight: 1, arbitrary: nonFinite },
        { weight: 1, arbitrary: fc.constantFrom<Raw>(undefined) },
      );
  }
}

/** Any value a cell can hold, for the junk end of every type. */
const anyCell: fc.Arbitrary<Raw> = fc.oneof(extremeNumber, blank, text, fc.boolean());

const randomCase = (s: string): fc.Arbitrary<string> =>
  fc
    .tuple(fc.array(fc.boolean(), { minLength: s.length, maxLength: s.length }), fc.constantFrom('', ' ', '  '), fc.constantFrom('', ' ', '\t'))
    .map(([upper, before, after]) => before + [...s].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch.toLowerCase())).join('') + after);

const DIRECTIONS: readonly (string | number)[] = [1, -1, '+', '-', 'benefit', 'cost', 'positive', 'negative', '正向', '负向'];

function directionCell(q: Quality): fc.Arbitrary<Raw> {
  const valid: fc.Arbitrary<Raw> = fc.constantFrom(...DIRECTIONS).chain((d): fc.Arbitrary<Raw> => (typeof d === 'string' ? randomCase(d) : fc.constant(d)));
  return q === 'clean' ? valid : fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: anyCell });
}

const booleanValue: fc.Arbitrary<Raw> = fc.oneof(
  fc.boolean(),
  fc.constantFrom<Raw>(1, 0),
  fc.constantFrom('TRUE', 'false', 'True').chain(randomCase),
);

function textCell(q: Quality): fc.Arbitrary<Raw> {
  const labels = fc.oneof(fc.constantFrom('a', 'b', 'c', 'g1', 'g2', 'North', 'South', '东部', '西部'), fc.integer({ min: 0, max: 3 }));
  return q === 'clean' ? labels : fc.oneof({ weight: 3, arbitrary: labels }, { weight: 1, arbitrary: anyCell });
}

function anyTypeCell(q: Quality): fc.Arbitrary<Raw> {
  const codes = fc.constantFrom<Raw>(...ISIC_CODES);
  return q === 'clean' ? codes : fc.oneof({ weight: 3, arbitrary: codes }, { weight: 1, arbitrary: anyCell });
}

/** A cell of an argument of the given type. */
function cell(p: ParamSpec, q: Quality): fc.Arbitrary<Raw> {
  switch (p.type) {
    case 'number':
      return numberCell(q, p);
    case 'direction':
      return directionCell(q);
    case 'boolean':
      return q === 'clean' ? booleanValue : fc.oneof({ weight: 3, arbitrary: booleanValue }, { weight: 1, arbitrary: anyCell });
    case 'option':
      return optionValue(p, q);
    case 'text':
      return textCell(q);
    case 'any':
      return anyTypeCell(q);
  }
}

function optionValue(p: ParamSpec, q: Quality): fc.Arbitrary<Raw> {
  const options = p.options ?? [];
  const valid = options.length > 0 ? fc.constantFrom(...options).chain(randomCase) : text;
  if (q === 'clean' || q === 'blanky') return valid;
  return fc.oneof(
    { weight: 2, arbitrary: valid },
    { weight: 1, arbitrary: text },
    { weight: 1, arbitrary: options.length > 0 ? fc.constantFrom(...options).map((o) => `${o}x`) : text },
    { weight: 1, arbitrary: anyCell },
  );
}

/** A rows×cols grid of cells. */
const grid = (rows: number, cols: number, c: fc.Arbitrary<Raw>): fc.Arbitrary<Raw[][]> =>
  fc.array(fc.array(c, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });

/** Things Excel never sends, which the adapter must still survive: ragged and empty arrays, objects. */
const malformed: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant([]),
  fc.constant([[]]),
  fc.constant([[1, 2], [3]]),
  fc.constant([1, 2, 3]),
  fc.constant([[[1]]]),
  fc.constant({ value: 1 }),
  fc.constant([[{ type: 'Entity' }]]),
);

/** The common size of one call: n units (rows) × m indicators (columns), and a third length k. */
export interface Dims {
  n: number;
  m: number;
  k: number;
}

const length = (max: number): fc.Arbitrary<number> =>
  fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: Math.min(6, max) }) }, { weight: 1, arbitrary: fc.integer({ min: 1, max }) });

export const dims = (maxSide: number): fc.Arbitrary<Dims> => fc.record({ n: length(maxSide), m: length(maxSide), k: length(maxSide) });

/** A range of the given shape, or (for one cell) sometimes the bare value, as Excel sends a single cell. */
function range(rows: number, cols: number, c: fc.Arbitrary<Raw>): fc.Arbitrary<Arg> {
  if (rows === 1 && cols === 1) return fc.oneof(c, grid(1, 1, c));
  return grid(rows, cols, c);
}

/** A value for a non-optional argument of the given spec. */
function present(p: ParamSpec, d: Dims): fc.Arbitrary<Arg> {
  return quality.chain((q) => {
    const c = cell(p, q);
    const other = fc.tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 7 })).chain(([r, k]) => grid(r, k, c));
    switch (p.shape) {
      case 'scalar':
        return fc.oneof({ weight: 12, arbitrary: range(1, 1, c) }, { weight: 1, arbitrary: other }, { weight: 1, arbitrary: malformed });
      case 'element':
        return fc.oneof(
          { weight: 6, arbitrary: range(d.n, d.m, c) },
          { weight: 5, arbitrary: range(1, 1, c) },
          { weight: 2, arbitrary: other },
          { weight: 1, arbitrary: malformed },
        );
      case 'vector':
        return fc.oneof(
          { weight: 4, arbitrary: range(1, d.m, c) },
          { weight: 3, arbitrary: range(d.m, 1, c) },
          { weight: 3, arbitrary: range(d.n, 1, c) },
          { weight: 2, arbitrary: range(d.k, 1, c) },
          { weight: 1, arbitrary: range(1, d.k, c) },
          { weight: 1, arbitrary: other },
          { weight: 1, arbitrary: malformed },
        );
      case 'matrix':
        return fc.oneof(
          { weight: 12, arbitrary: range(d.n, d.m, c) },
          { weight: 2, arbitrary: range(d.m, d.m, c) },
          { weight: 2, arbitrary: other },
          { weight: 1, arbitrary: malformed },
        );
    }
  });
}

/** An omitted argument as Excel sends it (null), or as other callers might: missing, "", a 1×1 blank range. */
const omitted: fc.Arbitrary<Arg> = fc.oneof(
  { weight: 8, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constant([[null]]) },
);

function argument(p: ParamSpec, d: Dims): fc.Arbitrary<Arg> {
  if (!p.optional && p.default === undefined) {
    return fc.oneof({ weight: 30, arbitrary: present(p, d) }, { weight: 1, arbitrary: omitted });
  }
  return fc.oneof({ weight: 3, arbitrary: present(p, d) }, { weight: 2, arbitrary: omitted });
}

// ---------------------------------------------------------------------------
// Arguments grown from the spec's examples: valid structure (six columns, a
// reciprocal matrix, a balanced panel, real ISIC codes), perturbed.

const FACTORS: readonly number[] = [-1, 0, 1e-300, 1e300, 1e-9, 1e9, 2 ** 53, 0.5, 1e308];

const isGrid = (a: unknown): a is Raw[][] => Array.isArray(a) && a.length > 0 && a.every((r) => Array.isArray(r));

/** Some cells of a range replaced by random ones of the argument's type. */
function replaceCells(p: ParamSpec, g: Raw[][]): fc.Arbitrary<Arg> {
  return quality.chain((q) => {
    const c = cell(p, q);
    return fc.tuple(...g.map((row) => fc.tuple(...row.map((v) => fc.oneof({ weight: 5, arbitrary: fc.constant(v) }, { weight: 1, arbitrary: c })))));
  });
}

/** Every number of a range multiplied by one factor: the same structure at the edges of the doubles. */
const scaleCells = (g: Raw[][]): fc.Arbitrary<Arg> =>
  fc.constantFrom(...FACTORS).map((f) => g.map((row) => row.map((v) => (typeof v === 'number' ? v * f : v))));

/** Rows dropped or repeated (one unit fewer or more). */
const reshapeRows = (g: Raw[][]): fc.Arbitrary<Arg> =>
  fc.oneof(
    fc.integer({ min: 0, max: g.length - 1 }).map((i) => (g.length > 1 ? g.filter((_, r) => r !== i) : g)),
    fc.integer({ min: 0, max: g.length - 1 }).map((i) => [...g, [...g[i]]]),
  );

const transpose = (g: Raw[][]): Raw[][] => g[0].map((_, c) => g.map((row) => row[c]));

function mutate(p: ParamSpec, example: unknown, d: Dims): fc.Arbitrary<Arg> {
  const kept = fc.constant(copyArg(example));
  const others: fc.WeightedArbitrary<Arg>[] = [{ weight: 2, arbitrary: present(p, d) }];
  if (p.optional || p.default !== undefined) others.push({ weight: 1, arbitrary: omitted });
  if (isGrid(example)) {
    others.push(
      { weight: 3, arbitrary: replaceCells(p, example) },
      { weight: 2, arbitrary: scaleCells(example) },
      { weight: 1, arbitrary: reshapeRows(example) },
      { weight: 1, arbitrary: fc.constant(transpose(example)) },
    );
  } else if (typeof example === 'string') {
    others.push({ weight: 2, arbitrary: randomCase(example) });
  } else if (typeof example === 'number') {
    others.push({ weight: 2, arbitrary: fc.constantFrom(...FACTORS).map((f) => example * f) }, { weight: 1, arbitrary: fc.constant([[example]]) });
  }
  return fc.oneof({ weight: 8, arbitrary: kept }, ...others);
}

function copyArg(a: unknown): Arg {
  return Array.isArray(a) ? a.map(copyArg) : a;
}

function fromExamples(spec: FunctionSpec, maxSide: number): fc.Arbitrary<Arg[]> {
  return fc.tuple(fc.constantFrom(...spec.examples), dims(maxSide)).chain(([example, d]) =>
    fc.tuple(...spec.params.map((p, i) => mutate(p, i < example.args.length ? example.args[i] : null, d))),
  );
}

/** Arguments drawn from the parameters' types and shapes alone. */
function fromTypes(spec: FunctionSpec, maxSide: number): fc.Arbitrary<Arg[]> {
  return dims(maxSide).chain((d) => fc.tuple(...spec.params.map((p) => argument(p, d))));
}

/**
 * The arguments of one call, as Excel passes them: one per declared parameter
 * (an omitted one is null), sometimes followed by the invocation object Excel
 * appends. Half are grown from the spec's examples, half from its parameter types.
 */
export function argumentsFor(spec: FunctionSpec, maxSide: number): fc.Arbitrary<Arg[]> {
  const args = spec.examples.length > 0 ? fc.oneof(fromTypes(spec, maxSide), fromExamples(spec, maxSide)) : fromTypes(spec, maxSide);
  return fc
    .tuple(args, fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }))
    .map(([a, invocation]) => (invocation ? [...a, { address: 'Sheet1!A1', functionName: spec.name }] : a));
}

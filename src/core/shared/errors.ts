/**
 * The errors of the maths. The core knows nothing of Excel: it throws a
 * DomainError with a kind, and the Excel adapter maps the kind to an Excel
 * error value (see src/excel/errors.ts).
 *
 * Messages follow the catalogue's grammar without the function name, which the
 * adapter adds: "requires three ascending cut points" becomes
 * "NQP.SECURITY_LEVEL requires three ascending cut points"; any other message
 * is joined with a colon: "NQP.NORMALIZE: column 3 is constant".
 * Lowercase first word, no trailing period.
 */
export type ErrorKind =
  /** wrong type, text for a number, mismatched shapes, unknown option → #VALUE! */
  | 'value'
  /** too few observations, missing category, infeasible model → #N/A */
  | 'na'
  /** a zero denominator → #DIV/0! */
  | 'div0'
  /** outside the mathematical domain → #NUM! */
  | 'num';

/**
 * A message of the add-in's catalogue (src/excel/messages.ts): the id of its
 * template and the parameters, from which the adapter renders it in the
 * language Excel is displayed in. `message` stays the English text.
 */
export interface LocalizedMessage {
  readonly id: string;
  readonly params: Readonly<Record<string, unknown>>;
}

export class DomainError extends Error {
  readonly kind: ErrorKind;
  /**
   * The message's template, when it comes from the catalogue (the core's own messages have none yet: English only).
   * Not enumerable, so that it is not part of the error as a value (toEqual, JSON).
   */
  declare readonly localized?: LocalizedMessage;

  constructor(kind: ErrorKind, message = '', localized?: LocalizedMessage) {
    // A DomainError is an answer about the data, not a bug: it needs no stack
    // trace, and recording one made a range of a million error cells take seconds.
    const limit = (Error as { stackTraceLimit?: number }).stackTraceLimit;
    (Error as { stackTraceLimit?: number }).stackTraceLimit = 0;
    super(message);
    (Error as { stackTraceLimit?: number }).stackTraceLimit = limit;
    this.name = 'DomainError';
    this.kind = kind;
    if (localized !== undefined) Object.defineProperty(this, 'localized', { value: localized });
  }
}

export const valueError = (message: string): DomainError => new DomainError('value', message);
export const notAvailable = (message: string): DomainError => new DomainError('na', message);
export const divisionByZero = (message = ''): DomainError => new DomainError('div0', message);
export const numError = (message = ''): DomainError => new DomainError('num', message);

export const isDomainError = (x: unknown): x is DomainError => x instanceof DomainError;

/** A cell of a computed result: a value, or an error confined to that cell. */
export type Cell = number | string | boolean | DomainError;
export type Table = Cell[][];

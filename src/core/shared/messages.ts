/**
 * The core's message catalogue, family by family: each family of src/core has
 * a messages.ts with its English templates (EN: one function a message, its
 * parameters typed) and a messages-zh.ts with the Chinese ones (ZH: the same
 * ids and parameters, checked by the compiler). An error is made from its
 * family's catalogue (`fail(kind, id, params)`): its `message` is the English
 * text, as before, and it carries its template's id and parameters, from which
 * the adapter renders the language Excel is displayed in. The Chinese of every
 * family is one lazily loaded chunk (src/excel/core-messages-zh.ts), fetched
 * only where Excel is Chinese; until it is there, messages are English.
 *
 * Conventions (as the adapter's own catalogue, src/excel/messages.ts): no
 * function name (the adapter adds it); no final full stop; argument names,
 * option values, error codes, cell positions and numbers stay as they are.
 *
 * A message that wraps another (a period's label before the message of that
 * period's failure) takes the inner error as a parameter named `inner`
 * (`innerOf(error)`): its text in English, and its template, which the Chinese
 * rendering renders in Chinese too.
 */
import { DomainError, type ErrorKind, type LocalizedMessage } from './errors';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Templates = Record<string, (p: any) => string>;

/** The Chinese templates of a family: exactly its English ids, with the same parameters. */
export type ChineseOf<T extends Templates> = { readonly [K in keyof T]: T[K] };

/** An inner error as a parameter of a message that wraps it. */
export interface Inner {
  readonly text: string;
  readonly localized?: LocalizedMessage;
}

export const innerOf = (e: DomainError): Inner => ({ text: e.message, localized: e.localized });

/** A message without parameters: its template takes none (the error is made with `{}`, or without). */
export const plain = (text: string): ((p: Record<string, never>) => string) => () => text;

/** A whole number with thousands separators, as the messages write counts and limits: 1048576 → "1,048,576". */
export const group = (n: number): string => String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** The parameters `fail` takes for a template: its own, or none (or `{}`) for a template without any. */
type FailParams<F extends (p: never) => string> = Parameters<F> extends [] ? [params?: Record<string, never>] : [params: Parameters<F>[0]];

/** The error factory of a family's catalogue: `fail('value', 'notSquare', { rows, cols })`, `fail('na', 'noData')`. */
export function catalogue<T extends Templates>(family: string, en: T) {
  return <K extends keyof T & string>(kind: ErrorKind, id: K, ...rest: FailParams<T[K]>): DomainError => {
    const params = (rest[0] ?? {}) as Readonly<Record<string, unknown>>;
    return new DomainError(kind, en[id](params), { id: `${family}.${id}`, params });
  };
}

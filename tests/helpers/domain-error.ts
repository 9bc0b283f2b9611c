/** Assertions on the core's DomainError, shared by the core tests. */
import { DomainError } from '../../src/core/shared/errors';

/** Expects `run` to throw a DomainError of `kind` (and, if given, a message matching `message`). */
export function expectDomainError(run: () => unknown, kind: string, message?: RegExp): void {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).kind).toBe(kind);
    if (message) expect((e as DomainError).message).toMatch(message);
    return;
  }
  throw new Error('expected a DomainError');
}

/** The kind of DomainError `run` throws, 'other' for any other exception, 'none' when it returns. */
export function errorKindOf(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    return e instanceof DomainError ? e.kind : 'other';
  }
  return 'none';
}

/**
 * A stand-in for Excel's CustomFunctions object, where the add-in registers
 * its functions: keeps what is registered, and makes errors as plain objects
 * of code and message. Used by the tests of the registration and of the built
 * bundle, and by the benchmark's child processes (bench/bundle.ts).
 */
export type Registered = (...args: unknown[]) => unknown;

export class StandInError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export const STAND_IN_ERROR_CODES = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
};

/** A CustomFunctions stand-in; `associate` calls `register` for each function the add-in registers. */
export function standInCustomFunctions(register: (id: string, fn: Registered) => void) {
  return { associate: register, Error: StandInError, ErrorCode: STAND_IN_ERROR_CODES };
}

/**
 * The memory figures of npm run bench, measured in a child process started
 * with MEMORY_FLAGS: a young generation big enough that no collection runs
 * during one call, so the heap's growth over the call is everything it
 * allocated (an upper bound of its peak), garbage and result included.
 */
import { matrixCase } from './data';
import { allocatedBy, retainedBy, type Allocation } from './measure';
import { call, MATRIX_FUNCTIONS } from './main';

export const MEMORY_FLAGS = ['--expose-gc', '--min-semi-space-size=512', '--max-semi-space-size=512'];

export interface MemoryReport {
  /** The input data's size on the JS heap, as Excel's array of row arrays. */
  inputBytes: number;
  functions: Record<string, Allocation>;
}

export async function memoryChild(n: number, m: number): Promise<void> {
  const { value: c, bytes: inputBytes } = await retainedBy(() => matrixCase(n, m));
  const functions: Record<string, Allocation> = {};
  for (const f of MATRIX_FUNCTIONS) {
    const args = f.args(c);
    await call(f.name, args); // warm-up: compiled code and lazily built tables are not the call's memory
    functions[f.name] = await allocatedBy(() => call(f.name, args));
  }
  console.log(JSON.stringify({ inputBytes, functions } satisfies MemoryReport));
}

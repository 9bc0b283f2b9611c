/**
 * The memory figures of npm run bench, measured in a child process started
 * with MEMORY_FLAGS (a young generation big enough that few collections run
 * during one call) on the built bundle: everything a call allocates, on the JS
 * heap and in typed arrays' buffers, garbage and result included (an upper
 * bound of its peak; see allocatedBy), once the function's code is compiled.
 */
import { callRegistered, type Registered } from './bundle';
import { matrixCase } from './data';
import { MATRIX_FUNCTIONS } from './matrix';
import { allocatedBy, retainedBy, type Allocation } from './measure';

export const MEMORY_FLAGS = ['--expose-gc', '--min-semi-space-size=512', '--max-semi-space-size=512'];

const WARM_UP = 3;
const MEASURED = 3;

export interface MemoryReport {
  /** The input data's size on the JS heap, as Excel's array of row arrays. */
  inputBytes: number;
  functions: Record<string, Allocation>;
}

export async function memoryReport(registered: Map<string, Registered>, n: number, m: number): Promise<MemoryReport> {
  const { value: c, bytes: inputBytes } = await retainedBy(() => matrixCase(n, m));
  const functions: Record<string, Allocation> = {};
  for (const f of MATRIX_FUNCTIONS) {
    const args = f.args(c);
    const call = (): unknown => callRegistered(registered, f.name, args);
    // Warm-up, as for the timings: before V8 has compiled a loop, the interpreter boxes every
    // intermediate number it computes (16 bytes each), garbage that says nothing of the
    // function's memory; lazily built tables are not the call's memory either.
    for (let k = 0; k < WARM_UP; k++) call();
    // The fewest bytes of a few calls: the call's own allocations, once compiled.
    let best: Allocation | null = null;
    for (let k = 0; k < MEASURED; k++) {
      const a = await allocatedBy(call);
      if (best === null || a.bytes < best.bytes) best = a;
    }
    functions[f.name] = best as Allocation;
  }
  return { inputBytes, functions };
}

/** Timing and memory measurement for npm run bench. */
import v8 from 'v8';
import { PerformanceObserver, performance } from 'perf_hooks';

const gc = (): void => {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) g();
};

export interface Timing {
  /** Median of the timed runs, in milliseconds. */
  median: number;
  runs: number;
}

/**
 * Median wall time of `fn`: one untimed warm-up, then `reps` timed runs (fewer
 * when they exceed `budgetMs` in total, but at least 3), each after a full GC
 * so that one run's garbage is not collected on the next one's clock.
 */
export async function time(fn: () => unknown, reps: number, budgetMs = 4000): Promise<Timing> {
  await fn();
  const times: number[] = [];
  let spent = 0;
  for (let r = 0; r < reps && (r < 3 || spent < budgetMs); r++) {
    gc();
    const t0 = performance.now();
    await fn();
    const t = performance.now() - t0;
    times.push(t);
    spent += t;
  }
  return { median: median(times), runs: times.length };
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 === 1 ? s[h] : (s[h - 1] + s[h]) / 2;
}

const used = (): number => v8.getHeapStatistics().used_heap_size;
const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

/** The heap that `make` leaves live (after a full GC), in bytes. */
export async function retainedBy<T>(make: () => T): Promise<{ value: T; bytes: number }> {
  gc();
  await tick();
  gc();
  const before = used();
  const value = make();
  gc();
  await tick();
  gc();
  return { value, bytes: used() - before };
}

export interface Allocation {
  /** Bytes allocated on the JS heap during the call (result included). */
  bytes: number;
  /** Collections that ran during the call: if any, `bytes` is only a lower bound. */
  gcs: number;
}

/**
 * What one call allocates: the growth of the used heap from just after a full
 * GC to just after the call, run in a process started with a young generation
 * big enough that no collection runs in between (checked: `gcs`). That counts
 * every byte the call allocates, garbage included, so it bounds the call's
 * peak memory from above.
 */
export async function allocatedBy(fn: () => unknown): Promise<Allocation> {
  let gcs = 0;
  let t0 = 0;
  let t1 = 0;
  const seen: { start: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) seen.push({ start: e.startTime });
  });
  observer.observe({ entryTypes: ['gc'] });
  gc();
  await tick();
  gc();
  await tick();
  seen.length = 0;
  t0 = performance.now();
  const before = used();
  let result: unknown = fn();
  const after = used();
  t1 = performance.now();
  await tick();
  observer.disconnect();
  gcs = seen.filter((e) => e.start >= t0 && e.start <= t1).length;
  result = null;
  void result;
  return { bytes: after - before, gcs };
}

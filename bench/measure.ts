/** Timing and memory measurement for npm run bench. */
import v8 from 'v8';
import { performance } from 'perf_hooks';

const gc = (): void => {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) g();
};

export interface Timing {
  /** Median wall time of the timed runs, in milliseconds. */
  median: number;
  runs: number;
  /** The first call's time (before any warm-up: code not yet compiled), in milliseconds. */
  first: number;
}

/**
 * Median wall time of `fn`: `warmUps` untimed calls (the first one's time is
 * kept as `first`), then `reps` timed runs (fewer when they exceed `budgetMs`
 * in total, but at least 3), each after a full GC so that one run's garbage is
 * not collected on the next one's clock.
 */
export async function time(fn: () => unknown, reps: number, budgetMs = 4000, warmUps = 1): Promise<Timing> {
  const t = performance.now();
  await fn();
  const first = performance.now() - t;
  for (let k = 1; k < warmUps; k++) await fn();
  const times: number[] = [];
  let spent = 0;
  for (let r = 0; r < reps && (r < 3 || spent < budgetMs); r++) {
    gc();
    const t0 = performance.now();
    await fn();
    const dt = performance.now() - t0;
    times.push(dt);
    spent += dt;
  }
  return { median: median(times), runs: times.length, first };
}

/**
 * Two functions timed in alternation (a, b, a, b, …), each run after a full GC,
 * so that both see the same machine (a slow patch slows both, not one): the
 * ratio of their medians is steadier than from two separate series. Each gets
 * `warmUps` untimed calls first; the first call's time is kept as `first`.
 */
export async function timeAlternating(a: () => unknown, b: () => unknown, reps: number, warmUps = 1): Promise<[Timing, Timing]> {
  const firsts: number[] = [];
  for (const fn of [a, b]) {
    const t = performance.now();
    await fn();
    firsts.push(performance.now() - t);
    for (let k = 1; k < warmUps; k++) await fn();
  }
  const times: [number[], number[]] = [[], []];
  for (let r = 0; r < reps; r++) {
    for (const [i, fn] of [a, b].entries()) {
      gc();
      const t0 = performance.now();
      await fn();
      times[i].push(performance.now() - t0);
    }
  }
  return [
    { median: median(times[0]), runs: reps, first: firsts[0] },
    { median: median(times[1]), runs: reps, first: firsts[1] },
  ];
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 === 1 ? s[h] : (s[h - 1] + s[h]) / 2;
}

const used = (): number => v8.getHeapStatistics().used_heap_size;
const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

/**
 * Full collections until the used heap stops shrinking (to within 1 KB, at most 10 rounds): code
 * compiled a moment ago (a bundle just loaded) is flushed over several collections, which would
 * otherwise be counted against whatever is measured next.
 */
async function settle(): Promise<void> {
  let last = Infinity;
  for (let k = 0; k < 10; k++) {
    gc();
    await tick();
    const now = used();
    if (last - now < 1024) return;
    last = now;
  }
}

/** The heap that `make` leaves live (after full collections), in bytes. */
export async function retainedBy<T>(make: () => T): Promise<{ value: T; bytes: number }> {
  await settle();
  const before = used();
  const value = make();
  await settle();
  return { value, bytes: used() - before };
}

export interface Allocation {
  /** Bytes allocated during the call, result included: on the JS heap plus typed arrays' buffers (outside it). */
  bytes: number;
  /** Of which typed arrays' buffers (V8's external memory). */
  external: number;
  /** Collections that ran during the call; what they freed is counted, so `bytes` stays the total allocated. */
  gcs: number;
}

const external = (): number => v8.getHeapStatistics().external_memory;

/**
 * What one call allocates: the growth of the used heap and of the external
 * memory (typed arrays' buffers, which live outside the JS heap) from just
 * after a full GC to just after the call, plus whatever a collection freed in
 * between (v8.GCProfiler: used heap and external memory before and after each
 * collection), so garbage is counted even when a collection runs. That counts
 * every byte the call allocates, so it bounds the call's peak memory from above.
 */
export async function allocatedBy(fn: () => unknown): Promise<Allocation> {
  gc();
  await tick();
  gc();
  await tick();
  const profiler = new v8.GCProfiler();
  profiler.start();
  const before = used();
  const externalBefore = external();
  let result: unknown = fn();
  const after = used();
  const externalAfter = external();
  const stats = profiler.stop();
  result = null;
  void result;
  let freed = 0;
  let freedExternal = 0;
  for (const g of stats.statistics) {
    freed += g.beforeGC.heapStatistics.usedHeapSize - g.afterGC.heapStatistics.usedHeapSize;
    freedExternal += g.beforeGC.heapStatistics.externalMemory - g.afterGC.heapStatistics.externalMemory;
  }
  const ext = externalAfter - externalBefore + freedExternal;
  return { bytes: after - before + freed + ext, external: ext, gcs: stats.statistics.length };
}

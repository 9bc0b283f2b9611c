/**
 * Cooperative yielding for long computations. Excel's JavaScript runtime is
 * single-threaded and Office restarts an add-in that stays unresponsive for
 * 5 s, so a function whose work can exceed a fraction of a second is written
 * as an async loop that calls `await pacer.tick()` between pieces of work:
 * after 40 ms of work it yields once to the event loop (Excel, the task pane
 * and other calls run), then carries on.
 */
export class Pacer {
  private last = Date.now();

  constructor(private readonly sliceMs = 40) {}

  async tick(): Promise<void> {
    if (Date.now() - this.last < this.sliceMs) return;
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    this.last = Date.now();
  }
}

/**
 * A loader that runs once: every call shares its promise, and a failed load is
 * forgotten, so that the next call tries again (a dropped connection, say).
 * The lazily loaded chunks use it: the LP solver, the ISIC classification, the
 * Chinese of the messages, the template definitions and the pane's live maths.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () =>
    (pending ??= load().catch((e: unknown) => {
      pending = null;
      throw e;
    }));
}

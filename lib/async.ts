// Small async helpers shared across contexts.

/** Settles like `promise`, or with `fallback()` once `ms` have passed without an answer. A message to a
 *  service worker that stops mid-flight can stay unanswered; code holding a lock (one lookup in flight)
 *  must not wait for it forever. */
export function withTimeout<T>(promise: Promise<T>, ms: number, fallback: () => T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback()), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

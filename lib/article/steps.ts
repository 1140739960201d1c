// Detection as a sequence of small steps, so that the page is not blocked while it runs. Each stage of
// detection is a generator that yields between steps (and every few hundred nodes of the page walk);
// the yielded label names the stage (the bench's profile reads it). Two runners: `runSteps` drains it
// at once (CLI, tests, Node tools: the same result, synchronously) and `runSliced` gives the page's
// event loop a turn whenever a slice has run for `budgetMs`, which keeps the content script's longest
// blocking stretch short on huge pages.

/** A stage of detection: yields labels between steps, returns its result. */
export type Steps<T> = Generator<string, T, void>;

/** Runs `steps` to the end now. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export interface SliceOptions {
  /** Give the event loop a turn once a slice has run this long (ms). */
  budgetMs?: number;
  /** How to give the event loop a turn (a macrotask: input and rendering run before it resolves). */
  pause?: () => Promise<void>;
  /** The clock (ms); performance.now by default. */
  clock?: () => number;
}

/** A macrotask turn. setTimeout, not a page-visible channel: the page cannot answer it for us. */
const macrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Runs `steps` in slices of about `budgetMs`, pausing between them. */
export async function runSliced<T>(steps: Steps<T>, options: SliceOptions = {}): Promise<T> {
  const { budgetMs = 8, pause = macrotask, clock = () => performance.now() } = options;
  let sliceStart = clock();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (clock() - sliceStart >= budgetMs) {
      await pause();
      sliceStart = clock();
    }
  }
}

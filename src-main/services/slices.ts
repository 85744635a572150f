/** How many rows of CPU work run before the event loop is let go: a few milliseconds' worth. */
export const SLICE_ROWS = 500

/** Lets timers and I/O run (a check-in at the door) between slices of CPU work on a large file. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

/** `items.map(work)`, a slice at a time, so a 10,000-row import never holds the main process for long. */
export async function mapInSlices<T, R>(items: readonly T[], work: (item: T) => R): Promise<R[]> {
  const results: R[] = []
  for (let start = 0; start < items.length; start += SLICE_ROWS) {
    if (start > 0) await yieldToEventLoop()
    for (const item of items.slice(start, start + SLICE_ROWS)) results.push(work(item))
  }
  return results
}

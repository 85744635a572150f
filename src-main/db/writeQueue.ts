/**
 * Runs async jobs one at a time, in arrival order. node-sqlite3 would otherwise
 * interleave the statements of two transactions begun by concurrent callers.
 */
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve()

  enqueue<T>(job: () => Promise<T>): Promise<T> {
    const result = this.tail.then(job, job)
    this.tail = result.catch(() => undefined)
    return result
  }
}

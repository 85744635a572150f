/**
 * Wraps a search so at most one call is in flight: calls made meanwhile collapse into one more call after it,
 * which reads the newest input. Typing faster than the answers come then never queues searches nobody will see,
 * and the last keystroke's search always runs.
 */
export function latestOnly(task: () => Promise<void>): () => Promise<void> {
  let inFlight: Promise<void> | undefined
  let followUp: Promise<void> | undefined
  const request = (): Promise<void> => {
    if (!inFlight) {
      inFlight = task().finally(() => (inFlight = undefined))
      return inFlight
    }
    followUp ??= inFlight
      .catch(() => undefined)
      .then(() => {
        followUp = undefined
        return request()
      })
    return followUp
  }
  return request
}

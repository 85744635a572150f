/** The slide to get ready next: the one nearest the current slide not kept yet, later before earlier; none when all are kept. */
export function nearestMissingSlide(count: number, current: number, kept: ReadonlySet<number>): number | undefined {
  for (let distance = 0; distance < count; distance++) {
    for (const index of [current + distance, current - distance]) {
      if (index >= 0 && index < count && !kept.has(index)) return index
    }
  }
  return undefined
}

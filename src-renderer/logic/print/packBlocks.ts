/** Greedily fills pages with blocks of known height; a block taller than a page gets a page of its own. */
export function packBlocks(heights: readonly number[], firstCapacity: number, capacity: number, gap = 0): number[][] {
  const pages: number[][] = [[]]
  let used = 0
  heights.forEach((height, index) => {
    const room = pages.length === 1 ? firstCapacity : capacity
    const needed = (pages[pages.length - 1].length > 0 ? gap : 0) + height
    if (pages[pages.length - 1].length > 0 && used + needed > room) {
      pages.push([index])
      used = height
    } else {
      pages[pages.length - 1].push(index)
      used += needed
    }
  })
  return pages
}

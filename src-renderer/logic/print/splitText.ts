/**
 * Splits text into pieces that each fit one box, measuring with the real font so nothing is cut off.
 * `fits(text, pieceIndex)` says whether the text fits the box for that piece (the first box may be smaller).
 * Breaks after punctuation or spaces where it can; a piece always holds at least one character.
 */
export function splitTextToFit(text: string, fits: (text: string, pieceIndex: number) => boolean): string[] {
  const pieces: string[] = []
  let rest = text
  while (rest.length > 0) {
    const index = pieces.length
    if (fits(rest, index)) {
      pieces.push(rest)
      break
    }
    let low = 1
    let high = rest.length - 1
    while (low < high) {
      const middle = Math.ceil((low + high) / 2)
      if (fits(rest.slice(0, middle), index)) low = middle
      else high = middle - 1
    }
    const cut = niceBreak(rest, low)
    pieces.push(rest.slice(0, cut).trimEnd())
    rest = rest.slice(cut).trimStart()
  }
  return pieces.length > 0 ? pieces : ['']
}

const BREAK_AFTER = /[\s。！？；，、,.;!?:：\n]/

/** The latest good break at or before `limit`, unless that would waste more than a fifth of the box. */
function niceBreak(text: string, limit: number): number {
  for (let cut = limit; cut > Math.floor(limit * 0.8); cut--) {
    if (BREAK_AFTER.test(text[cut - 1])) return cut
  }
  return limit
}

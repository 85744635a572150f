const PHONE_LIKE = /(\d[\d-]{3,}\d)/

/** Splits text so phone numbers can be kept on one line: "0471-" at a line's end cannot be dialled. */
export function keepNumbersWhole(text: string): { text: string; number: boolean }[] {
  return text
    .split(PHONE_LIKE)
    .filter((piece) => piece.length > 0)
    .map((piece) => ({ text: piece, number: PHONE_LIKE.test(piece) }))
}

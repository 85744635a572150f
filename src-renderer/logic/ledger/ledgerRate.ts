/** A share of a total, or null when there is nothing to divide by (as the ledger API computes it). */
export function rate(part: number, whole: number | null): number | null {
  return whole && whole > 0 ? part / whole : null
}

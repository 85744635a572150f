/** A row version's clock stamp: the newer is the larger HLC, ties broken by the device id so every laptop agrees. */
export interface VersionStamp {
  sync_hlc: number
  sync_origin: string
  sync_prev: number | null
}

export function isNewer(a: VersionStamp, b: VersionStamp): boolean {
  return a.sync_hlc !== b.sync_hlc ? a.sync_hlc > b.sync_hlc : a.sync_origin > b.sync_origin
}

export function sameVersion(a: VersionStamp, b: VersionStamp): boolean {
  return a.sync_hlc === b.sync_hlc && a.sync_origin === b.sync_origin
}

/**
 * Two versions are concurrent edits when neither was made on top of the other. A version remembers the clock of
 * the one it was edited from (sync_prev); a device's clock has passed everything it had seen, so a later edit of a
 * version, or of anything newer, has a sync_prev at least that version's clock.
 */
export function areConcurrent(a: VersionStamp, b: VersionStamp): boolean {
  const aFromB = a.sync_prev !== null && a.sync_prev >= b.sync_hlc
  const bFromA = b.sync_prev !== null && b.sync_prev >= a.sync_hlc
  return !aFromB && !bFromA
}

import { randomBytes } from 'node:crypto'

let lastMs = 0
let counter = 0
/** Random bytes drawn a few kilobytes at a time: one call per id costs more than the rest of the id. */
let pool = Buffer.alloc(0)
let poolOffset = 0

function randomBlock(): Buffer {
  if (poolOffset + 16 > pool.length) {
    pool = randomBytes(16 * 256)
    poolOffset = 0
  }
  poolOffset += 16
  return Buffer.from(pool.subarray(poolOffset - 16, poolOffset))
}

/**
 * A UUID version 7 (RFC 9562): the time in milliseconds first, then a counter, then random bits, so ids made
 * one after another sort in the order they were made. Thousands of rows an import adds then land at the end of
 * each index on their ids instead of on a page all over it, which keeps the import's transaction short.
 */
export function timeOrderedId(now = Date.now()): string {
  if (now > lastMs) {
    lastMs = now
    counter = 0
  } else if (++counter > 0xfff) {
    lastMs += 1
    counter = 0
  }
  const bytes = randomBlock()
  bytes.writeUIntBE(lastMs, 0, 6)
  bytes[6] = 0x70 | (counter >> 8)
  bytes[7] = counter & 0xff
  bytes[8] = 0x80 | (bytes[8] & 0x3f)
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

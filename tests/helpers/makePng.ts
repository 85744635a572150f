import { randomFillSync } from 'node:crypto'
import { deflateSync } from 'node:zlib'

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A real RGB PNG of a diagonal two-colour pattern, for tests that upload a photo. */
export function makePng(
  width: number,
  height: number,
  colours: [[number, number, number], [number, number, number]] = [
    [31, 78, 150],
    [198, 40, 40],
  ],
): Buffer {
  return encodePng(width, height, (rows) => {
    for (let y = 0; y < height; y++) {
      const start = y * (width * 3 + 1)
      for (let x = 0; x < width; x++) rows.set(colours[x + y < (width + height) / 2 ? 0 : 1], start + 1 + x * 3)
    }
  })
}

/** Random pixels, which do not compress: a PNG about width × height × 3 bytes, for size-limit tests. */
export function makeNoisePng(width: number, height: number): Buffer {
  return encodePng(width, height, (rows) => {
    randomFillSync(rows)
    for (let y = 0; y < height; y++) rows[y * (width * 3 + 1)] = 0
  })
}

function encodePng(width: number, height: number, paint: (rows: Buffer) => void): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const rows = Buffer.alloc((width * 3 + 1) * height)
  paint(rows)
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))])
}

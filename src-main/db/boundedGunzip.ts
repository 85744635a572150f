import { createGunzip } from 'node:zlib'

export class OutputTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`decompressed data exceeds ${limitBytes} bytes`)
    this.name = 'OutputTooLargeError'
  }
}

/**
 * Gunzips `bytes` as a stream and gives up as soon as the output passes `limitBytes`, so a
 * small file that inflates to gigabytes (a gzip bomb) costs at most `limitBytes` of memory
 * and the time to inflate that much, and never blocks the event loop in one piece.
 */
export function gunzipWithLimit(bytes: Buffer, limitBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // 1 MiB output chunks: with the default 16 KiB, reaching a 256 MiB cap takes seven times longer
    const gunzip = createGunzip({ chunkSize: 1024 * 1024 })
    const chunks: Buffer[] = []
    let total = 0
    gunzip.on('data', (chunk: Buffer) => {
      total += chunk.length
      if (total > limitBytes) {
        chunks.length = 0
        gunzip.destroy(new OutputTooLargeError(limitBytes))
        return
      }
      chunks.push(chunk)
    })
    gunzip.on('error', reject)
    gunzip.on('end', () => resolve(Buffer.concat(chunks, total)))
    gunzip.end(bytes)
  })
}

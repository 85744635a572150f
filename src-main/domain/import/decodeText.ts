const UTF8_BOM = [0xef, 0xbb, 0xbf]

/**
 * A CSV file's text. Excel on Chinese Windows saves "CSV" as GBK unless told otherwise, so
 * bytes that are not valid UTF-8 are read as GB18030 (which contains GBK).
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (UTF8_BOM.every((byte, index) => bytes[index] === byte)) return new TextDecoder('utf-8').decode(bytes.subarray(3))
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('gb18030').decode(bytes)
  }
}

export type DeckImageMime = 'image/png' | 'image/jpeg' | 'image/webp'

export const MAX_DECK_IMAGE_BYTES = 5 * 1024 * 1024

/** The picture's real type from its first bytes; a renamed file of another kind is refused. */
export function detectImageType(bytes: Uint8Array): DeckImageMime | undefined {
  const starts = (signature: number[], offset = 0) => signature.every((byte, index) => bytes[offset + index] === byte)
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp'
  return undefined
}

const EXTENSION: Record<DeckImageMime, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' }

/** A file name the deck format accepts ([\w.-]), keeping the worker's name where it can. */
export function safeImageName(original: string, mime: DeckImageMime, suffix: string): string {
  const stem = original
    .replace(/\.[^.]*$/, '')
    .replace(/[^\w-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
  return `${stem || 'image'}-${suffix}.${EXTENSION[mime]}`
}

const MIDDLE_DOTS = /[\u00B7\u2022\u2027\u30FB\uFF0E\u2219\u22C5\u00B7.]/g
const ALLOWED_NAME = /^[\p{Script=Han}A-Za-z\u00C0-\u024F·' -]+$/u
export const MAX_NAME_LENGTH = 40

/** Trims, collapses spaces, and writes every kind of middle dot as · (as in 阿依古丽·买买提). */
export function normalizePersonName(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(MIDDLE_DOTS, '·')
    .replace(/\s*·\s*/g, '·')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Chinese characters, middle dots and Latin letters (with spaces, hyphens, apostrophes) only. */
export function isValidPersonName(name: string): boolean {
  return name.length > 0 && name.length <= MAX_NAME_LENGTH && ALLOWED_NAME.test(name) && /[\p{Script=Han}A-Za-z\u00C0-\u024F]/u.test(name)
}

/** The same name once both are normalised; Latin letters in any case. */
export function isSamePersonName(a: string, b: string): boolean {
  return normalizePersonName(a).toLowerCase() === normalizePersonName(b).toLowerCase()
}

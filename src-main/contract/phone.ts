const SEPARATORS = /[\s\-()（）.·]/g
const CHINA_MOBILE = /^1[3-9]\d{9}$/
/** Area codes are 0 + 2 digits (010, 020–029) or 0 + 3 digits; local numbers have 7 or 8 digits and never start with 0 or 1. */
const LANDLINE_WITH_AREA = /^(0[12]\d|0[3-9]\d{2})([2-9]\d{6,7})$/
const LANDLINE_LOCAL = /^[2-9]\d{6,7}$/

function plainDigits(raw: string): string {
  return raw
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[\uFF08\uFF09\uFF0D\u2014\u2013]/g, '-')
    .replace(SEPARATORS, '')
}

/**
 * A Chinese mobile number as 11 digits, or null when it is not one.
 * Spaces, dashes, brackets and a +86 / 0086 / 86 prefix are accepted and dropped.
 */
export function normalizeChinaMobile(raw: string): string | null {
  let digits = plainDigits(raw)
  if (digits.startsWith('+86')) digits = digits.slice(3)
  else if (digits.startsWith('0086')) digits = digits.slice(4)
  else if (digits.length === 13 && digits.startsWith('86')) digits = digits.slice(2)
  return CHINA_MOBILE.test(digits) ? digits : null
}

/**
 * A fixed-line number as "0471-6281234", or "6281234" when written without its area code;
 * null when it is not one. Families share a landline, so it never identifies a person.
 */
export function normalizeChinaLandline(raw: string): string | null {
  const digits = plainDigits(raw)
  const withArea = LANDLINE_WITH_AREA.exec(digits)
  if (withArea) return `${withArea[1]}-${withArea[2]}`
  return LANDLINE_LOCAL.test(digits) ? digits : null
}

export type PhoneNumber = { kind: 'mobile' | 'landline'; number: string }

/** Whichever kind of number a cell holds: a mobile first, else a landline, else null. */
export function readPhoneNumber(raw: string): PhoneNumber | null {
  const mobile = normalizeChinaMobile(raw)
  if (mobile) return { kind: 'mobile', number: mobile }
  const landline = normalizeChinaLandline(raw)
  return landline ? { kind: 'landline', number: landline } : null
}

/** 138****1234: enough to tell people apart, not enough to call them. */
export function maskPhone(phone: string | null | undefined): string {
  if (!phone) return ''
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : '****'
}

/** 0471-****234: the area code and the last three digits, as a mobile keeps its first three and last four. */
export function maskLandline(landline: string | null | undefined): string {
  if (!landline) return ''
  const dash = landline.indexOf('-')
  return `${landline.slice(0, dash + 1)}****${landline.slice(-3)}`
}

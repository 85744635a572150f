const SEPARATORS = /[\s\-()（）.·]/g
const CHINA_MOBILE = /^1[3-9]\d{9}$/

/**
 * A Chinese mobile number as 11 digits, or null when it is not one.
 * Spaces, dashes, brackets and a +86 / 0086 / 86 prefix are accepted and dropped.
 */
export function normalizeChinaMobile(raw: string): string | null {
  let digits = raw.replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(SEPARATORS, '')
  if (digits.startsWith('+86')) digits = digits.slice(3)
  else if (digits.startsWith('0086')) digits = digits.slice(4)
  else if (digits.length === 13 && digits.startsWith('86')) digits = digits.slice(2)
  return CHINA_MOBILE.test(digits) ? digits : null
}

/** 138****1234: enough to tell people apart, not enough to call them. */
export function maskPhone(phone: string | null | undefined): string {
  if (!phone) return ''
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : '****'
}

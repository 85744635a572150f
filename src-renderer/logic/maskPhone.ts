import { maskPhone, normalizeChinaMobile } from '@contract/phone'

/** What the worker typed, shown the way every list shows phones: 138****1234, or nothing. */
export function maskedPhoneOf(typed: string): string {
  return maskPhone(normalizeChinaMobile(typed))
}

import type { PhoneQuizShare } from '@contract/phoneQuiz'

/** “40%” for a share of right answers; nothing when nobody answered. */
export function percent(share: PhoneQuizShare | { share: number | null }): string {
  return share.share === null ? '—' : `${Math.round(share.share * 100)}%`
}

import type { PhoneQuizShare } from '@contract/phoneQuiz'

/** “40%” for a share of right answers; nothing when nobody answered. */
export function percent(share: PhoneQuizShare | { share: number | null }): string {
  return share.share === null ? '—' : `${Math.round(share.share * 100)}%`
}

/** A ledger row's before/after quiz as “25% → 100%”, or nothing when the talk had no phone quiz. */
export function quizShift(row: { quizBefore: number | null; quizAfter: number | null }): string {
  if (row.quizBefore === null && row.quizAfter === null) return ''
  return `${percent({ share: row.quizBefore })} → ${percent({ share: row.quizAfter })}`
}

export function anyQuiz(rows: readonly { quizBefore: number | null; quizAfter: number | null }[]): boolean {
  return rows.some((row) => row.quizBefore !== null || row.quizAfter !== null)
}

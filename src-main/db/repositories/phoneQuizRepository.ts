import type { SqliteConnection } from '../sqliteConnection'
import type { LocalizedText } from '../../contract/deckFormat'
import type { PhoneQuizPhase } from '../../contract/phoneQuiz'

export interface NewPhoneQuizAnswer {
  id: string
  sessionId: string
  roundId: string
  phase: PhoneQuizPhase
  slideId: string
  question: LocalizedText
  choice: number
  correct: boolean
  timestamp: string
}

export async function insertPhoneQuizAnswer(tx: SqliteConnection, answer: NewPhoneQuizAnswer): Promise<void> {
  await tx.run(
    `INSERT INTO phone_quiz_answers (id, session_id, round_id, phase, slide_id, question, choice, correct, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      answer.id,
      answer.sessionId,
      answer.roundId,
      answer.phase,
      answer.slideId,
      JSON.stringify(answer.question),
      answer.choice,
      answer.correct ? 1 : 0,
      answer.timestamp,
      answer.timestamp,
    ],
  )
}

export interface PrePostRow {
  phase: 'before' | 'after'
  slideId: string
  question: LocalizedText
  answers: number
  correct: number
}

/** Answers and right answers per before/after question of a session, in the order the questions were first asked. */
export async function prePostCounts(db: SqliteConnection, sessionId: string): Promise<PrePostRow[]> {
  const rows = await db.all<{ phase: 'before' | 'after'; slide_id: string; question: string; answers: number; correct: number }>(
    `SELECT phase, slide_id, MAX(question) AS question, COUNT(*) AS answers, SUM(correct) AS correct, MIN(rowid) AS first_row
       FROM phone_quiz_answers WHERE session_id = ? AND phase IN ('before', 'after')
      GROUP BY phase, slide_id ORDER BY first_row`,
    [sessionId],
  )
  return rows.map((row) => ({ phase: row.phase, slideId: row.slide_id, question: JSON.parse(row.question) as LocalizedText, answers: row.answers, correct: row.correct }))
}

/** Before/after shares for many sessions at once (the ledger): answers and right answers per session and phase. */
export async function prePostTotals(db: SqliteConnection, sessionIds: string[]): Promise<Map<string, { before: [number, number]; after: [number, number] }>> {
  const totals = new Map<string, { before: [number, number]; after: [number, number] }>()
  if (sessionIds.length === 0) return totals
  const rows = await db.all<{ session_id: string; phase: 'before' | 'after'; answers: number; correct: number }>(
    `SELECT session_id, phase, COUNT(*) AS answers, SUM(correct) AS correct FROM phone_quiz_answers
      WHERE phase IN ('before', 'after') AND session_id IN (SELECT value FROM json_each(?)) GROUP BY session_id, phase`,
    [JSON.stringify(sessionIds)],
  )
  for (const row of rows) {
    const entry = totals.get(row.session_id) ?? { before: [0, 0], after: [0, 0] }
    entry[row.phase] = [row.answers, row.correct]
    totals.set(row.session_id, entry)
  }
  return totals
}

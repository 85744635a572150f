import type { SqliteConnection } from '../sqliteConnection'
import type { DeckShow, QuizResult } from '../../contract/presentations'
import type { LocalizedText } from '../../contract/deckFormat'

interface ShowRow {
  id: string
  session_id: string | null
  deck_id: string
  deck_title: string
  variables: string
  started_at: string
  ended_at: string | null
}

interface QuizRow {
  show_id: string
  slide_id: string
  question: string
  correct_hands: number
  total_hands: number | null
  updated_at: string
}

export interface NewShow {
  id: string
  sessionId: string | null
  deckId: string
  deckTitle: LocalizedText
  variables: Record<string, string>
  startedAt: string
}

function toQuiz(row: QuizRow): QuizResult {
  return {
    slideId: row.slide_id,
    question: JSON.parse(row.question) as LocalizedText,
    correctHands: row.correct_hands,
    totalHands: row.total_hands,
    recordedAt: row.updated_at,
  }
}

function toShow(row: ShowRow, quiz: QuizRow[]): DeckShow {
  return {
    id: row.id,
    sessionId: row.session_id,
    deckId: row.deck_id,
    deckTitle: JSON.parse(row.deck_title) as LocalizedText,
    variables: JSON.parse(row.variables) as Record<string, string>,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    quiz: quiz.filter((q) => q.show_id === row.id).map(toQuiz),
  }
}

export async function insertShow(tx: SqliteConnection, show: NewShow): Promise<void> {
  await tx.run(
    `INSERT INTO deck_shows (id, session_id, deck_id, deck_title, variables, started_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [show.id, show.sessionId, show.deckId, JSON.stringify(show.deckTitle), JSON.stringify(show.variables), show.startedAt, show.startedAt, show.startedAt],
  )
}

export async function endShow(tx: SqliteConnection, id: string, endedAt: string): Promise<boolean> {
  return (await tx.run('UPDATE deck_shows SET ended_at = COALESCE(ended_at, ?), updated_at = ? WHERE id = ?', [endedAt, endedAt, id])).changes > 0
}

async function showsWhere(db: SqliteConnection, where: string, params: unknown[]): Promise<DeckShow[]> {
  const rows = await db.all<ShowRow>(`SELECT * FROM deck_shows WHERE ${where} ORDER BY started_at, id`, params)
  if (!rows.length) return []
  const quiz = await db.all<QuizRow>(
    `SELECT * FROM deck_quiz_results WHERE show_id IN (${rows.map(() => '?').join(', ')}) ORDER BY created_at, slide_id`,
    rows.map((row) => row.id),
  )
  return rows.map((row) => toShow(row, quiz))
}

export async function findShow(db: SqliteConnection, id: string): Promise<DeckShow | undefined> {
  return (await showsWhere(db, 'id = ?', [id]))[0]
}

export function listShowsForSession(db: SqliteConnection, sessionId: string): Promise<DeckShow[]> {
  return showsWhere(db, 'session_id = ?', [sessionId])
}

export interface QuizCount {
  id: string
  showId: string
  slideId: string
  question: LocalizedText
  correctHands: number
  totalHands: number | null
  timestamp: string
}

export async function upsertQuizResult(tx: SqliteConnection, count: QuizCount): Promise<QuizResult> {
  await tx.run(
    `INSERT INTO deck_quiz_results (id, show_id, slide_id, question, correct_hands, total_hands, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (show_id, slide_id) DO UPDATE SET correct_hands = excluded.correct_hands,
       total_hands = excluded.total_hands, updated_at = excluded.updated_at`,
    [count.id, count.showId, count.slideId, JSON.stringify(count.question), count.correctHands, count.totalHands, count.timestamp, count.timestamp],
  )
  const row = await tx.get<QuizRow>('SELECT * FROM deck_quiz_results WHERE show_id = ? AND slide_id = ?', [count.showId, count.slideId])
  return toQuiz(row!)
}

export async function saveSessionVariables(tx: SqliteConnection, sessionId: string, values: Record<string, string>, timestamp: string): Promise<void> {
  await tx.run(
    `INSERT INTO session_deck_settings (session_id, variables, created_at, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (session_id) DO UPDATE SET variables = excluded.variables, updated_at = excluded.updated_at`,
    [sessionId, JSON.stringify(values), timestamp, timestamp],
  )
}

export async function sessionVariables(db: SqliteConnection, sessionId: string): Promise<Record<string, string> | undefined> {
  const row = await db.get<{ variables: string }>('SELECT variables FROM session_deck_settings WHERE session_id = ?', [sessionId])
  return row && (JSON.parse(row.variables) as Record<string, string>)
}

export async function latestShowVariables(db: SqliteConnection): Promise<Record<string, string>> {
  const row = await db.get<{ variables: string }>(`SELECT variables FROM deck_shows WHERE variables != '{}' ORDER BY started_at DESC LIMIT 1`)
  return row ? (JSON.parse(row.variables) as Record<string, string>) : {}
}

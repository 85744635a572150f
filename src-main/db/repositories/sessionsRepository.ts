import type { SqliteConnection } from '../sqliteConnection'
import type { Session } from '../../api/contracts/sessions'

interface SessionRow {
  id: string
  title: string
  starts_at: string
  duration_minutes: number | null
  place: string
  presenters: string
  audience: Session['audience']
  status: Session['status']
  notes: string
  registered: number
  present: number
  created_at: string
  updated_at: string
}

export type NewSession = Omit<Session, 'registered' | 'present'>

const selectSessions = `
  SELECT s.*,
    (SELECT COUNT(*) FROM attendance a WHERE a.session_id = s.id) AS registered,
    (SELECT COUNT(*) FROM attendance a WHERE a.session_id = s.id AND a.checked_in_at IS NOT NULL) AS present
  FROM sessions s`

function toSession(row: SessionRow): Session {
  return {
    id: row.id,
    title: row.title,
    startsAt: row.starts_at,
    durationMinutes: row.duration_minutes,
    place: row.place,
    presenters: row.presenters,
    audience: row.audience,
    status: row.status,
    notes: row.notes,
    registered: row.registered,
    present: row.present,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export async function insertSession(tx: SqliteConnection, session: NewSession): Promise<void> {
  await tx.run(
    `INSERT INTO sessions (id, title, starts_at, duration_minutes, place, presenters, audience, status, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      session.id,
      session.title,
      session.startsAt,
      session.durationMinutes,
      session.place,
      session.presenters,
      session.audience,
      session.status,
      session.notes,
      session.createdAt,
      session.updatedAt,
    ],
  )
}

export async function findSession(db: SqliteConnection, id: string): Promise<Session | undefined> {
  const row = await db.get<SessionRow>(`${selectSessions} WHERE s.id = ?`, [id])
  return row && toSession(row)
}

export async function listSessions(db: SqliteConnection): Promise<Session[]> {
  const rows = await db.all<SessionRow>(`${selectSessions} ORDER BY s.starts_at DESC, s.created_at DESC`)
  return rows.map(toSession)
}

export async function sessionExists(db: SqliteConnection, id: string): Promise<boolean> {
  return (await db.get('SELECT 1 AS found FROM sessions WHERE id = ?', [id])) !== undefined
}

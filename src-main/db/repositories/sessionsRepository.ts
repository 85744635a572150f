import type { SqliteConnection } from '../sqliteConnection'
import { recordSessionDeletion } from '../deletionLog'
import type { Session, SessionListFilters } from '../../contract/sessions'
import { rangeEndExclusive, rangeStart } from '../../contract/dayBounds'

interface SessionRow {
  id: string
  title: string
  starts_at: string
  duration_minutes: number | null
  place: string
  community: string
  neighbourhood: string
  building: string
  presenters: string
  audience: Session['audience']
  status: Session['status']
  activity_type: Session['activityType']
  notes: string
  registered: number
  present: number
  created_at: string
  updated_at: string
}

export type SessionRecord = Omit<Session, 'registered' | 'present'>

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
    community: row.community,
    neighbourhood: row.neighbourhood,
    building: row.building,
    presenters: row.presenters,
    audience: row.audience,
    status: row.status,
    activityType: row.activity_type,
    notes: row.notes,
    registered: row.registered,
    present: row.present,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

function sessionValues(session: SessionRecord): unknown[] {
  return [
    session.title,
    session.startsAt,
    session.durationMinutes,
    session.place,
    session.community,
    session.neighbourhood,
    session.building,
    session.presenters,
    session.audience,
    session.status,
    session.notes,
    session.activityType,
  ]
}

export async function insertSession(tx: SqliteConnection, session: SessionRecord): Promise<void> {
  await tx.run(
    `INSERT INTO sessions (title, starts_at, duration_minutes, place, community, neighbourhood, building, presenters, audience, status, notes, activity_type, id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [...sessionValues(session), session.id, session.createdAt, session.updatedAt],
  )
}

export async function updateSession(tx: SqliteConnection, session: SessionRecord): Promise<void> {
  await tx.run(
    `UPDATE sessions SET title = ?, starts_at = ?, duration_minutes = ?, place = ?, community = ?, neighbourhood = ?, building = ?,
       presenters = ?, audience = ?, status = ?, notes = ?, activity_type = ?, updated_at = ? WHERE id = ?`,
    [...sessionValues(session), session.updatedAt, session.id],
  )
}

/** Removes the session, leaving a tombstone for other laptops; its attendance rows go with it (ON DELETE CASCADE). */
export async function deleteSession(tx: SqliteConnection, id: string, deletedAt: string): Promise<void> {
  await recordSessionDeletion(tx, id, deletedAt)
  await tx.run('DELETE FROM sessions WHERE id = ?', [id])
}

export async function countAttendance(db: SqliteConnection, sessionId: string): Promise<number> {
  const row = await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM attendance WHERE session_id = ?', [sessionId])
  return row?.n ?? 0
}

export async function findSession(db: SqliteConnection, id: string): Promise<Session | undefined> {
  const row = await db.get<SessionRow>(`${selectSessions} WHERE s.id = ?`, [id])
  return row && toSession(row)
}

function likeContaining(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

export async function listSessions(db: SqliteConnection, filters: SessionListFilters = {}): Promise<Session[]> {
  const conditions: string[] = []
  const params: unknown[] = []
  if (filters.from) {
    conditions.push('s.starts_at >= ?')
    params.push(rangeStart(filters.from))
  }
  if (filters.to) {
    conditions.push('s.starts_at < ?')
    params.push(rangeEndExclusive(filters.to))
  }
  if (filters.status) {
    conditions.push('s.status = ?')
    params.push(filters.status)
  }
  if (filters.place) {
    const columns = ['s.place', 's.community', 's.neighbourhood', 's.building']
    conditions.push(`(${columns.map((column) => `${column} LIKE ? ESCAPE '\\'`).join(' OR ')})`)
    params.push(...columns.map(() => likeContaining(filters.place!)))
  }
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''
  const rows = await db.all<SessionRow>(`${selectSessions} ${where} ORDER BY s.starts_at DESC, s.created_at DESC`, params)
  return rows.map(toSession)
}

export async function sessionExists(db: SqliteConnection, id: string): Promise<boolean> {
  return (await db.allPrepared('SELECT 1 AS found FROM sessions WHERE id = ?', [id])).length > 0
}

import type { Pledge } from '../../contract/pledges'
import type { PledgeKind } from '../../contract/caseworkValues'
import type { SqliteConnection } from '../sqliteConnection'

interface PledgeRow {
  id: string
  session_id: string
  attendee_id: string | null
  name: string | null
  kind: PledgeKind
  signed_at: string
}

const SELECT = `SELECT p.id, p.session_id, p.attendee_id, a.name, p.kind, p.signed_at
  FROM pledges p LEFT JOIN attendees a ON a.id = p.attendee_id`

function toPledge(row: PledgeRow): Pledge {
  return { id: row.id, sessionId: row.session_id, attendeeId: row.attendee_id, name: row.name, kind: row.kind, signedAt: row.signed_at }
}

export async function listPledges(db: SqliteConnection, sessionId: string): Promise<Pledge[]> {
  return (await db.all<PledgeRow>(`${SELECT} WHERE p.session_id = ? ORDER BY p.signed_at, p.id`, [sessionId])).map(toPledge)
}

export async function findPledge(db: SqliteConnection, id: string): Promise<Pledge | undefined> {
  const row = await db.get<PledgeRow>(`${SELECT} WHERE p.id = ?`, [id])
  return row && toPledge(row)
}

export async function findPersonPledge(db: SqliteConnection, sessionId: string, attendeeId: string): Promise<Pledge | undefined> {
  const row = await db.get<PledgeRow>(`${SELECT} WHERE p.session_id = ? AND p.attendee_id = ?`, [sessionId, attendeeId])
  return row && toPledge(row)
}

export async function insertPledge(tx: SqliteConnection, pledge: { id: string; sessionId: string; attendeeId: string | null; kind: PledgeKind }, timestamp: string): Promise<void> {
  await tx.run('INSERT INTO pledges (id, session_id, attendee_id, kind, signed_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [
    pledge.id,
    pledge.sessionId,
    pledge.attendeeId,
    pledge.kind,
    timestamp,
    timestamp,
    timestamp,
  ])
}

export async function deletePledge(tx: SqliteConnection, id: string): Promise<number> {
  return (await tx.run('DELETE FROM pledges WHERE id = ?', [id])).changes
}

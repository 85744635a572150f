import type { RiskEntry, RiskVisit } from '../../contract/riskRegister'
import type { RiskFlag, RiskVisitMethod } from '../../contract/caseworkValues'
import { maskPhone } from '../../contract/phone'
import type { SqliteConnection } from '../sqliteConnection'

interface EntryRow {
  attendee_id: string
  name: string
  phone: string | null
  neighbourhood: string
  flags: string
  last_visit_at: string | null
  visit_count: number
}

/** Longest unvisited first (never visited at the very top); `visitedBefore` keeps only those not visited since then. */
export async function listRiskEntries(db: SqliteConnection, visitedBefore?: string): Promise<RiskEntry[]> {
  const rows = await db.all<EntryRow>(
    `SELECT a.id AS attendee_id, a.name, a.phone, a.neighbourhood,
       (SELECT GROUP_CONCAT(flag) FROM risk_flags f WHERE f.attendee_id = a.id) AS flags,
       (SELECT MAX(visited_at) FROM risk_visits v WHERE v.attendee_id = a.id) AS last_visit_at,
       (SELECT COUNT(*) FROM risk_visits v WHERE v.attendee_id = a.id) AS visit_count
     FROM attendees a WHERE a.id IN (SELECT attendee_id FROM risk_flags)
     ${visitedBefore ? 'AND NOT EXISTS (SELECT 1 FROM risk_visits v WHERE v.attendee_id = a.id AND v.visited_at >= ?)' : ''}
     ORDER BY last_visit_at IS NOT NULL, last_visit_at, a.name`,
    visitedBefore ? [visitedBefore] : [],
  )
  return rows.map((row) => ({
    attendeeId: row.attendee_id,
    name: row.name,
    phoneMasked: maskPhone(row.phone),
    neighbourhood: row.neighbourhood,
    flags: row.flags.split(',').sort() as RiskFlag[],
    lastVisitAt: row.last_visit_at,
    visitCount: row.visit_count,
  }))
}

export async function readRiskFlags(db: SqliteConnection, attendeeId: string): Promise<RiskFlag[]> {
  return (await db.all<{ flag: RiskFlag }>('SELECT flag FROM risk_flags WHERE attendee_id = ? ORDER BY flag', [attendeeId])).map((row) => row.flag)
}

export async function listRiskVisits(db: SqliteConnection, attendeeId: string): Promise<RiskVisit[]> {
  const rows = await db.all<{ id: string; method: RiskVisitMethod; note: string; visited_at: string }>(
    'SELECT id, method, note, visited_at FROM risk_visits WHERE attendee_id = ? ORDER BY visited_at DESC',
    [attendeeId],
  )
  return rows.map((row) => ({ id: row.id, method: row.method, note: row.note, visitedAt: row.visited_at }))
}

/** Replaces the person's flags; flags kept keep their first time. */
export async function replaceRiskFlags(tx: SqliteConnection, attendeeId: string, flags: readonly RiskFlag[], timestamp: string): Promise<void> {
  await tx.run(`DELETE FROM risk_flags WHERE attendee_id = ? AND flag NOT IN (SELECT value FROM json_each(?))`, [attendeeId, JSON.stringify(flags)])
  for (const flag of flags) {
    await tx.run('INSERT OR IGNORE INTO risk_flags (attendee_id, flag, created_at, updated_at) VALUES (?, ?, ?, ?)', [attendeeId, flag, timestamp, timestamp])
  }
}

export async function insertRiskVisit(
  tx: SqliteConnection,
  visit: { id: string; attendeeId: string; method: RiskVisitMethod; note: string; visitedAt: string },
  timestamp: string,
): Promise<void> {
  await tx.run('INSERT INTO risk_visits (id, attendee_id, method, note, visited_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [
    visit.id,
    visit.attendeeId,
    visit.method,
    visit.note,
    visit.visitedAt,
    timestamp,
    timestamp,
  ])
}

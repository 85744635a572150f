import type { ActivityType, AppStatus } from '../../contract/ledger'
import type { SqliteConnection } from '../sqliteConnection'

export interface LedgerFieldsRow {
  activity_type: ActivityType
  grid_id: string | null
  households_visited: number | null
  shops_visited: number | null
  people_reached_manual: number | null
  leaflets: number
  booklets: number
  posters: number
  present: number
  app_installed: number
  app_registered: number
  photo_count: number
}

const rosterCounts = `
  (SELECT COUNT(*) FROM attendance a WHERE a.session_id = s.id AND a.checked_in_at IS NOT NULL) AS present,
  (SELECT COUNT(*) FROM attendance a WHERE a.session_id = s.id AND a.app_installed_at IS NOT NULL) AS app_installed,
  (SELECT COUNT(*) FROM attendance a WHERE a.session_id = s.id AND a.app_registered_at IS NOT NULL) AS app_registered,
  (SELECT COUNT(*) FROM session_photos p WHERE p.session_id = s.id) AS photo_count`

const ledgerColumns = 's.activity_type, s.grid_id, s.households_visited, s.shops_visited, s.people_reached_manual, s.leaflets, s.booklets, s.posters'

export function getLedgerFields(db: SqliteConnection, sessionId: string): Promise<LedgerFieldsRow | undefined> {
  return db.get<LedgerFieldsRow>(`SELECT ${ledgerColumns}, ${rosterCounts} FROM sessions s WHERE s.id = ?`, [sessionId])
}

const updatableColumns = {
  activityType: 'activity_type',
  gridId: 'grid_id',
  householdsVisited: 'households_visited',
  shopsVisited: 'shops_visited',
  peopleReached: 'people_reached_manual',
  leaflets: 'leaflets',
  booklets: 'booklets',
  posters: 'posters',
} as const

export type LedgerFieldChanges = Partial<Record<keyof typeof updatableColumns, string | number | null>>

export async function updateLedgerFields(db: SqliteConnection, sessionId: string, changes: LedgerFieldChanges, timestamp: string): Promise<void> {
  const entries = (Object.keys(updatableColumns) as (keyof typeof updatableColumns)[]).filter((key) => changes[key] !== undefined)
  const sets = entries.map((key) => `${updatableColumns[key]} = ?`)
  await db.run(`UPDATE sessions SET ${[...sets, 'updated_at = ?'].join(', ')} WHERE id = ?`, [...entries.map((key) => changes[key]), timestamp, sessionId])
}

interface AppStatusRow {
  attendee_id: string
  app_installed_at: string | null
  app_registered_at: string | null
}

const toAppStatus = (row: AppStatusRow): AppStatus => ({ attendeeId: row.attendee_id, appInstalledAt: row.app_installed_at, appRegisteredAt: row.app_registered_at })

export async function getAppStatus(db: SqliteConnection, sessionId: string, attendeeId: string): Promise<AppStatus | undefined> {
  const row = await db.get<AppStatusRow>('SELECT attendee_id, app_installed_at, app_registered_at FROM attendance WHERE session_id = ? AND attendee_id = ?', [
    sessionId,
    attendeeId,
  ])
  return row && toAppStatus(row)
}

export async function writeAppStatus(db: SqliteConnection, sessionId: string, attendeeId: string, status: Omit<AppStatus, 'attendeeId'>, timestamp: string): Promise<void> {
  await db.run('UPDATE attendance SET app_installed_at = ?, app_registered_at = ?, updated_at = ? WHERE session_id = ? AND attendee_id = ?', [
    status.appInstalledAt,
    status.appRegisteredAt,
    timestamp,
    sessionId,
    attendeeId,
  ])
}

export async function listAppStatus(db: SqliteConnection, sessionId: string): Promise<AppStatus[]> {
  const rows = await db.all<AppStatusRow>(
    'SELECT attendee_id, app_installed_at, app_registered_at FROM attendance WHERE session_id = ? AND (app_installed_at IS NOT NULL OR app_registered_at IS NOT NULL)',
    [sessionId],
  )
  return rows.map(toAppStatus)
}

/** UTC bounds [start, end) on starts_at, and "now" for deciding whether a planned session has happened. */
export interface LedgerWindow {
  start: string
  end: string
  now: string
}

export interface LedgerSessionRow extends LedgerFieldsRow {
  id: string
  title: string
  starts_at: string
  place: string
  presenters: string
  grid_name: string | null
}

// An activity is in the ledger when marked held, or when it has started and something was
// recorded for it (a check-in, or a round's own counts); cancelled ones never are.
const ledgerSessions = `
  SELECT s.id FROM sessions s
  WHERE s.starts_at >= ? AND s.starts_at < ?
    AND (s.status = 'held'
      OR (s.status = 'planned' AND s.starts_at <= ?
        AND (COALESCE(s.households_visited, 0) > 0 OR COALESCE(s.shops_visited, 0) > 0 OR COALESCE(s.people_reached_manual, 0) > 0
          OR EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = s.id AND a.checked_in_at IS NOT NULL))))`

export function listLedgerSessions(db: SqliteConnection, window: LedgerWindow): Promise<LedgerSessionRow[]> {
  return db.all<LedgerSessionRow>(
    `SELECT s.id, s.title, s.starts_at, s.place, s.presenters, g.name AS grid_name, ${ledgerColumns}, ${rosterCounts}
     FROM sessions s LEFT JOIN grids g ON g.id = s.grid_id
     WHERE s.id IN (${ledgerSessions})
     ORDER BY s.starts_at, s.title`,
    [window.start, window.end, window.now],
  )
}

/** Who was reached at the ledger's activities: ids only, for counting each person once. */
export function listLedgerPresence(db: SqliteConnection, window: LedgerWindow): Promise<{ session_id: string; attendee_id: string }[]> {
  return db.all(
    `SELECT a.session_id, a.attendee_id FROM attendance a
     WHERE a.checked_in_at IS NOT NULL AND a.session_id IN (${ledgerSessions})`,
    [window.start, window.end, window.now],
  )
}

import type { AppSetup } from '../../contract/appSetup'
import type { SqliteConnection } from '../sqliteConnection'

interface AppSetupRow {
  attendee_id: string
  region_chosen_at: string | null
  call_alert_at: string | null
  guardian_linked_at: string | null
}

const COLUMNS = 'attendee_id, region_chosen_at, call_alert_at, guardian_linked_at'

const toAppSetup = (row: AppSetupRow): AppSetup => ({
  attendeeId: row.attendee_id,
  regionChosenAt: row.region_chosen_at,
  callAlertAt: row.call_alert_at,
  guardianLinkedAt: row.guardian_linked_at,
})

export function emptyAppSetup(attendeeId: string): AppSetup {
  return { attendeeId, regionChosenAt: null, callAlertAt: null, guardianLinkedAt: null }
}

export async function getAppSetup(db: SqliteConnection, attendeeId: string): Promise<AppSetup> {
  const row = await db.get<AppSetupRow>(`SELECT ${COLUMNS} FROM attendee_app_setup WHERE attendee_id = ?`, [attendeeId])
  return row ? toAppSetup(row) : emptyAppSetup(attendeeId)
}

export async function writeAppSetup(db: SqliteConnection, setup: AppSetup, timestamp: string): Promise<void> {
  await db.run(
    `INSERT INTO attendee_app_setup (${COLUMNS}, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (attendee_id) DO UPDATE SET region_chosen_at = excluded.region_chosen_at, call_alert_at = excluded.call_alert_at,
       guardian_linked_at = excluded.guardian_linked_at, updated_at = excluded.updated_at`,
    [setup.attendeeId, setup.regionChosenAt, setup.callAlertAt, setup.guardianLinkedAt, timestamp, timestamp],
  )
}

export async function listAppSetupOfSession(db: SqliteConnection, sessionId: string): Promise<AppSetup[]> {
  const rows = await db.all<AppSetupRow>(
    `SELECT ${COLUMNS.split(', ')
      .map((column) => `s.${column}`)
      .join(', ')}
     FROM attendee_app_setup s JOIN attendance a ON a.attendee_id = s.attendee_id
     WHERE a.session_id = ? AND (s.region_chosen_at IS NOT NULL OR s.call_alert_at IS NOT NULL OR s.guardian_linked_at IS NOT NULL)`,
    [sessionId],
  )
  return rows.map(toAppSetup)
}

/** A merge keeps each step marked on either record, at its earliest time. */
export async function mergeAppSetup(db: SqliteConnection, keepId: string, mergeId: string, timestamp: string): Promise<void> {
  const [keep, merge] = [await getAppSetup(db, keepId), await getAppSetup(db, mergeId)]
  const earliest = (a: string | null, b: string | null): string | null => (a && b ? (a < b ? a : b) : (a ?? b))
  if (!merge.regionChosenAt && !merge.callAlertAt && !merge.guardianLinkedAt) return
  await writeAppSetup(
    db,
    {
      attendeeId: keepId,
      regionChosenAt: earliest(keep.regionChosenAt, merge.regionChosenAt),
      callAlertAt: earliest(keep.callAlertAt, merge.callAlertAt),
      guardianLinkedAt: earliest(keep.guardianLinkedAt, merge.guardianLinkedAt),
    },
    timestamp,
  )
}

/** How many people had each set-up step marked within [start, end): counts only. */
export async function countAppSetupBetween(db: SqliteConnection, start: string, end: string): Promise<{ regionChosen: number; callAlert: number; guardianLinked: number }> {
  const row = await db.get<{ region: number; alert: number; guardian: number }>(
    `SELECT
       COUNT(CASE WHEN region_chosen_at >= ?1 AND region_chosen_at < ?2 THEN 1 END) AS region,
       COUNT(CASE WHEN call_alert_at >= ?1 AND call_alert_at < ?2 THEN 1 END) AS alert,
       COUNT(CASE WHEN guardian_linked_at >= ?1 AND guardian_linked_at < ?2 THEN 1 END) AS guardian
     FROM attendee_app_setup`,
    [start, end],
  )
  return { regionChosen: row?.region ?? 0, callAlert: row?.alert ?? 0, guardianLinked: row?.guardian ?? 0 }
}

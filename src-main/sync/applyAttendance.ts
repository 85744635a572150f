import { randomUUID } from 'node:crypto'
import type { SqliteConnection } from '../db/sqliteConnection'
import { combineCheckIns } from '../domain/checkInMerge'
import type { BundleRows } from './bundleFormat'
import { rowFromArray } from './syncTables'
import type { LocalStamp } from './clock'

interface AttendanceState {
  id: string
  session_id: string
  attendee_id: string
  source: string
  checked_in_at: string | null
  undone_at: string | null
  app_installed_at: string | null
  app_registered_at: string | null
  created_at: string
  updated_at: string
  sync_hlc: number
  sync_origin: string
}

const FIELDS = ['id', 'session_id', 'attendee_id', 'source', 'checked_in_at', 'undone_at', 'app_installed_at', 'app_registered_at', 'created_at', 'updated_at'] as const

function firstOf(a: string | null, b: string | null): string | null {
  if (a === null) return b
  if (b === null) return a
  return a < b ? a : b
}

/**
 * Attendance is a union: one row per session and person, its check-in combined by domain/checkInMerge.ts, the
 * registration that came first (its time, then its source) kept, app install and registration at their first time.
 * Every part is a join, so laptops agree whatever order bundles arrive in.
 */
export function combineAttendance(here: AttendanceState, there: AttendanceState): AttendanceState {
  const checkIn = combineCheckIns({ checkedInAt: here.checked_in_at, undoneAt: here.undone_at }, { checkedInAt: there.checked_in_at, undoneAt: there.undone_at })
  const first = [here, there].sort((a, b) => (a.created_at === b.created_at ? (a.source < b.source ? -1 : 1) : a.created_at < b.created_at ? -1 : 1))[0]
  const newer = here.sync_hlc > there.sync_hlc || (here.sync_hlc === there.sync_hlc && here.sync_origin >= there.sync_origin) ? here : there
  return {
    ...here,
    source: first.source,
    created_at: first.created_at,
    checked_in_at: checkIn.checkedInAt,
    undone_at: checkIn.undoneAt,
    app_installed_at: firstOf(here.app_installed_at, there.app_installed_at),
    app_registered_at: firstOf(here.app_registered_at, there.app_registered_at),
    updated_at: here.updated_at > there.updated_at ? here.updated_at : there.updated_at,
    sync_hlc: newer.sync_hlc,
    sync_origin: newer.sync_origin,
  }
}

const differs = (a: AttendanceState, b: AttendanceState) => FIELDS.some((field) => a[field] !== b[field] && field !== 'id')

/**
 * A row that joins both sides is a version of this laptop: a version stamped with another laptop's id is exactly
 * what that laptop had, which lets a bundle for that laptop leave it out.
 */
function ownVersion(row: AttendanceState, stamp: LocalStamp): AttendanceState {
  return { ...row, sync_hlc: stamp.seq, sync_origin: stamp.deviceId }
}

const COLUMNS = [...FIELDS, 'sync_hlc', 'sync_origin'] as const

/**
 * The bundle's rows go into a temporary table once, so finding which pairs are new (most of them, in a first
 * bundle) and which are here already are two set-based statements rather than 100,000 look-ups.
 */
async function stageIncoming(tx: SqliteConnection, rows: AttendanceState[]): Promise<void> {
  await tx.exec(`CREATE TEMP TABLE IF NOT EXISTS sync_incoming_attendance (${COLUMNS.join(', ')})`)
  await tx.run('DELETE FROM temp.sync_incoming_attendance')
  const picks = COLUMNS.map((_column, index) => `value->>${index}`).join(', ')
  await tx.run(`INSERT INTO temp.sync_incoming_attendance SELECT ${picks} FROM json_each(?)`, [JSON.stringify(rows.map((row) => COLUMNS.map((column) => row[column])))])
  // an id this laptop already uses for another pair (a row moved by a merge here) gets a fresh one
  const taken = await tx.all<{ id: string }>(
    `SELECT n.id FROM temp.sync_incoming_attendance n JOIN attendance x ON x.id = n.id WHERE x.session_id <> n.session_id OR x.attendee_id <> n.attendee_id`,
  )
  for (const { id } of taken) await tx.run('UPDATE temp.sync_incoming_attendance SET id = ? WHERE id = ?', [randomUUID(), id])
}

/** Applies the bundle's attendance for sessions and people that exist here; answers rows added and changed. */
export async function applyAttendance(
  tx: SqliteConnection,
  rows: BundleRows,
  redirect: (id: string) => string | null,
  stamp: LocalStamp,
): Promise<{ inserted: number; updated: number }> {
  const seq = stamp.seq
  const byPair = new Map<string, AttendanceState>()
  for (const values of rows) {
    const row = rowFromArray('attendance', values) as unknown as AttendanceState
    const attendeeId = redirect(row.attendee_id)
    if (attendeeId === null) continue
    // a row moved to the person it was merged into is no longer what its origin has: it is this laptop's version
    const state = attendeeId === row.attendee_id ? row : ownVersion({ ...row, attendee_id: attendeeId }, stamp)
    const key = `${state.session_id}|${attendeeId}`
    const seen = byPair.get(key)
    byPair.set(key, seen ? ownVersion(combineAttendance(seen, state), stamp) : state)
  }
  if (byPair.size === 0) return { inserted: 0, updated: 0 }
  await stageIncoming(tx, [...byPair.values()])
  const inserted = await tx.run(
    `INSERT INTO attendance (${COLUMNS.join(', ')}, sync_seq) SELECT n.*, ? FROM temp.sync_incoming_attendance n
     WHERE EXISTS (SELECT 1 FROM sessions s WHERE s.id = n.session_id) AND EXISTS (SELECT 1 FROM attendees p WHERE p.id = n.attendee_id)
       AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = n.session_id AND a.attendee_id = n.attendee_id)`,
    [seq],
  )
  const pairs = await tx.all<AttendanceState & { [key: `there_${string}`]: unknown }>(
    `SELECT a.*, ${COLUMNS.map((column) => `n.${column} AS there_${column}`).join(', ')}
     FROM temp.sync_incoming_attendance n JOIN attendance a ON a.session_id = n.session_id AND a.attendee_id = n.attendee_id
     WHERE a.sync_seq <> ?`,
    [seq],
  )
  const updates: AttendanceState[] = []
  for (const pair of pairs) {
    const here = pair as AttendanceState
    const there = Object.fromEntries(COLUMNS.map((column) => [column, pair[`there_${column}`]])) as unknown as AttendanceState
    const combined = combineAttendance(here, there)
    if (differs(combined, here)) updates.push(differs(combined, there) ? ownVersion(combined, stamp) : { ...combined, sync_hlc: there.sync_hlc, sync_origin: there.sync_origin })
  }
  if (updates.length > 0) {
    const sets = COLUMNS.slice(1).map((column) => `${column} = u.value->>${COLUMNS.indexOf(column)}`)
    await tx.run(`UPDATE attendance SET ${sets.join(', ')}, sync_seq = ?1 FROM json_each(?2) u WHERE attendance.id = u.value->>0`, [
      seq,
      JSON.stringify(updates.map((row) => COLUMNS.map((column) => row[column]))),
    ])
  }
  return { inserted: inserted.changes, updated: updates.length }
}

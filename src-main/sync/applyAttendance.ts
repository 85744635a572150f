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

interface LocalMatch extends Partial<AttendanceState> {
  pair: number
  id_taken: number
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
    const state = { ...row, attendee_id: attendeeId }
    const key = `${state.session_id}|${attendeeId}`
    const seen = byPair.get(key)
    byPair.set(key, seen ? ownVersion(combineAttendance(seen, state), stamp) : state)
  }
  if (byPair.size === 0) return { inserted: 0, updated: 0 }
  const incoming = [...byPair.values()]
  const matches = await tx.all<LocalMatch>(
    `SELECT j.key AS pair, a.*, EXISTS (SELECT 1 FROM attendance x WHERE x.id = j.value->>2) AS id_taken
     FROM json_each(?) j LEFT JOIN attendance a ON a.session_id = j.value->>0 AND a.attendee_id = j.value->>1
     WHERE EXISTS (SELECT 1 FROM sessions s WHERE s.id = j.value->>0) AND EXISTS (SELECT 1 FROM attendees p WHERE p.id = j.value->>1)`,
    [JSON.stringify(incoming.map((row) => [row.session_id, row.attendee_id, row.id]))],
  )
  const inserts: AttendanceState[] = []
  const updates: AttendanceState[] = []
  for (const match of matches) {
    const there = incoming[match.pair]
    if (match.id === null || match.id === undefined) {
      inserts.push(match.id_taken ? { ...there, id: randomUUID() } : there)
      continue
    }
    const here = match as AttendanceState
    const combined = combineAttendance(here, there)
    if (differs(combined, here)) updates.push(differs(combined, there) ? ownVersion(combined, stamp) : { ...combined, sync_hlc: there.sync_hlc, sync_origin: there.sync_origin })
  }
  const columns = [...FIELDS, 'sync_hlc', 'sync_origin'] as const
  const pack = (list: AttendanceState[]) => JSON.stringify(list.map((row) => columns.map((column) => row[column])))
  const picks = columns.map((_column, index) => `value->>${index}`).join(', ')
  if (inserts.length > 0) {
    await tx.run(`INSERT INTO attendance (${columns.join(', ')}, sync_seq) SELECT ${picks}, ?1 FROM json_each(?2)`, [seq, pack(inserts)])
  }
  if (updates.length > 0) {
    const sets = columns.slice(1).map((column) => `${column} = u.value->>${columns.indexOf(column)}`)
    await tx.run(`UPDATE attendance SET ${sets.join(', ')}, sync_seq = ?1 FROM json_each(?2) u WHERE attendance.id = u.value->>0`, [seq, pack(updates)])
  }
  return { inserted: inserts.length, updated: updates.length }
}

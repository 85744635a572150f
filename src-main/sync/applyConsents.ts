import type { SqliteConnection } from '../db/sqliteConnection'
import type { BundleRows } from './bundleFormat'
import { rowFromArray } from './syncTables'
import type { LocalStamp } from './clock'

interface ConsentState {
  id: string
  attendee_id: string
  purpose: string
  given_at: string
  withdrawn_at: string | null
  created_at: string
  updated_at: string
  sync_hlc: number
  sync_origin: string
}

const CONTENT = ['id', 'attendee_id', 'purpose', 'given_at', 'withdrawn_at', 'created_at', 'updated_at'] as const
const COLUMNS = [...CONTENT, 'sync_hlc', 'sync_origin'] as const

/**
 * A consent is given once and withdrawn at most once: a withdrawal on either laptop stands (its first time), and
 * the person it belongs to follows the newer version, through any merges.
 */
function combineConsent(here: ConsentState, there: ConsentState): ConsentState {
  const newer = there.sync_hlc > here.sync_hlc || (there.sync_hlc === here.sync_hlc && there.sync_origin > here.sync_origin) ? there : here
  const withdrawn = [here.withdrawn_at, there.withdrawn_at].filter((time): time is string => time !== null).sort()[0] ?? null
  return { ...newer, withdrawn_at: withdrawn }
}

export async function applyConsents(
  tx: SqliteConnection,
  rows: BundleRows,
  redirect: (id: string) => string | null,
  stamp: LocalStamp,
): Promise<{ inserted: number; updated: number }> {
  const seq = stamp.seq
  const incoming: ConsentState[] = []
  for (const values of rows) {
    const row = rowFromArray('consents', values) as unknown as ConsentState
    const attendeeId = redirect(row.attendee_id)
    if (attendeeId === null) continue
    incoming.push(attendeeId === row.attendee_id ? row : { ...row, attendee_id: attendeeId, sync_hlc: stamp.seq, sync_origin: stamp.deviceId })
  }
  if (incoming.length === 0) return { inserted: 0, updated: 0 }
  const matches = await tx.all<Partial<ConsentState> & { pair: number }>(
    `SELECT j.key AS pair, c.* FROM json_each(?) j LEFT JOIN consents c ON c.id = j.value->>0
     WHERE EXISTS (SELECT 1 FROM attendees p WHERE p.id = j.value->>1)`,
    [JSON.stringify(incoming.map((row) => [row.id, row.attendee_id]))],
  )
  const writes: ConsentState[] = []
  let inserted = 0
  for (const match of matches) {
    const there = incoming[match.pair]
    if (match.id === null || match.id === undefined) {
      writes.push(there)
      inserted++
    } else {
      const here = { ...(match as ConsentState), attendee_id: redirect(match.attendee_id!) ?? match.attendee_id! }
      const combined = combineConsent(here, there)
      const changed = (a: ConsentState, b: ConsentState) => CONTENT.some((column) => a[column] !== b[column])
      if (!changed(combined, match as ConsentState)) continue
      // a joined row is this laptop's version (see applyAttendance's ownVersion)
      writes.push(
        changed(combined, there) ? { ...combined, sync_hlc: stamp.seq, sync_origin: stamp.deviceId } : { ...combined, sync_hlc: there.sync_hlc, sync_origin: there.sync_origin },
      )
    }
  }
  if (writes.length === 0) return { inserted: 0, updated: 0 }
  const picks = COLUMNS.map((_column, index) => `value->>${index}`).join(', ')
  await tx.run(
    `INSERT INTO consents (${COLUMNS.join(', ')}, sync_seq) SELECT ${picks}, ?1 FROM json_each(?2) WHERE true
     ON CONFLICT (id) DO UPDATE SET ${COLUMNS.slice(1)
       .map((column) => `${column} = excluded.${column}`)
       .join(', ')}, sync_seq = excluded.sync_seq`,
    [seq, JSON.stringify(writes.map((row) => COLUMNS.map((column) => row[column])))],
  )
  return { inserted, updated: writes.length - inserted }
}

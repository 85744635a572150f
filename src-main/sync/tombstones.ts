import type { SqliteConnection } from '../db/sqliteConnection'
import type { BundleRows } from './bundleFormat'
import { jsonColumns } from './syncTables'

/** One person merged into two different people on two laptops: those two are then one person as well. */
export interface MergeDisagreement {
  mergedId: string
  targets: [string, string]
}

/**
 * Takes in a bundle's tombstones and deletes what they name. Of two tombstones for one id, a deletion beats a merge
 * (a deleted person is gone, wherever they had been merged), then the newer one wins. Answers rows removed here and
 * the merges that disagree with one here.
 */
export async function applyTombstones(tx: SqliteConnection, rows: BundleRows, seq: number): Promise<{ removed: number; disagreements: MergeDisagreement[] }> {
  if (rows.length === 0) return { removed: 0, disagreements: [] }
  const json = JSON.stringify(rows)
  const disagreements = (
    await tx.all<{ id: string; here: string; there: string }>(
      `SELECT d.attendee_id AS id, d.merged_into AS here, j.value->>2 AS there FROM json_each(?) j JOIN deletions d ON d.attendee_id = j.value->>0
       WHERE d.merged_into IS NOT NULL AND j.value->>2 IS NOT NULL AND d.merged_into <> j.value->>2`,
      [json],
    )
  ).map((row): MergeDisagreement => ({ mergedId: row.id, targets: [row.here, row.there] }))
  await tx.run(
    `INSERT INTO deletions (attendee_id, kind, merged_into, deleted_at, sync_hlc, sync_origin, sync_seq)
     SELECT n.attendee_id, n.kind, n.merged_into, n.deleted_at, n.sync_hlc, n.sync_origin, ?1 FROM (SELECT ${jsonColumns('tombstones')} FROM json_each(?2) j) n WHERE true
     ON CONFLICT (attendee_id) DO UPDATE SET kind = excluded.kind, merged_into = excluded.merged_into, deleted_at = excluded.deleted_at,
       sync_hlc = excluded.sync_hlc, sync_origin = excluded.sync_origin, sync_seq = excluded.sync_seq
     WHERE (excluded.merged_into IS NULL, excluded.sync_hlc, excluded.sync_origin) > (deletions.merged_into IS NULL, deletions.sync_hlc, deletions.sync_origin)`,
    [seq, json],
  )
  const sessions = await tx.run(`DELETE FROM sessions WHERE id IN (SELECT j.value->>0 FROM json_each(?) j WHERE j.value->>1 = 'session')`, [json])
  const people = await tx.run(
    `DELETE FROM attendees WHERE id IN (SELECT d.attendee_id FROM json_each(?) j JOIN deletions d ON d.attendee_id = j.value->>0
       WHERE d.kind = 'person' AND d.merged_into IS NULL)`,
    [json],
  )
  return { removed: sessions.changes + people.changes, disagreements }
}

/**
 * Where each merged-away person's records now belong: the chain of merges followed to the last person on it who is
 * here. That is its end, or, while the person at the end has not reached this laptop yet, someone merged into them
 * who is still here (their records follow later, with followMerges). A chain that ends in a deleted person leads nowhere.
 */
export async function loadRedirects(tx: SqliteConnection): Promise<(attendeeId: string) => string | null> {
  const merges = await tx.all<{ attendee_id: string; merged_into: string; here: number; target_here: number; target_deleted: number }>(
    `SELECT d.attendee_id, d.merged_into, EXISTS (SELECT 1 FROM attendees a WHERE a.id = d.attendee_id) AS here,
       EXISTS (SELECT 1 FROM attendees a WHERE a.id = d.merged_into) AS target_here,
       EXISTS (SELECT 1 FROM deletions x WHERE x.attendee_id = d.merged_into AND x.merged_into IS NULL) AS target_deleted
     FROM deletions d WHERE d.merged_into IS NOT NULL`,
  )
  const deleted = new Set(merges.filter((row) => row.target_deleted).map((row) => row.merged_into))
  const next = new Map(merges.map((row) => [row.attendee_id, row.merged_into]))
  const present = new Set(merges.flatMap((row) => [...(row.here ? [row.attendee_id] : []), ...(row.target_here ? [row.merged_into] : [])]))
  return (attendeeId) => {
    let current = attendeeId
    let lastHere = present.has(attendeeId) ? attendeeId : null
    for (let hops = 0; next.has(current); hops++) {
      // a circle not settled yet (settleMergeLoops settles it): the records stay where they are
      if (hops > next.size) return attendeeId
      current = next.get(current)!
      if (present.has(current)) lastHere = current
    }
    if (deleted.has(current)) return null
    return present.has(current) || !next.has(attendeeId) ? current : (lastHere ?? current)
  }
}

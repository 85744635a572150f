import type { SqliteConnection } from '../sqliteConnection'
import { mergeAppSetup } from './appSetupRepository'
import type { AttendeeRow } from './attendeesRepository'
import { fillLandline, findLandline } from './landlineRepository'
import { combineCheckIns } from '../../domain/checkInMerge'
import { recordMerge } from '../deletionLog'

interface SharedSession {
  keep_row: string
  merge_row: string
  keep_checked_in: string | null
  merge_checked_in: string | null
  keep_undone: string | null
  merge_undone: string | null
  keep_created: string
  merge_created: string
}

function earliest(a: string, b: string): string {
  return a < b ? a : b
}

/**
 * Folds `merge` into `keep` inside the caller's transaction: a session both attended keeps keep's row with the
 * earliest check-in and sign-up time; every other attendance row and every consent changes owner; keep's empty
 * fields are filled from merge; then merge is deleted.
 */
export async function mergePeople(tx: SqliteConnection, keep: AttendeeRow, merge: AttendeeRow, timestamp: string): Promise<{ moved: number; combined: number }> {
  const shared = await tx.all<SharedSession>(
    `SELECT k.id AS keep_row, m.id AS merge_row, k.checked_in_at AS keep_checked_in, m.checked_in_at AS merge_checked_in,
       k.undone_at AS keep_undone, m.undone_at AS merge_undone,
       k.created_at AS keep_created, m.created_at AS merge_created
     FROM attendance m JOIN attendance k ON k.session_id = m.session_id AND k.attendee_id = ?
     WHERE m.attendee_id = ?`,
    [keep.id, merge.id],
  )
  for (const row of shared) {
    // The same rule laptops merge by (domain/checkInMerge.ts), so every laptop agrees on the result.
    const combined = combineCheckIns({ checkedInAt: row.keep_checked_in, undoneAt: row.keep_undone }, { checkedInAt: row.merge_checked_in, undoneAt: row.merge_undone })
    await tx.run('UPDATE attendance SET checked_in_at = ?, undone_at = ?, created_at = ?, updated_at = ? WHERE id = ?', [
      combined.checkedInAt,
      combined.undoneAt,
      earliest(row.keep_created, row.merge_created),
      timestamp,
      row.keep_row,
    ])
    // Anti-fraud app install/registration recorded on either row stays, at its earliest time.
    await tx.run(
      `UPDATE attendance SET
         app_installed_at = min(coalesce(app_installed_at, m.installed), coalesce(m.installed, app_installed_at)),
         app_registered_at = min(coalesce(app_registered_at, m.registered), coalesce(m.registered, app_registered_at))
       FROM (SELECT app_installed_at AS installed, app_registered_at AS registered FROM attendance WHERE id = ?) AS m
       WHERE attendance.id = ?`,
      [row.merge_row, row.keep_row],
    )
    await tx.run('DELETE FROM attendance WHERE id = ?', [row.merge_row])
  }
  const moved = await tx.run('UPDATE attendance SET attendee_id = ?, updated_at = ? WHERE attendee_id = ?', [keep.id, timestamp, merge.id])
  await tx.run('UPDATE consents SET attendee_id = ?, updated_at = ? WHERE attendee_id = ?', [keep.id, timestamp, merge.id])
  const mergeLandline = await findLandline(tx, merge.id)
  await mergeAppSetup(tx, keep.id, merge.id, timestamp)
  await recordMerge(tx, merge.id, keep.id, timestamp)
  // merge goes before keep takes its phone: phone is UNIQUE.
  await tx.run('DELETE FROM attendees WHERE id = ?', [merge.id])
  await fillLandline(tx, keep.id, mergeLandline)
  await tx.run(`UPDATE attendees SET phone = ?, age_group = ?, neighbourhood = ?, gender = ?, last_seen_at = ?, created_at = ?, updated_at = ? WHERE id = ?`, [
    keep.phone ?? merge.phone,
    keep.age_group ?? merge.age_group,
    keep.neighbourhood || merge.neighbourhood,
    keep.gender ?? merge.gender,
    keep.last_seen_at > merge.last_seen_at ? keep.last_seen_at : merge.last_seen_at,
    keep.created_at < merge.created_at ? keep.created_at : merge.created_at,
    timestamp,
    keep.id,
  ])
  return { moved: moved.changes, combined: shared.length }
}

export interface DuplicateCandidate {
  a_id: string
  b_id: string
  reason: 'same_name' | 'same_pinyin'
}

/**
 * Same pinyin in the same neighbourhood (the same name always has the same pinyin). Two people who both gave a
 * phone are different phones, so by the one-phone-one-person rule not the same person; pairs a worker marked
 * distinct are left out.
 */
export function findDuplicateCandidates(db: SqliteConnection, limit: number): Promise<DuplicateCandidate[]> {
  const pairs = db.all<DuplicateCandidate>(
    `SELECT a.id AS a_id, b.id AS b_id, CASE WHEN a.name = b.name THEN 'same_name' ELSE 'same_pinyin' END AS reason
     FROM attendees a
     JOIN attendees b ON b.neighbourhood = a.neighbourhood AND b.name_pinyin = a.name_pinyin AND b.id > a.id
     WHERE a.name_pinyin <> '' AND (a.phone IS NULL OR b.phone IS NULL)
       AND NOT EXISTS (SELECT 1 FROM distinct_people d WHERE d.attendee_a = a.id AND d.attendee_b = b.id)
     LIMIT ?`,
    [limit],
  )
  // Sorted here, not in SQL: an ORDER BY would have to find every pair in 100,000 people before the LIMIT.
  return pairs.then((rows) => rows.sort((x, y) => Number(y.reason === 'same_name') - Number(x.reason === 'same_name')))
}

export async function markDistinct(tx: SqliteConnection, id: string, first: string, second: string, timestamp: string): Promise<void> {
  const [a, b] = first < second ? [first, second] : [second, first]
  await tx.run(
    `INSERT INTO distinct_people (id, attendee_a, attendee_b, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (attendee_a, attendee_b) DO NOTHING`,
    [id, a, b, timestamp, timestamp],
  )
}

import type { SqliteConnection } from '../sqliteConnection'
import type { PurgePreview } from '../../contract/privacy'
import { maskPhone } from '../../contract/phone'
import { recordDeletions } from '../deletionLog'

type PurgeCounts = Pick<PurgePreview, 'people' | 'attendance' | 'consents'>

const PAST_RETENTION = 'SELECT id FROM attendees WHERE last_seen_at < ?'

export async function countPastRetention(db: SqliteConnection, cutoff: string): Promise<PurgeCounts> {
  const counts = await db.get<PurgeCounts>(
    `SELECT (SELECT COUNT(*) FROM attendees WHERE last_seen_at < ?) AS people,
       (SELECT COUNT(*) FROM attendance WHERE attendee_id IN (${PAST_RETENTION})) AS attendance,
       (SELECT COUNT(*) FROM consents WHERE attendee_id IN (${PAST_RETENTION})) AS consents`,
    [cutoff, cutoff, cutoff],
  )
  return counts!
}

/** The longest-unseen people first: the ones a worker is most sure can go. */
export async function samplePastRetention(db: SqliteConnection, cutoff: string, limit: number): Promise<PurgePreview['sample']> {
  const rows = await db.all<{ name: string; phone: string | null; neighbourhood: string; last_seen_at: string }>(
    'SELECT name, phone, neighbourhood, last_seen_at FROM attendees WHERE last_seen_at < ? ORDER BY last_seen_at LIMIT ?',
    [cutoff, limit],
  )
  return rows.map((row) => ({ name: row.name, phoneMasked: maskPhone(row.phone), neighbourhood: row.neighbourhood, lastSeenAt: row.last_seen_at }))
}

/** Each deletion is logged (id and time only); attendance, consents and distinct-pair notes go with each person (ON DELETE CASCADE). */
export async function deletePastRetention(tx: SqliteConnection, cutoff: string, deletedAt: string): Promise<PurgeCounts> {
  const counts = await countPastRetention(tx, cutoff)
  await recordDeletions(tx, 'last_seen_at < ?', [cutoff], deletedAt)
  await tx.run('DELETE FROM attendees WHERE last_seen_at < ?', [cutoff])
  return counts
}

import type { SqliteConnection } from './sqliteConnection'

export interface DeletionRecord {
  attendee_id: string
  deleted_at: string
}

export const DELETIONS_TABLE = 'deletions'

/** Logs the people `whereSql` selects from attendees as deleted at `at`; call it just before deleting them. */
export async function recordDeletions(tx: SqliteConnection, whereSql: string, params: unknown[], at: string): Promise<void> {
  await tx.run(`INSERT OR REPLACE INTO deletions (attendee_id, deleted_at) SELECT id, ? FROM attendees WHERE ${whereSql}`, [at, ...params])
}

export function readDeletions(db: SqliteConnection): Promise<DeletionRecord[]> {
  return db.all<DeletionRecord>('SELECT attendee_id, deleted_at FROM deletions ORDER BY deleted_at')
}

/**
 * Carries a deletion log into restored data and deletes again everyone in it, with their
 * attendance and consents (ON DELETE CASCADE). Run inside the restored data's write transaction.
 */
export async function reapplyDeletions(tx: SqliteConnection, carried: DeletionRecord[]): Promise<number> {
  for (const record of carried) await tx.run('INSERT OR IGNORE INTO deletions (attendee_id, deleted_at) VALUES (?, ?)', [record.attendee_id, record.deleted_at])
  return (await tx.run('DELETE FROM attendees WHERE id IN (SELECT attendee_id FROM deletions)')).changes
}

import type { SqliteConnection } from './sqliteConnection'

export interface DeletionRecord {
  attendee_id: string
  deleted_at: string
}

export const DELETIONS_TABLE = 'deletions'

/** Logs the people `whereSql` selects from attendees as deleted at `at`; call it just before deleting them. */
export async function recordDeletions(tx: SqliteConnection, whereSql: string, params: unknown[], at: string): Promise<void> {
  await tx.run(`INSERT OR REPLACE INTO deletions (attendee_id, deleted_at, kind) SELECT id, ?, 'person' FROM attendees WHERE ${whereSql}`, [at, ...params])
}

/** A person folded into another (people.merge, or the same phone on two laptops): a tombstone that points on. */
export async function recordMerge(tx: SqliteConnection, mergedId: string, keptId: string, at: string): Promise<void> {
  await tx.run("INSERT OR REPLACE INTO deletions (attendee_id, deleted_at, kind, merged_into) VALUES (?, ?, 'person', ?)", [mergedId, at, keptId])
}

/** A deleted session, so a laptop that still has it deletes it too when the two merge. */
export async function recordSessionDeletion(tx: SqliteConnection, sessionId: string, at: string): Promise<void> {
  await tx.run("INSERT OR REPLACE INTO deletions (attendee_id, deleted_at, kind) VALUES (?, ?, 'session')", [sessionId, at])
}

export function readDeletions(db: SqliteConnection): Promise<DeletionRecord[]> {
  // People merged into someone else are not carried: deleting them from an older copy would lose their attendance.
  return db.all<DeletionRecord>("SELECT attendee_id, deleted_at FROM deletions WHERE kind = 'person' AND merged_into IS NULL ORDER BY deleted_at")
}

/**
 * Carries a deletion log into restored data and deletes again everyone in it, with their
 * attendance and consents (ON DELETE CASCADE). Run inside the restored data's write transaction.
 */
export async function reapplyDeletions(tx: SqliteConnection, carried: DeletionRecord[]): Promise<number> {
  for (const record of carried) await tx.run('INSERT OR IGNORE INTO deletions (attendee_id, deleted_at) VALUES (?, ?)', [record.attendee_id, record.deleted_at])
  return (await tx.run("DELETE FROM attendees WHERE id IN (SELECT attendee_id FROM deletions WHERE kind = 'person')")).changes
}

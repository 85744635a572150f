import type { SqliteConnection } from '../db/sqliteConnection'
import { areConcurrent, type VersionStamp } from './versions'

type Row = VersionStamp & Record<string, unknown>

/**
 * Keeps the losing value of every field both versions changed differently, for the worker to review. The unique
 * key (row, field, both clocks) makes applying the same bundle twice record it once.
 */
export async function recordConflicts(tx: SqliteConnection, table: 'sessions' | 'attendees', fields: readonly string[], kept: Row, other: Row, at: string): Promise<number> {
  if (!areConcurrent(kept, other)) return 0
  let recorded = 0
  for (const field of fields) {
    if (kept[field] === other[field]) continue
    const result = await tx.run(
      `INSERT OR IGNORE INTO sync_conflicts (table_name, row_id, field, kept_value, other_value, kept_hlc, other_hlc, other_origin, detected_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [table, kept.id, field, kept[field] ?? null, other[field] ?? null, kept.sync_hlc, other.sync_hlc, other.sync_origin, at],
    )
    recorded += result.changes
  }
  return recorded
}

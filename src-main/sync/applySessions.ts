import type { SqliteConnection } from '../db/sqliteConnection'
import type { BundleRows } from './bundleFormat'
import { recordConflicts } from './conflicts'
import { differingRows, insertNewRows, overwriteRow } from './rowStore'
import { SESSION_FIELDS } from './syncTables'
import { isNewer, type VersionStamp } from './versions'

export interface RecordCounts {
  inserted: number
  updated: number
  conflicts: number
}

/** Sessions: new ones are added, for one both laptops have the newer version wins, a tombstoned one never comes back. */
export async function applySessions(tx: SqliteConnection, rows: BundleRows, seq: number, at: string): Promise<RecordCounts> {
  const counts: RecordCounts = { inserted: await insertNewRows(tx, 'sessions', rows, seq), updated: 0, conflicts: 0 }
  for (const pair of await differingRows(tx, 'sessions', rows)) {
    const incoming = pair.incoming as VersionStamp & typeof pair.incoming
    const local = pair.local as VersionStamp & typeof pair.local
    if (isNewer(incoming, local)) {
      counts.conflicts += await recordConflicts(tx, 'sessions', SESSION_FIELDS, incoming, local, at)
      await overwriteRow(tx, 'sessions', incoming, seq)
      counts.updated++
    } else {
      counts.conflicts += await recordConflicts(tx, 'sessions', SESSION_FIELDS, local, incoming, at)
    }
  }
  return counts
}

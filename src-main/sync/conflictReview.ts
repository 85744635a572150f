import type { SqliteConnection } from '../db/sqliteConnection'
import type { SyncConflict } from '../contract/sync'
import { maskLandline, maskPhone } from '../contract/phone'
import { nameSearchKeys } from '../domain/nameSearchKeys'
import { PERSON_FIELDS, SESSION_FIELDS } from './syncTables'

interface ConflictRow {
  id: number
  table_name: 'sessions' | 'attendees'
  row_id: string
  field: string
  kept_value: string | null
  other_value: string | null
  detected_at: string
  label: string | null
}

function shown(field: string, value: string | null): string | null {
  if (value === null) return null
  if (field === 'phone') return maskPhone(value)
  if (field === 'landline') return maskLandline(value)
  return String(value)
}

export async function listConflicts(db: SqliteConnection): Promise<SyncConflict[]> {
  const rows = await db.all<ConflictRow>(
    `SELECT c.*, coalesce((SELECT title FROM sessions WHERE id = c.row_id), (SELECT name FROM attendees WHERE id = c.row_id)) AS label
     FROM sync_conflicts c ORDER BY c.detected_at DESC, c.id DESC LIMIT 500`,
  )
  return rows.map((row) => ({
    id: row.id,
    table: row.table_name,
    rowId: row.row_id,
    label: row.label ?? '',
    field: row.field,
    keptValue: shown(row.field, row.kept_value),
    otherValue: shown(row.field, row.other_value),
    detectedAt: row.detected_at,
  }))
}

export async function countConflicts(db: SqliteConnection): Promise<number> {
  return (await db.get<{ n: number }>('SELECT count(*) AS n FROM sync_conflicts'))!.n
}

/**
 * Takes the conflict off the list; with `useOther`, first writes the other value back as an ordinary edit here,
 * which the stamping triggers make the newest version for the next merge. False when there is no such conflict.
 */
export async function resolveConflict(tx: SqliteConnection, id: number, useOther: boolean, timestamp: string): Promise<boolean> {
  const conflict = await tx.get<ConflictRow>('SELECT * FROM sync_conflicts WHERE id = ?', [id])
  if (!conflict) return false
  if (useOther) {
    const allowed: readonly string[] = conflict.table_name === 'sessions' ? SESSION_FIELDS : PERSON_FIELDS
    if (!allowed.includes(conflict.field)) return false
    const extra = conflict.field === 'name' ? ', name_initials = ?, name_pinyin = ?' : ''
    const keys = conflict.field === 'name' ? nameSearchKeys(conflict.other_value ?? '') : undefined
    await tx.run(`UPDATE ${conflict.table_name} SET ${conflict.field} = ?${extra}, updated_at = ? WHERE id = ?`, [
      conflict.other_value,
      ...(keys ? [keys.initials, keys.pinyin] : []),
      timestamp,
      conflict.row_id,
    ])
  }
  await tx.run('DELETE FROM sync_conflicts WHERE id = ?', [id])
  return true
}

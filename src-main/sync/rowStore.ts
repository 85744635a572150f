import type { SqliteConnection } from '../db/sqliteConnection'
import { BUNDLE_COLUMNS, TABLE_OF_SECTION, jsonColumns, rowFromArray, type BundleSection, type SectionRow } from './syncTables'
import type { BundleRows } from './bundleFormat'

/** A sessions row keeps its grid only where that grid exists here. */
const VALUE_OVERRIDES: Partial<Record<string, string>> = {
  grid_id: '(SELECT g.id FROM grids g WHERE g.id = n.grid_id)',
}

/**
 * Inserts, in one statement, the section's rows whose id is neither here nor tombstoned here and that pass
 * `extraWhere` (over `n`, the incoming row); they keep their versions and get sequence `seq`. Answers how many.
 */
export async function insertNewRows(tx: SqliteConnection, section: BundleSection, rows: BundleRows, seq: number, extraWhere = 'true'): Promise<number> {
  if (rows.length === 0) return 0
  const table = TABLE_OF_SECTION[section]
  const columns = BUNDLE_COLUMNS[section]
  const values = columns.map((column) => VALUE_OVERRIDES[column] ?? `n.${column}`).join(', ')
  const result = await tx.run(
    `INSERT INTO ${table} (${columns.join(', ')}, sync_seq)
     SELECT ${values}, ?1 FROM (SELECT ${jsonColumns(section)} FROM json_each(?2) j) n
     WHERE NOT EXISTS (SELECT 1 FROM ${table} x WHERE x.id = n.id)
       AND NOT EXISTS (SELECT 1 FROM deletions d WHERE d.attendee_id = n.id) AND (${extraWhere})`,
    [seq, JSON.stringify(rows)],
  )
  return result.changes
}

/** Incoming rows whose id is here with another version (or, for people, another last-seen time), beside the row here. */
export async function differingRows(tx: SqliteConnection, section: 'sessions' | 'people', rows: BundleRows): Promise<{ incoming: SectionRow; local: SectionRow }[]> {
  if (rows.length === 0) return []
  const table = TABLE_OF_SECTION[section]
  const hlcIndex = BUNDLE_COLUMNS[section].indexOf('sync_hlc')
  const extra = section === 'people' ? ` OR x.last_seen_at < j.value->>${BUNDLE_COLUMNS.people.indexOf('last_seen_at')}` : ''
  const found = await tx.all<SectionRow & { bundle_index: number }>(
    `SELECT x.*, j.key AS bundle_index FROM json_each(?) j JOIN ${table} x ON x.id = j.value->>0
     WHERE x.sync_hlc <> j.value->>${hlcIndex} OR x.sync_origin <> j.value->>${hlcIndex + 1}${extra}`,
    [JSON.stringify(rows)],
  )
  return found.map((local) => ({ incoming: rowFromArray(section, rows[local.bundle_index]), local }))
}

/** Writes each row's values and version over the row with its id, in one statement; grid_id only where that grid exists here. */
export async function overwriteRows(tx: SqliteConnection, section: 'sessions' | 'people', rows: SectionRow[], seq: number): Promise<void> {
  if (rows.length === 0) return
  const table = TABLE_OF_SECTION[section]
  const columns = BUNDLE_COLUMNS[section]
  const sets = columns
    .map((column, index) => [column, `u.value->>${index}`])
    .filter(([column]) => column !== 'id')
    .map(([column, value]) => (column === 'grid_id' ? `grid_id = coalesce((SELECT g.id FROM grids g WHERE g.id = ${value}), grid_id)` : `${column} = ${value}`))
  await tx.run(`UPDATE ${table} SET ${sets.join(', ')}, sync_seq = ?1 FROM json_each(?2) u WHERE ${table}.id = u.value->>0`, [
    seq,
    JSON.stringify(rows.map((row) => columns.map((column) => row[column] ?? null))),
  ])
}

export function overwriteRow(tx: SqliteConnection, section: 'sessions' | 'people', row: SectionRow, seq: number): Promise<void> {
  return overwriteRows(tx, section, [row], seq)
}

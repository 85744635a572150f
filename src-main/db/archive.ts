import { gzipSync } from 'node:zlib'
import type { SqliteConnection } from './sqliteConnection'
import { gunzipWithLimit, OutputTooLargeError } from './boundedGunzip'
import { DELETIONS_TABLE, readDeletions, reapplyDeletions } from './deletionLog'

/** The tables whose rows carry merge versions (migration 0025). */
const SYNCED_TABLES = ['sessions', 'attendees', 'attendance', 'consents', 'deletions']

export const ARCHIVE_FORMAT = 'outreach-archive'
export const ARCHIVE_VERSION = 1
/** The most an archive may inflate to; see "Backups, recovery and reliability" in the README for why 256 MiB. */
export const ARCHIVE_MAX_UNPACKED_BYTES = 256 * 1024 * 1024

type Row = Record<string, unknown>

export interface Archive {
  format: typeof ARCHIVE_FORMAT
  version: typeof ARCHIVE_VERSION
  schemaVersion: number
  exportedAt: string
  tables: Record<string, Row[]>
}

export class ArchiveError extends Error {
  constructor(readonly reason: 'unreadable' | 'schema_mismatch' | 'not_empty' | 'unknown_table' | 'too_large') {
    super(reason)
    this.name = 'ArchiveError'
  }
}

/**
 * Tables in an order that satisfies every foreign key when inserted front to back. Only ordinary tables: a
 * full-text index (a virtual table and its shadow tables) is rebuilt by its triggers as the rows go in.
 */
async function tablesInDependencyOrder(db: SqliteConnection): Promise<string[]> {
  // The sync_ tables are this laptop's own merge state (device id, clock, peers): another laptop must not take them over.
  const names = (
    await db.all<{ name: string }>(
      "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' AND substr(name, 1, 5) <> 'sync_' ORDER BY name",
    )
  ).map((t) => t.name)
  const dependsOn = new Map<string, string[]>()
  for (const name of names) {
    const keys = await db.all<{ table: string }>(`SELECT "table" FROM pragma_foreign_key_list(?)`, [name])
    dependsOn.set(
      name,
      keys.map((key) => key.table).filter((table) => table !== name),
    )
  }
  const ordered: string[] = []
  const visit = (name: string, path: Set<string>) => {
    if (ordered.includes(name) || path.has(name)) return
    path.add(name)
    for (const parent of dependsOn.get(name) ?? []) visit(parent, path)
    ordered.push(name)
  }
  for (const name of names) visit(name, new Set())
  return ordered
}

/** Stored columns only: generated ones are recomputed by SQLite on insert. */
async function storedColumns(db: SqliteConnection, table: string): Promise<string[]> {
  const columns = await db.all<{ name: string; hidden: number }>('SELECT name, hidden FROM pragma_table_xinfo(?)', [table])
  return columns.filter((column) => column.hidden === 0).map((column) => column.name)
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

function encodeValue(value: unknown): unknown {
  return Buffer.isBuffer(value) ? { $blob: value.toString('base64') } : value
}

function decodeValue(value: unknown): unknown {
  if (value && typeof value === 'object' && '$blob' in value) return Buffer.from(String((value as { $blob: unknown }).$blob), 'base64')
  return value
}

/** Every row of every table, read inside one read transaction so the archive is consistent. */
export async function exportArchive(reader: SqliteConnection, schemaVersion: number, now: Date): Promise<Archive> {
  await reader.exec('BEGIN')
  try {
    const tables: Record<string, Row[]> = {}
    for (const table of await tablesInDependencyOrder(reader)) {
      const columns = await storedColumns(reader, table)
      const rows = await reader.all<Row>(`SELECT ${columns.map(quote).join(', ')} FROM ${quote(table)} ORDER BY rowid`)
      tables[table] = rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, encodeValue(value)])))
    }
    return { format: ARCHIVE_FORMAT, version: ARCHIVE_VERSION, schemaVersion, exportedAt: now.toISOString(), tables }
  } finally {
    await reader.exec('COMMIT')
  }
}

export function packArchive(archive: Archive): Buffer {
  return gzipSync(Buffer.from(JSON.stringify(archive)))
}

export async function unpackArchive(bytes: Buffer, limitBytes = ARCHIVE_MAX_UNPACKED_BYTES): Promise<Archive> {
  let parsed: unknown
  try {
    parsed = JSON.parse((await gunzipWithLimit(bytes, limitBytes)).toString('utf8'))
  } catch (error) {
    throw new ArchiveError(error instanceof OutputTooLargeError ? 'too_large' : 'unreadable')
  }
  const archive = parsed as Partial<Archive>
  if (
    archive?.format !== ARCHIVE_FORMAT ||
    archive.version !== ARCHIVE_VERSION ||
    typeof archive.schemaVersion !== 'number' ||
    typeof archive.tables !== 'object' ||
    archive.tables === null
  ) {
    throw new ArchiveError('unreadable')
  }
  return archive as Archive
}

/**
 * Loads an archive into the open write transaction; the database must hold no data unless `replace` is set.
 * The deletion log is never replaced, only added to: everyone deleted here or in the archive's log is
 * deleted again after loading, so an archive made before a deletion cannot bring the person back.
 */
export async function importArchive(tx: SqliteConnection, archive: Archive, schemaVersion: number, replace: boolean): Promise<Record<string, number>> {
  if (archive.schemaVersion !== schemaVersion) throw new ArchiveError('schema_mismatch')
  const order = await tablesInDependencyOrder(tx)
  for (const table of Object.keys(archive.tables)) if (!order.includes(table)) throw new ArchiveError('unknown_table')
  const dataTables = order.filter((table) => table !== DELETIONS_TABLE)
  const existing = await Promise.all(dataTables.map(async (table) => (await tx.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${quote(table)}`))!.n))
  if (existing.some((count) => count > 0)) {
    if (!replace) throw new ArchiveError('not_empty')
    for (const table of [...dataTables].reverse()) await tx.run(`DELETE FROM ${quote(table)}`)
  }
  const deletionsHere = await readDeletions(tx)
  // Rows keep the merge versions they were archived with (the stamping triggers stand aside), and this laptop's
  // clock moves past them, so a merge with the laptop the archive came from sees the same versions, not new ones.
  await tx.run('UPDATE sync_clock SET applying = 1')
  for (const table of order) {
    const rows = archive.tables[table] ?? []
    const columns = await storedColumns(tx, table)
    const verb = table === DELETIONS_TABLE ? 'INSERT OR IGNORE' : 'INSERT'
    const statement = `${verb} INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`
    for (const row of rows) {
      if (!row || typeof row !== 'object') throw new ArchiveError('unreadable')
      await tx.run(
        statement,
        columns.map((column) => decodeValue(row[column] ?? null)),
      )
    }
  }
  await tx.run(
    `UPDATE sync_clock SET applying = 0, hlc = max(hlc, ${SYNCED_TABLES.map((table) => `coalesce((SELECT max(max(sync_hlc), max(sync_seq)) FROM ${table}), 0)`).join(', ')})`,
  )
  await reapplyDeletions(tx, deletionsHere)
  const counts: Record<string, number> = {}
  for (const table of order) counts[table] = (await tx.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${quote(table)}`))!.n
  return counts
}

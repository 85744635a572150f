import type { SqliteConnection } from './sqliteConnection'

export type RefusalReason = 'not_sqlite' | 'corrupt' | 'foreign' | 'newer'

/** The file is not one we can safely use; it is left untouched. */
export class DatabaseRefusedError extends Error {
  constructor(
    readonly reason: RefusalReason,
    readonly file: string,
    detail: string,
  ) {
    super(`Refusing to open ${file}: ${detail}`)
    this.name = 'DatabaseRefusedError'
  }
}

const OUR_TABLES = ['sessions', 'attendees', 'attendance']

/**
 * Runs before any pragma or migration writes to the file: a damaged file, another
 * program's database or one made by a newer version of the app is never touched.
 */
export async function assertUsableDatabase(connection: SqliteConnection, file: string, latestVersion: number): Promise<void> {
  let check: { quick_check: string }[]
  try {
    check = await connection.all<{ quick_check: string }>('PRAGMA quick_check')
  } catch (error) {
    const code = (error as { code?: string }).code
    if (code === 'SQLITE_NOTADB') throw new DatabaseRefusedError('not_sqlite', file, 'not an SQLite database')
    if (code === 'SQLITE_CORRUPT') throw new DatabaseRefusedError('corrupt', file, 'the database is damaged')
    throw error
  }
  if (check.length !== 1 || check[0].quick_check !== 'ok') {
    throw new DatabaseRefusedError(
      'corrupt',
      file,
      `quick_check found problems: ${check
        .map((row) => row.quick_check)
        .slice(0, 3)
        .join('; ')}`,
    )
  }
  const version = (await connection.get<{ user_version: number }>('PRAGMA user_version'))?.user_version ?? 0
  if (version > latestVersion) throw new DatabaseRefusedError('newer', file, `it was made by a newer version of the app (schema ${version} > ${latestVersion})`)
  if (version === 0) {
    const tables = await connection.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    if (tables.length > 0)
      throw new DatabaseRefusedError(
        'foreign',
        file,
        `it belongs to another program (tables: ${tables
          .map((t) => t.name)
          .slice(0, 5)
          .join(', ')})`,
      )
  } else {
    const tables = await connection.all<{ name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name IN (${OUR_TABLES.map(() => '?').join(', ')})`, OUR_TABLES)
    if (tables.length !== OUR_TABLES.length) throw new DatabaseRefusedError('foreign', file, 'it is not an Outreach Desk database')
  }
}

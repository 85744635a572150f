import sqlite3 from 'sqlite3'
import { existsSync } from 'node:fs'
import { SqliteConnection } from './sqliteConnection'
import { applyPragmas } from './pragmas'
import { WriteQueue } from './writeQueue'
import { WalCheckpointer } from './walCheckpointer'
import { migrate, readSchemaVersion } from './migrate'
import { assertUsableDatabase } from './integrity'
import { backupFileName, pruneBackups, type BackupReason } from './backupFiles'
import { writeBackup } from './backupWriter'
import { migrations as bundledMigrations, type Migration } from './migrations'
import { readDeletions } from './deletionLog'
import { prepareRestoredCopy, removeWithSideFiles, SIDE_FILES } from './restoredCopy'
import { ensurePrivateFile, restrictToOwner } from './privateFiles'
import { crashPoint } from './crashPoints'

/**
 * The reading connection's page cache, in KiB (SQLite's default is 2 MB). A search over 100,000 people sorts a few
 * hundred rows spread over the whole table; with the table's pages cached that takes half the time. Filled only as
 * pages are read.
 */
const READER_CACHE_KIB = 16_000

/** Pages copied per step when a restore loads its prepared copy (1 MB at 4 KB pages). */
const RESTORE_PAGES_PER_STEP = 256

/** Where a restore prepares its copy, beside the database; a leftover is removed at the next start. */
export function restoreWorkFile(dbFile: string): string {
  return `${dbFile}.restore-partial`
}

export interface DatabaseOptions {
  migrations?: Migration[]
  /** Where automatic and manual backups go; without it no backup is made. */
  backupDir?: string
  keepBackups?: number
  now?: () => Date
}

/**
 * The app's one database file. Writes go through a single queued connection, each
 * as one IMMEDIATE transaction; reads use a second connection that, under WAL,
 * only ever sees committed data.
 */
export class Database {
  private readonly queue = new WriteQueue()

  private constructor(
    private readonly writer: SqliteConnection,
    private readonly reader: SqliteConnection,
    private version: number,
    readonly file: string,
    private readonly options: Required<Pick<DatabaseOptions, 'migrations' | 'keepBackups' | 'now'>> & Pick<DatabaseOptions, 'backupDir'>,
    private readonly checkpointer?: WalCheckpointer,
  ) {}

  get schemaVersion(): number {
    return this.version
  }

  get backupDir(): string | undefined {
    return this.options.backupDir
  }

  static async open(file: string, options: DatabaseOptions | Migration[] = {}): Promise<Database> {
    const settings = Array.isArray(options) ? { migrations: options } : options
    const resolved = {
      migrations: settings.migrations ?? bundledMigrations,
      keepBackups: settings.keepBackups ?? 14,
      now: settings.now ?? (() => new Date()),
      backupDir: settings.backupDir,
    }
    const latest = resolved.migrations.at(-1)?.version ?? 0
    // a folder the app may not write to is reported by SQLite's own open, with the message workers know
    if (!existsSync(file)) await ensurePrivateFile(file).catch(() => undefined)
    const writer = await SqliteConnection.open(file)
    let reader: SqliteConnection | undefined
    try {
      await assertUsableDatabase(writer, file, latest)
      for (const suffix of ['', ...SIDE_FILES]) await restrictToOwner(file + suffix)
      await applyPragmas(writer)
      const current = await readSchemaVersion(writer)
      if (current > 0 && current < latest && resolved.backupDir) {
        await writeBackup(writer, resolved.backupDir, backupFileName(resolved.now(), 'pre-migration'))
      }
      const schemaVersion = await migrate(writer, resolved.migrations)
      reader = await SqliteConnection.open(file, sqlite3.OPEN_READONLY)
      await applyPragmas(reader)
      await reader.exec(`PRAGMA cache_size = -${READER_CACHE_KIB}`)
      return new Database(writer, reader, schemaVersion, file, resolved, await WalCheckpointer.start(file, writer))
    } catch (error) {
      await reader?.close().catch(() => undefined)
      await writer.close().catch(() => undefined)
      throw error
    }
  }

  /** Runs `work` inside one transaction, after every earlier write has finished. */
  write<T>(work: (tx: SqliteConnection) => Promise<T>): Promise<T> {
    return this.queue.enqueue(async () => {
      await this.writer.exec('BEGIN IMMEDIATE')
      try {
        const result = await work(this.writer)
        await this.writer.exec('COMMIT')
        this.checkpointer?.noteWrite()
        return result
      } catch (error) {
        await this.writer.exec('ROLLBACK').catch(() => undefined)
        throw error
      }
    })
  }

  /**
   * A write that deletes personal data: after it commits, the WAL is checkpointed and truncated,
   * so the deleted rows' old page images leave the -wal file too (secure_delete has already
   * overwritten them in the pages themselves).
   */
  writeAndErase<T>(work: (tx: SqliteConnection) => Promise<T>): Promise<T> {
    return this.write(work).then(async (result) => {
      await this.queue.enqueue(() => this.truncateWal())
      return result
    })
  }

  /** A reader mid-transaction holds the checkpoint back (each try waits up to the busy timeout); if still held, the next deletion or closing the app truncates the WAL. */
  private async truncateWal(): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const outcome = await this.writer.get<{ busy: number }>('PRAGMA wal_checkpoint(TRUNCATE)').catch(() => ({ busy: 1 }))
      if (outcome?.busy === 0) return
    }
    console.error('[erase] the WAL could not be truncated now; the next deletion or closing the app will')
  }

  read<T>(work: (db: SqliteConnection) => Promise<T>): Promise<T> {
    return work(this.reader)
  }

  /**
   * Runs `work` on a connection of its own inside one read transaction, so every query sees the same committed
   * state however many statements it takes, while writes go on (WAL). For exports that must not mix two moments.
   */
  async readSnapshot<T>(work: (db: SqliteConnection) => Promise<T>): Promise<T> {
    const connection = await SqliteConnection.open(this.file, sqlite3.OPEN_READONLY)
    try {
      await applyPragmas(connection)
      await connection.exec('BEGIN')
      try {
        return await work(connection)
      } finally {
        await connection.exec('COMMIT').catch(() => undefined)
      }
    } finally {
      await connection.close()
    }
  }

  /** A consistent copy of the whole database into the backup folder; returns its file name. */
  async backup(reason: BackupReason): Promise<string> {
    const dir = this.options.backupDir
    if (!dir) throw new Error('No backup folder configured')
    const name = backupFileName(this.options.now(), reason)
    await writeBackup(this.reader, dir, name)
    await pruneBackups(dir, this.options.keepBackups)
    return name
  }

  /**
   * Replaces the whole database with the backup `file`, crash-safe at every step: the backup is
   * copied and checked and brought up to date in a separate file, deletions made since are applied
   * to it again, and only then is it loaded into the database in one transaction. A crash before
   * that transaction commits leaves the old data; after it, the restored data.
   */
  restoreFrom(file: string): Promise<void> {
    return this.queue.enqueue(async () => {
      const work = restoreWorkFile(this.file)
      try {
        await prepareRestoredCopy(file, work, this.options.migrations, await readDeletions(this.writer))
        crashPoint('restore-prepared')
        await this.writer.backup(work, 'from', { pagesPerStep: RESTORE_PAGES_PER_STEP, afterStep: () => crashPoint('restore-loading') })
        crashPoint('restore-loaded')
        await applyPragmas(this.writer)
        this.version = await readSchemaVersion(this.writer)
        await this.truncateWal()
      } finally {
        await removeWithSideFiles(work)
      }
    })
  }

  async close(): Promise<void> {
    await this.queue.enqueue(async () => undefined)
    await this.checkpointer?.close()
    await this.reader.close()
    await this.writer.close()
  }
}

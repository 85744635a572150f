import sqlite3 from 'sqlite3'
import { join } from 'node:path'
import { SqliteConnection } from './sqliteConnection'
import { applyPragmas } from './pragmas'
import { WriteQueue } from './writeQueue'
import { WalCheckpointer } from './walCheckpointer'
import { migrate, readSchemaVersion } from './migrate'
import { assertUsableDatabase } from './integrity'
import { backupFileName, prepareBackupDir, pruneBackups, type BackupReason } from './backupFiles'
import { migrations as bundledMigrations, type Migration } from './migrations'

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
    const resolved = { migrations: settings.migrations ?? bundledMigrations, keepBackups: settings.keepBackups ?? 14, now: settings.now ?? (() => new Date()), backupDir: settings.backupDir }
    const latest = resolved.migrations.at(-1)?.version ?? 0
    const writer = await SqliteConnection.open(file)
    let reader: SqliteConnection | undefined
    try {
      await assertUsableDatabase(writer, file, latest)
      await applyPragmas(writer)
      const current = await readSchemaVersion(writer)
      if (current > 0 && current < latest && resolved.backupDir) {
        await prepareBackupDir(resolved.backupDir)
        await writer.backup(join(resolved.backupDir, backupFileName(resolved.now(), 'pre-migration')), 'to')
      }
      const schemaVersion = await migrate(writer, resolved.migrations)
      reader = await SqliteConnection.open(file, sqlite3.OPEN_READONLY)
      await applyPragmas(reader)
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
   * For a write that is a single statement, which SQLite commits on its own: runs `work` after
   * every earlier write has finished, without BEGIN and COMMIT around it. `work` may read, but
   * must make no more than that one write.
   */
  writeOneStatement<T>(work: (connection: SqliteConnection) => Promise<T>): Promise<T> {
    return this.queue.enqueue(async () => {
      const result = await work(this.writer)
      this.checkpointer?.noteWrite()
      return result
    })
  }

  read<T>(work: (db: SqliteConnection) => Promise<T>): Promise<T> {
    return work(this.reader)
  }

  /** A consistent copy of the whole database into the backup folder; returns its file name. */
  async backup(reason: BackupReason): Promise<string> {
    const dir = this.options.backupDir
    if (!dir) throw new Error('No backup folder configured')
    await prepareBackupDir(dir)
    const name = backupFileName(this.options.now(), reason)
    await this.reader.backup(join(dir, name), 'to')
    await pruneBackups(dir, this.options.keepBackups)
    return name
  }

  /** Replaces the whole database with `file` (already checked by the caller), then brings it up to date. */
  restoreFrom(file: string): Promise<void> {
    return this.queue.enqueue(async () => {
      await this.writer.backup(file, 'from')
      await applyPragmas(this.writer)
      this.version = await migrate(this.writer, this.options.migrations)
    })
  }

  async close(): Promise<void> {
    await this.queue.enqueue(async () => undefined)
    await this.checkpointer?.close()
    await this.reader.close()
    await this.writer.close()
  }
}

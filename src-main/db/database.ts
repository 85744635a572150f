import sqlite3 from 'sqlite3'
import { SqliteConnection } from './sqliteConnection'
import { applyPragmas } from './pragmas'
import { WriteQueue } from './writeQueue'
import { migrate } from './migrate'
import { migrations as bundledMigrations, type Migration } from './migrations'

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
    readonly schemaVersion: number,
    readonly file: string,
  ) {}

  static async open(file: string, migrations: Migration[] = bundledMigrations): Promise<Database> {
    const writer = await SqliteConnection.open(file)
    let reader: SqliteConnection | undefined
    try {
      await applyPragmas(writer)
      const schemaVersion = await migrate(writer, migrations)
      reader = await SqliteConnection.open(file, sqlite3.OPEN_READONLY)
      await applyPragmas(reader)
      return new Database(writer, reader, schemaVersion, file)
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
        return result
      } catch (error) {
        await this.writer.exec('ROLLBACK').catch(() => undefined)
        throw error
      }
    })
  }

  read<T>(work: (db: SqliteConnection) => Promise<T>): Promise<T> {
    return work(this.reader)
  }

  async close(): Promise<void> {
    await this.queue.enqueue(async () => undefined)
    await this.reader.close()
    await this.writer.close()
  }
}

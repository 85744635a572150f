import sqlite3 from 'sqlite3'

export type SqlParams = Record<string, unknown> | readonly unknown[]

export interface RunResult {
  changes: number
  lastID: number
}

interface RawBackup {
  completed: boolean
  step(pages: number, callback: (error: Error | null) => void): void
  finish(callback: (error: Error | null) => void): void
}

interface RawWithBackup {
  backup(file: string, destName: string, sourceName: string, filenameIsDest: boolean, callback: (error: Error | null) => void): RawBackup
}

/** A promise face over one node-sqlite3 connection. */
export class SqliteConnection {
  private readonly statements = new Map<string, Promise<sqlite3.Statement>>()

  private constructor(private readonly raw: sqlite3.Database) {}

  static open(file: string, mode = sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE): Promise<SqliteConnection> {
    return new Promise((resolve, reject) => {
      const raw = new sqlite3.Database(file, mode, (error) => {
        if (error) reject(error)
        else resolve(new SqliteConnection(raw))
      })
    })
  }

  run(sql: string, params: SqlParams = []): Promise<RunResult> {
    return new Promise((resolve, reject) => {
      this.raw.run(sql, params as unknown[], function (this: sqlite3.RunResult, error: Error | null) {
        if (error) reject(error)
        else resolve({ changes: this.changes, lastID: this.lastID })
      })
    })
  }

  get<T>(sql: string, params: SqlParams = []): Promise<T | undefined> {
    return new Promise((resolve, reject) => {
      this.raw.get(sql, params as unknown[], (error: Error | null, row: T | undefined) => (error ? reject(error) : resolve(row)))
    })
  }

  all<T>(sql: string, params: SqlParams = []): Promise<T[]> {
    return new Promise((resolve, reject) => {
      this.raw.all(sql, params as unknown[], (error: Error | null, rows: T[]) => (error ? reject(error) : resolve(rows)))
    })
  }

  /**
   * Like all, but the SQL is compiled once and kept for the life of the connection, so a hot path (check-in)
   * pays one trip to SQLite's worker thread instead of two. For fixed SQL; it runs the statement to its end,
   * so it suits RETURNING and leaves nothing unfinished before a COMMIT.
   */
  async allPrepared<T>(sql: string, params: SqlParams): Promise<T[]> {
    const statement = await this.compiled(sql)
    return new Promise((resolve, reject) => {
      statement.all(params as unknown[], (error: Error | null, rows: T[]) => (error ? reject(error) : resolve(rows)))
    })
  }

  private compiled(sql: string): Promise<sqlite3.Statement> {
    let compiling = this.statements.get(sql)
    if (!compiling) {
      compiling = new Promise((resolve, reject) => {
        const statement: sqlite3.Statement = this.raw.prepare(sql, (error: Error | null) => (error ? reject(error) : resolve(statement)))
      })
      this.statements.set(sql, compiling)
      compiling.catch(() => this.statements.delete(sql))
    }
    return compiling
  }

  exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.raw.exec(sql, (error: Error | null) => (error ? reject(error) : resolve()))
    })
  }

  /**
   * SQLite's online backup: copies the whole database `to` a file, or `from` a file into
   * this connection's database, page by page, consistent even while others write.
   * Into a WAL database the copy is one transaction: until it completes, a crash leaves the old data.
   * `afterStep` runs between steps of `pagesPerStep` pages (all at once by default).
   */
  backup(file: string, direction: 'to' | 'from', options: { pagesPerStep?: number; afterStep?: () => void } = {}): Promise<void> {
    const pages = options.pagesPerStep ?? -1
    return new Promise((resolve, reject) => {
      let failed = false
      const job = (this.raw as unknown as RawWithBackup).backup(file, 'main', 'main', direction === 'to', (error) => {
        if (error) {
          failed = true
          reject(error)
        }
      })
      const step = (attempt: number) =>
        job.step(pages, (error) => {
          if (failed) return
          if (!error && job.completed) return job.finish(() => resolve())
          if (!error && pages > 0) {
            options.afterStep?.()
            setImmediate(() => step(0))
            return
          }
          if (attempt < 50 && (!error || ['SQLITE_BUSY', 'SQLITE_LOCKED'].includes((error as { code?: string }).code ?? ''))) {
            setTimeout(() => step(attempt + 1), 100)
            return
          }
          job.finish(() => reject(error ?? new Error('backup did not complete')))
        })
      step(0)
    })
  }

  async close(): Promise<void> {
    const compiled = await Promise.allSettled(this.statements.values())
    this.statements.clear()
    await Promise.all(compiled.map((outcome) => (outcome.status === 'fulfilled' ? new Promise<void>((resolve) => outcome.value.finalize(() => resolve())) : undefined)))
    return new Promise((resolve, reject) => {
      this.raw.close((error: Error | null) => (error ? reject(error) : resolve()))
    })
  }
}

import sqlite3 from 'sqlite3'

export type SqlParams = Record<string, unknown> | readonly unknown[]

export interface RunResult {
  changes: number
  lastID: number
}

/** A promise face over one node-sqlite3 connection. */
export class SqliteConnection {
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

  exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.raw.exec(sql, (error: Error | null) => (error ? reject(error) : resolve()))
    })
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.raw.close((error: Error | null) => (error ? reject(error) : resolve()))
    })
  }
}

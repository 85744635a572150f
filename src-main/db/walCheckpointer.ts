import { SqliteConnection } from './sqliteConnection'
import { applyPragmas } from './pragmas'

/**
 * The writer's own automatic checkpoint runs inside a COMMIT: a check-in writes about ten pages,
 * so about one check-in in a hundred would also copy the whole WAL into the database file and
 * sync it before it is acknowledged. Here that copy runs on a connection of its own, beside the
 * write queue, so no write waits for it. The writer keeps a far-off automatic checkpoint as a
 * backstop, in case this one cannot run (a read-only file, a long reader).
 */
export const BACKSTOP_AUTOCHECKPOINT_PAGES = 10_000
const WRITES_PER_CHECKPOINT = 50

export class WalCheckpointer {
  private writesSinceCheckpoint = 0
  private running: Promise<void> | null = null
  private closed = false

  private constructor(private readonly connection: SqliteConnection) {}

  /** Undefined when the file cannot be opened for checkpoints; the writer then checkpoints itself as before. */
  static async start(file: string, writer: SqliteConnection): Promise<WalCheckpointer | undefined> {
    try {
      const connection = await SqliteConnection.open(file)
      await applyPragmas(connection)
      await writer.exec(`PRAGMA wal_autocheckpoint = ${BACKSTOP_AUTOCHECKPOINT_PAGES}`)
      return new WalCheckpointer(connection)
    } catch {
      return undefined
    }
  }

  /** Called after each committed write; now and then starts a passive checkpoint and never waits for it. */
  noteWrite(): void {
    this.writesSinceCheckpoint += 1
    if (this.closed || this.running || this.writesSinceCheckpoint < WRITES_PER_CHECKPOINT) return
    this.writesSinceCheckpoint = 0
    // PASSIVE never blocks the writer; a busy or failed round is simply tried again later.
    this.running = this.connection
      .get('PRAGMA wal_checkpoint(PASSIVE)')
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => (this.running = null))
  }

  async close(): Promise<void> {
    this.closed = true
    await this.running
    await this.connection.close()
  }
}

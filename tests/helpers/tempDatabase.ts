import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Database } from '../../src-main/db/database'
import type { Migration } from '../../src-main/db/migrations'

export interface TempDatabase {
  db: Database
  file: string
  dir: string
  cleanup: () => Promise<void>
}

export function makeTempDir(prefix = 'outreach-test-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/** A real database file, built by the real migrations, in a fresh temp folder. */
export async function openTempDatabase(migrations?: Migration[]): Promise<TempDatabase> {
  const { dir, remove } = makeTempDir()
  const file = join(dir, 'outreach.sqlite')
  const db = await Database.open(file, { migrations, backupDir: join(dir, 'backups') })
  return {
    db,
    file,
    dir,
    cleanup: async () => {
      await db.close().catch(() => undefined)
      remove()
    },
  }
}

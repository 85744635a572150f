import { afterEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { Database } from '../../../src-main/db/database'
import { MigrationError } from '../../../src-main/db/migrate'
import { migrations } from '../../../src-main/db/migrations'
import { makeTempDir, openTempDatabase, type TempDatabase } from '../../helpers/tempDatabase'

let temp: TempDatabase | undefined
afterEach(async () => {
  await temp?.cleanup()
  temp = undefined
})

describe('migrations', () => {
  it('start at 1 and are numbered in strictly increasing order', () => {
    const versions = migrations.map((m) => m.version)
    expect(versions[0]).toBe(1)
    versions.slice(1).forEach((version, index) => expect(version).toBeGreaterThan(versions[index]))
  })

  it('build an empty file up to the latest schema with every table', async () => {
    temp = await openTempDatabase()
    expect(temp.db.schemaVersion).toBe(migrations.at(-1)!.version)
    const tables = await temp.db.read((db) => db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['attendance', 'attendees', 'consents', 'sessions']))
  })

  it('reopening an up-to-date file changes nothing', async () => {
    temp = await openTempDatabase()
    await temp.db.close()
    const again = await Database.open(temp.file)
    expect(again.schemaVersion).toBe(migrations.at(-1)!.version)
    temp.db = again
  })

  it('a failing migration rolls back with its version bump and says which one failed', async () => {
    const { dir, remove } = makeTempDir()
    const file = join(dir, 'broken.sqlite')
    const broken = [...migrations, { version: migrations.at(-1)!.version + 1, name: 'broken', sql: 'CREATE TABLE half_done (id TEXT); INSERT INTO no_such_table VALUES (1);' }]
    const failure = await Database.open(file, broken).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(MigrationError)
    expect((failure as MigrationError).message).toContain('broken')

    const reopened = await Database.open(file)
    expect(reopened.schemaVersion).toBe(migrations.at(-1)!.version)
    const halfDone = await reopened.read((db) => db.get("SELECT name FROM sqlite_master WHERE name = 'half_done'"))
    expect(halfDone).toBeUndefined()
    await reopened.close()
    remove()
  })
})

describe('pragmas on every connection', () => {
  it('use WAL, synchronous=FULL, foreign keys and a busy timeout on both the reader and the writer', async () => {
    temp = await openTempDatabase()
    const read = await temp.db.read(async (db) => ({
      journal: await db.get<{ journal_mode: string }>('PRAGMA journal_mode'),
      synchronous: await db.get<{ synchronous: number }>('PRAGMA synchronous'),
      foreignKeys: await db.get<{ foreign_keys: number }>('PRAGMA foreign_keys'),
      busy: await db.get<{ timeout: number }>('PRAGMA busy_timeout'),
    }))
    const written = await temp.db.write(async (tx) => ({
      synchronous: await tx.get<{ synchronous: number }>('PRAGMA synchronous'),
      foreignKeys: await tx.get<{ foreign_keys: number }>('PRAGMA foreign_keys'),
      busy: await tx.get<{ timeout: number }>('PRAGMA busy_timeout'),
    }))
    expect(read.journal?.journal_mode).toBe('wal')
    for (const pragmas of [read, written]) {
      expect(pragmas.synchronous?.synchronous).toBe(2)
      expect(pragmas.foreignKeys?.foreign_keys).toBe(1)
      expect(pragmas.busy?.timeout).toBeGreaterThan(0)
    }
  })

  it('foreign keys are enforced', async () => {
    temp = await openTempDatabase()
    const now = new Date().toISOString()
    const insertOrphan = temp.db.write((tx) =>
      tx.run("INSERT INTO attendance (id, session_id, attendee_id, source, created_at, updated_at) VALUES ('a', 'no-session', 'no-person', 'signup', ?, ?)", [now, now]),
    )
    await expect(insertOrphan).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT' })
  })
})

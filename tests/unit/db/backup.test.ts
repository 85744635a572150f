import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Database } from '../../../src-main/db/database'
import { DatabaseRefusedError } from '../../../src-main/db/integrity'
import { SqliteConnection } from '../../../src-main/db/sqliteConnection'
import { migrations } from '../../../src-main/db/migrations'
import { makeDailyBackupIfDue, openApp } from '../../../src-main/app/openApp'
import { replaceWithBackup } from '../../../src-main/app/recovery'
import { makeTempDir } from '../../helpers/tempDatabase'
import { openTestApp, type TestApp } from '../../helpers/testApp'

let app: TestApp
beforeEach(async () => {
  app = await openTestApp()
})
afterEach(() => app.cleanup())

async function ok<T>(method: string, input: unknown = {}): Promise<T> {
  const answer = await app.call(method, input)
  if (!answer.ok) throw new Error(`${method}: ${JSON.stringify(answer.error)}`)
  return answer.result as T
}

async function seed(count: number, firstPhone = 0): Promise<string> {
  const { id } = await ok<{ id: string }>('sessions.create', { title: '讲座', startsAt: '2026-12-01T10:00:00Z', place: '礼堂' })
  for (let i = 0; i < count; i++)
    await ok('attendees.signUp', { sessionId: id, name: `张${'三四五六七八九十'[i % 8]}`, phone: `1380013${String(8000 + firstPhone + i)}`, consent: true, checkIn: i % 2 === 0 })
  return id
}

/**
 * Every row of every table, in a stable order: two databases with the same dump hold the same data. Full-text
 * indexes (virtual and shadow tables) are left out: their pages depend on the order rows went in, not on the data.
 */
async function dumpAll(db: Database): Promise<string> {
  return db.read(async (reader) => {
    // the sync_ tables are each laptop's own merge state (device id, clock), which archives leave out
    const tables = await reader.all<{ name: string }>(
      "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' AND substr(name, 1, 5) <> 'sync_' ORDER BY name",
    )
    const parts: Record<string, unknown> = {}
    for (const { name } of tables) {
      const rows = await reader.all<Record<string, unknown>>(`SELECT * FROM "${name}"`)
      parts[name] = rows.map((row) => JSON.stringify(row, (_key, value) => (value?.type === 'Buffer' ? Buffer.from(value.data).toString('base64') : value))).sort()
    }
    return JSON.stringify(parts)
  })
}

describe('backups', () => {
  it('a manual backup holds every row; its preview counts them', async () => {
    await seed(6)
    const made = await ok<{ fileName: string; reason: string; sizeBytes: number }>('backups.create')
    expect(made.reason).toBe('manual')
    expect(made.sizeBytes).toBeGreaterThan(0)
    expect(await ok('backups.preview', { fileName: made.fileName })).toMatchObject({ sessions: 1, people: 6, attendance: 6, schemaVersion: app.db.schemaVersion })
    const copy = await Database.open(join(app.dir, 'backups', made.fileName))
    expect(await dumpAll(copy)).toBe(await dumpAll(app.db))
    await copy.close()
  })

  it('restore brings back every row exactly, after saving the current state as a pre-restore backup', async () => {
    await seed(4)
    const before = await dumpAll(app.db)
    const { fileName } = await ok<{ fileName: string }>('backups.create')
    await seed(3, 100)
    expect(await dumpAll(app.db)).not.toBe(before)
    const result = await ok<{ safetyBackup: string }>('backups.restore', { fileName })
    expect(await dumpAll(app.db)).toBe(before)
    expect(result.safetyBackup).toMatch(/pre-restore/)
    expect(await ok('backups.preview', { fileName: result.safetyBackup })).toMatchObject({ sessions: 2, people: 7 })
    // the app keeps working on the restored data
    await seed(1, 200)
    expect((await ok<{ items: unknown[] }>('sessions.list')).items).toHaveLength(2)
  })

  it('refuses names outside the backup folder and damaged backups', async () => {
    expect(await app.call('backups.preview', { fileName: '../outreach.sqlite' })).toMatchObject({ ok: false, status: 400 })
    expect(await app.call('backups.preview', { fileName: 'outreach-2020-01-01T00-00-00-000Z-manual.sqlite' })).toMatchObject({ ok: false, status: 404 })
    mkdirSync(join(app.dir, 'backups'), { recursive: true })
    writeFileSync(join(app.dir, 'backups', 'outreach-2020-01-01T00-00-00-000Z-manual.sqlite'), 'this is not a database at all'.repeat(100))
    expect(await app.call('backups.restore', { fileName: 'outreach-2020-01-01T00-00-00-000Z-manual.sqlite' })).toMatchObject({ ok: false, error: { code: 'conflict' } })
  })

  it('downloads a backup as bytes that open as the same database', async () => {
    await seed(2)
    const { fileName } = await ok<{ fileName: string }>('backups.create')
    const { dataBase64 } = await ok<{ dataBase64: string }>('backups.download', { fileName })
    const file = join(app.dir, 'downloaded.sqlite')
    writeFileSync(file, Buffer.from(dataBase64, 'base64'))
    const copy = await Database.open(file)
    expect(await dumpAll(copy)).toBe(await dumpAll(app.db))
    await copy.close()
  })

  it('makes a daily backup once a day, and only when there is data', async () => {
    expect(await makeDailyBackupIfDue(app.db)).toBeUndefined()
    await seed(1)
    const first = await makeDailyBackupIfDue(app.db, new Date())
    expect(first).toMatch(/daily/)
    expect(await makeDailyBackupIfDue(app.db, new Date())).toBeUndefined()
    expect(await makeDailyBackupIfDue(app.db, new Date(Date.now() + 25 * 3600 * 1000))).toMatch(/daily/)
  })
})

describe('full export archive', () => {
  it('round-trips every row of every table into an empty database', async () => {
    await seed(5)
    await app.db.write((tx) => tx.run("INSERT INTO settings (key, value, created_at, updated_at) VALUES ('archive.test', '{\"a\":1}', 'x', 'x')"))
    const { fileName, dataBase64 } = await ok<{ fileName: string; dataBase64: string }>('backups.exportArchive')
    expect(fileName).toMatch(/^outreach-archive-.*\.json\.gz$/)

    const target = await openTestApp()
    try {
      const imported = await target.call('backups.importArchive', { dataBase64 })
      expect(imported).toMatchObject({ ok: true, result: { tables: { sessions: 1, attendees: 5, attendance: 5 } } })
      expect(await dumpAll(target.db)).toBe(await dumpAll(app.db))
      // a second import into the now non-empty database is refused unless replacing, and changes nothing
      expect(await target.call('backups.importArchive', { dataBase64 })).toMatchObject({ ok: false, status: 409 })
      expect(await dumpAll(target.db)).toBe(await dumpAll(app.db))
    } finally {
      await target.cleanup()
    }
  })

  it('replaces existing data only when asked, after a safety backup', async () => {
    await seed(2)
    const { dataBase64 } = await ok<{ dataBase64: string }>('backups.exportArchive')
    const snapshot = await dumpAll(app.db)
    await seed(3, 50)
    const replaced = await ok<{ safetyBackup: string | null }>('backups.importArchive', { dataBase64, replaceExisting: true })
    expect(replaced.safetyBackup).toMatch(/pre-restore/)
    expect(await dumpAll(app.db)).toBe(snapshot)
  })

  it('refuses a damaged archive with a clear message and changes nothing', async () => {
    await seed(1)
    const snapshot = await dumpAll(app.db)
    const answer = await app.call('backups.importArchive', { dataBase64: Buffer.from('not gzip').toString('base64'), replaceExisting: true }, 'en')
    expect(answer).toMatchObject({ ok: false, status: 400, error: { message: expect.stringContaining('archive') } })
    expect(await dumpAll(app.db)).toBe(snapshot)
  })
})

describe('start-up checks', () => {
  const temp = makeTempDir('outreach-startup-')
  afterAll(() => temp.remove())

  it('refuses a file that is not SQLite and leaves it byte for byte', async () => {
    const file = join(temp.dir, 'notes.sqlite')
    writeFileSync(file, 'Meeting notes, definitely not a database. '.repeat(200))
    const error = await Database.open(file).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DatabaseRefusedError)
    expect((error as DatabaseRefusedError).reason).toBe('not_sqlite')
    expect(readdirSync(temp.dir).filter((n) => n.startsWith('notes'))).toEqual(['notes.sqlite'])
  })

  it("refuses another program's database and one from a newer version", async () => {
    const foreign = join(temp.dir, 'foreign.sqlite')
    const other = await SqliteConnection.open(foreign)
    await other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)')
    await other.close()
    expect(await Database.open(foreign).catch((e: unknown) => (e as DatabaseRefusedError).reason)).toBe('foreign')

    const newer = join(temp.dir, 'newer.sqlite')
    const db = await Database.open(newer)
    await db.close()
    const raw = await SqliteConnection.open(newer)
    await raw.exec(`PRAGMA user_version = ${migrations.at(-1)!.version + 5}`)
    await raw.close()
    expect(await Database.open(newer).catch((e: unknown) => (e as DatabaseRefusedError).reason)).toBe('newer')
  })

  it('refuses a damaged file, which can then be replaced by its newest backup while the damaged one is kept', async () => {
    const dir = makeTempDir('outreach-damaged-')
    const file = join(dir.dir, 'outreach.sqlite')
    const opened = await openApp(file)
    const { id } = (await opened.handlers['sessions.create']({ title: '讲座', startsAt: '2026-12-01T10:00:00.000Z', place: '礼堂' } as never)) as { id: string }
    const backupName = await opened.db.backup('manual')
    await opened.close()
    const { openSync, writeSync, closeSync, statSync } = await import('node:fs')
    const size = statSync(file).size
    const fd = openSync(file, 'r+')
    writeSync(fd, Buffer.alloc(size - 4096, 0x5a), 0, size - 4096, 4096)
    closeSync(fd)

    expect(await openApp(file).catch((e: unknown) => (e as DatabaseRefusedError).reason)).toMatch(/corrupt|not_sqlite/)
    const keptAs = await replaceWithBackup(file, join(dir.dir, 'outreach-backups'), backupName)
    expect(existsSync(keptAs)).toBe(true)
    const recovered = await openApp(file)
    expect(await recovered.handlers['sessions.get']({ id } as never)).toMatchObject({ id })
    await recovered.close()
    dir.remove()
  })
})

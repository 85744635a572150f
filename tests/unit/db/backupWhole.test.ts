import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { chmodSync, copyFileSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openApp, type OpenedApp } from '../../../src-main/app/openApp'
import { latestBackup, replaceWithBackup } from '../../../src-main/app/recovery'
import { makeTempDir } from '../../helpers/tempDatabase'

let temp: ReturnType<typeof makeTempDir>
let dbFile: string
let backupDir: string
let app: OpenedApp | undefined

beforeEach(() => {
  temp = makeTempDir('outreach-whole-')
  dbFile = join(temp.dir, 'outreach.sqlite')
  backupDir = join(temp.dir, 'outreach-backups')
})
afterEach(async () => {
  await app?.close().catch(() => undefined)
  app = undefined
  temp.remove()
})

async function call<T>(method: string, input: unknown = {}): Promise<T> {
  return (await (app!.handlers as unknown as Record<string, (input: unknown) => Promise<unknown>>)[method](input)) as T
}

async function openWithSession(title: string): Promise<void> {
  app = await openApp(dbFile)
  await call('sessions.create', { title, startsAt: '2026-12-01T10:00:00.000Z', place: '礼堂' })
}

const mode = (file: string) => statSync(file).mode & 0o777

describe('backups are whole or marked damaged', () => {
  it('lists a backup cut short as damaged, never offers it for recovery, and offers the newest intact one', async () => {
    await openWithSession('讲座')
    const daily = (await app!.db.backup('daily'))!
    // what a crash in the middle of writing a backup used to leave under the real name: the first pages only
    const bytes = readFileSync(join(backupDir, daily))
    const cutShort = 'outreach-2099-01-01T00-00-00-000Z-manual.sqlite'
    writeFileSync(join(backupDir, cutShort), bytes.subarray(0, 4096 * 2))

    const { items } = await call<{ items: { fileName: string; intact: boolean }[] }>('backups.list')
    expect(items.map(({ fileName, intact }) => ({ fileName, intact }))).toEqual([
      { fileName: cutShort, intact: false },
      { fileName: daily, intact: true },
    ])
    expect((await latestBackup(backupDir))?.fileName).toBe(daily)
    await expect(call('backups.restore', { fileName: cutShort })).rejects.toMatchObject({ code: 'conflict' })
    expect((await call<{ items: unknown[] }>('sessions.list')).items).toHaveLength(1)
  })

  it('re-checks a backup whose file changed since it was last checked', async () => {
    await openWithSession('讲座')
    const name = await app!.db.backup('manual')
    const first = await call<{ items: { intact: boolean }[] }>('backups.list')
    expect(first.items[0].intact).toBe(true)
    const file = join(backupDir, name)
    writeFileSync(file, readFileSync(file).subarray(0, 4096))
    const second = await call<{ items: { intact: boolean }[] }>('backups.list')
    expect(second.items[0].intact).toBe(false)
  })

  it('lists from its earlier verdict while the file is unchanged in size and time, but recovery and restore check afresh', async () => {
    await openWithSession('讲座')
    const name = await app!.db.backup('manual')
    const file = join(backupDir, name)
    const time = new Date('2026-12-01T10:00:00Z')
    utimesSync(file, time, time)
    expect((await call<{ items: { intact: boolean }[] }>('backups.list')).items[0].intact).toBe(true)
    const { size } = statSync(file)
    writeFileSync(file, Buffer.concat([readFileSync(file).subarray(0, 4096), Buffer.alloc(size - 4096, 0x5a)]))
    utimesSync(file, time, time)

    expect((await call<{ items: { intact: boolean }[] }>('backups.list')).items[0].intact).toBe(true)
    expect(await latestBackup(backupDir)).toBeUndefined()
    await expect(call('backups.restore', { fileName: name })).rejects.toMatchObject({ code: 'conflict' })
    expect((await call<{ items: { intact: boolean }[] }>('backups.list')).items[0].intact).toBe(false)
  })

  it('ignores the partial files of a backup cut short, and removes them at the next start', async () => {
    await openWithSession('讲座')
    const name = await app!.db.backup('manual')
    await app!.close()
    app = undefined
    const leftovers = ['outreach-2026-12-02T00-00-00-000Z-daily.sqlite.partial', 'outreach-2026-12-02T00-00-00-000Z-daily.sqlite.partial-journal']
    for (const leftover of leftovers) copyFileSync(join(backupDir, name), join(backupDir, leftover))

    app = await openApp(dbFile)
    const files = readdirSync(backupDir)
    expect(files.filter((file) => file.includes('.partial'))).toEqual([])
    expect(files).toContain(name)
    const listed = (await call<{ items: { fileName: string }[] }>('backups.list')).items.map((item) => item.fileName)
    expect(listed.sort()).toEqual(files.filter((file) => file.endsWith('.sqlite')).sort())
  })

  it('does not let damaged automatic backups push good ones out', async () => {
    await openWithSession('讲座')
    const good = await app!.db.backup('daily')
    for (let day = 10; day < 26; day++) writeFileSync(join(backupDir, `outreach-2099-01-${day}T00-00-00-000Z-daily.sqlite`), 'cut short')
    await app!.db.backup('daily')
    expect(readdirSync(backupDir)).toContain(good)
  })
})

describe('files readable by their owner only', () => {
  it('creates the database, its WAL and shared memory, backups and refused copies as 0600, the backup folder as 0700', async () => {
    await openWithSession('讲座')
    const name = await app!.db.backup('manual')
    for (const file of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`, join(backupDir, name)]) expect([file, mode(file).toString(8)]).toEqual([file, '600'])
    expect(mode(backupDir).toString(8)).toBe('700')

    await call('backups.restore', { fileName: name })
    expect(mode(dbFile).toString(8)).toBe('600')
    for (const file of readdirSync(backupDir)) expect([file, mode(join(backupDir, file)).toString(8)]).toEqual([file, '600'])
    await app!.close()
    app = undefined

    const keptAs = await replaceWithBackup(dbFile, backupDir, name)
    expect(mode(keptAs).toString(8)).toBe('600')
    expect(mode(dbFile).toString(8)).toBe('600')
  })

  it('tightens a database file made earlier with wider permissions', async () => {
    await openWithSession('讲座')
    await app!.close()
    app = undefined
    chmodSync(dbFile, 0o644)
    app = await openApp(dbFile)
    expect(mode(dbFile).toString(8)).toBe('600')
    expect(mode(`${dbFile}-wal`).toString(8)).toBe('600')
  })
})

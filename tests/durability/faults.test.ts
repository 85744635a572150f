import { afterAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, readFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import sqlite3 from 'sqlite3'
import { SqliteConnection } from '../../src-main/db/sqliteConnection'
import { Database } from '../../src-main/db/database'
import { SERVE_ENTRY, startServe } from '../helpers/serveProcess'
import { makeTempDir } from '../helpers/tempDatabase'

const temp = makeTempDir('outreach-faults-')
afterAll(() => temp.remove())

interface Answer {
  status: number
  body: { id?: string; error?: { code: string; message: string } }
}

async function post(server: { url: string; token: string }, method: string, input: unknown, language = 'zh-CN'): Promise<Answer> {
  const response = await fetch(`${server.url}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-token': server.token, 'accept-language': language },
    body: JSON.stringify(input),
  })
  return { status: response.status, body: (await response.json()) as Answer['body'] }
}

async function integrity(file: string): Promise<string> {
  const connection = await SqliteConnection.open(file, sqlite3.OPEN_READONLY)
  try {
    return (await connection.all<{ integrity_check: string }>('PRAGMA integrity_check')).map((r) => r.integrity_check).join('; ')
  } finally {
    await connection.close()
  }
}

function tryMountSmallDisk(dir: string, size: string): boolean {
  mkdirSync(dir, { recursive: true })
  return spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]).status === 0
}

const canMount = (() => {
  const probe = join(temp.dir, 'probe')
  const ok = tryMountSmallDisk(probe, '64k')
  if (ok) spawnSync('umount', [probe])
  return ok
})()

describe('a full disk', () => {
  it.skipIf(!canMount)('answers storage_error in the worker’s language, acknowledges nothing it did not write, and leaves an intact file', async () => {
    const disk = join(temp.dir, 'small-disk')
    // Room for a freshly migrated file (the search index and later migrations need more than 400 KB), then it fills.
    expect(tryMountSmallDisk(disk, '2m')).toBe(true)
    try {
      const dbFile = join(disk, 'outreach.sqlite')
      const server = await startServe(dbFile)
      const acknowledged: string[] = []
      let failure: Answer | undefined
      for (let i = 0; i < 2000 && !failure; i++) {
        const answer = await post(server, 'sessions.create', { title: `满盘测试 ${i}`, startsAt: '2026-12-01T10:00:00Z', place: '礼堂', notes: '记'.repeat(2000) })
        if (answer.status === 200) acknowledged.push(answer.body.id!)
        else failure = answer
      }
      expect(failure?.status).toBe(503)
      expect(failure?.body.error?.code).toBe('storage_error')
      expect(failure?.body.error?.message).toContain('磁盘')
      const english = await post(server, 'sessions.create', { title: 'one more', startsAt: '2026-12-01T10:00:00Z', place: 'Hall', notes: 'x'.repeat(2000) }, 'en')
      expect(english.body.error?.message).toContain('disk')
      await server.stop()

      expect(await integrity(dbFile)).toBe('ok')
      const db = await Database.open(dbFile)
      const stored = await db.read((reader) => reader.all<{ id: string }>('SELECT id FROM sessions'))
      await db.close()
      expect(stored.map((row) => row.id).sort()).toEqual([...acknowledged].sort())
    } finally {
      spawnSync('umount', ['-l', disk])
    }
  })
})

describe('a read-only database file', () => {
  it('is refused at start with a clear message, and not changed', async () => {
    const dir = join(temp.dir, 'readonly')
    mkdirSync(dir)
    const dbFile = join(dir, 'outreach.sqlite')
    const db = await Database.open(dbFile)
    await db.write((tx) => tx.run("INSERT INTO sessions (id, title, starts_at, place, created_at, updated_at) VALUES ('s1', '讲座', 'x', '礼堂', 'x', 'x')"))
    await db.close()
    chmodSync(dir, 0o755)
    chmodSync(dbFile, 0o444)
    const before = createHash('sha256').update(readFileSync(dbFile)).digest('hex')
    // root ignores file modes, so the app runs as an ordinary user who may only read the file
    const run = spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, SERVE_ENTRY, '--port', '0', '--db', dbFile], { encoding: 'utf8', timeout: 20_000 })
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/cannot be written|read-only|permission/i)
    expect(createHash('sha256').update(readFileSync(dbFile)).digest('hex')).toBe(before)
  })
})

describe('a database locked by another process', () => {
  it('answers storage_error after waiting, writes nothing, and works again once the lock is gone', { timeout: 30_000 }, async () => {
    const dbFile = join(temp.dir, 'locked.sqlite')
    const server = await startServe(dbFile)
    const created = await post(server, 'sessions.create', { title: '讲座', startsAt: '2026-12-01T10:00:00Z', place: '礼堂' })
    expect(created.status).toBe(200)

    const locker = await SqliteConnection.open(dbFile)
    await locker.exec('PRAGMA busy_timeout = 0; BEGIN EXCLUSIVE')
    const blocked = await post(server, 'sessions.create', { title: '被锁住', startsAt: '2026-12-01T10:00:00Z', place: '礼堂' })
    expect(blocked.status).toBe(503)
    expect(blocked.body.error?.code).toBe('storage_error')
    await locker.exec('ROLLBACK')
    await locker.close()

    const after = await post(server, 'sessions.create', { title: '解锁后', startsAt: '2026-12-01T10:00:00Z', place: '礼堂' })
    expect(after.status).toBe(200)
    const list = await fetch(`${server.url}/api/sessions.list`, { method: 'POST', headers: { 'x-api-token': server.token }, body: '{}' })
    const titles = ((await list.json()) as { items: { title: string }[] }).items.map((s) => s.title).sort()
    expect(titles).toEqual(['解锁后', '讲座'].sort())
    await server.stop()
    expect(await integrity(dbFile)).toBe('ok')
  })
})

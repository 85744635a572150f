import { afterAll, describe, expect, it } from 'vitest'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import sqlite3 from 'sqlite3'
import { SqliteConnection } from '../../src-main/db/sqliteConnection'
import { startServe, type ServeProcess } from '../helpers/serveProcess'
import { makeTempDir } from '../helpers/tempDatabase'
import { seedSessionWithPeople } from '../helpers/seedPeople'

const temp = makeTempDir('outreach-restore-kill-')
afterAll(() => temp.remove())

const BACKUP_ONLY = ['断电演练']
const CURRENT = ['备份之后', '断电演练']

/** Starts serve with the test-only crash hook set to `step`: the process SIGKILLs itself on reaching it. */
async function startCrashing(dbFile: string, step: string, extraArgs: string[] = []): Promise<ServeProcess | Error> {
  process.env.OUTREACH_CRASH_AT = step
  try {
    return await startServe(dbFile, extraArgs).catch((error: Error) => error)
  } finally {
    delete process.env.OUTREACH_CRASH_AT
  }
}

/**
 * A database of 10,000 people (about 2 MB, so a restore loads it in several steps) and one session,
 * a manual backup of it, then one more session whose commit is left in the WAL by a SIGKILL.
 */
async function prepare(name: string): Promise<{ dbFile: string; backupName: string }> {
  const dbFile = join(temp.dir, name, 'outreach.sqlite')
  const { mkdirSync } = await import('node:fs')
  mkdirSync(join(temp.dir, name))
  await seedSessionWithPeople(dbFile, 10_000)
  const server = await startServe(dbFile)
  const { fileName } = await server.api<{ fileName: string }>('backups.create')
  await server.api('sessions.create', { title: '备份之后', startsAt: '2026-12-02T10:00:00+08:00', place: '礼堂' })
  server.child.kill('SIGKILL')
  await server.stop()
  return { dbFile, backupName: fileName }
}

async function integrity(dbFile: string): Promise<string> {
  const connection = await SqliteConnection.open(dbFile, sqlite3.OPEN_READWRITE)
  try {
    return (await connection.all<{ integrity_check: string }>('PRAGMA integrity_check')).map((row) => row.integrity_check).join('; ')
  } finally {
    await connection.close()
  }
}

/** What the next ordinary start finds: the session titles, people, backups and leftover files. */
async function nextStart(dbFile: string) {
  const server = await startServe(dbFile)
  try {
    const titles = (await server.api<{ items: { title: string }[] }>('sessions.list')).items.map((s) => s.title).sort()
    const people = (await server.api<{ total: number }>('people.list', { limit: 1 })).total
    const backups = (await server.api<{ items: { fileName: string; intact: boolean }[] }>('backups.list')).items
    return { titles, people, backups }
  } finally {
    await server.stop()
  }
}

const leftovers = (dbFile: string) =>
  [...readdirSync(join(dbFile, '..')), ...readdirSync(join(dbFile, '..', 'outreach-backups'))].filter((name) => /partial|incoming|pending/.test(name))

describe('a kill at any step of a restore leaves the old data or the restored data, never an empty or half database', () => {
  const inApp: [step: string, expected: string[]][] = [
    ['backup-copied', CURRENT], // in the middle of the pre-restore backup
    ['backup-checked', CURRENT],
    ['restore-prepared', CURRENT],
    ['restore-loading', CURRENT], // between two steps of loading the restored copy
    ['restore-loaded', BACKUP_ONLY],
  ]
  it.each(inApp)(
    'backups.restore killed at %s → the next start has %j',
    async (step, expected) => {
      const { dbFile, backupName } = await prepare(`app-${step}`)
      expect(statSync(dbFile).size + statSync(`${dbFile}-wal`).size).toBeGreaterThan(1024 * 1024)
      const server = await startCrashing(dbFile, step)
      if (server instanceof Error) throw server
      await expect(server.api('backups.restore', { fileName: backupName })).rejects.toThrow()
      await server.stop()
      expect(server.child.signalCode).toBe('SIGKILL')

      expect(await integrity(dbFile)).toBe('ok')
      const found = await nextStart(dbFile)
      expect(found.titles).toEqual(expected)
      expect(found.people).toBe(10_000)
      expect(
        found.backups.every((backup) => backup.intact),
        JSON.stringify(found.backups),
      ).toBe(true)
      expect(leftovers(dbFile)).toEqual([])
    },
    240_000,
  )

  const fromCommandLine: [step: string, expected: string[]][] = [
    ['cli-restore-prepared', CURRENT],
    ['cli-restore-kept', CURRENT],
    ['cli-restore-marked', BACKUP_ONLY], // the marker is down: the next start finishes the swap
    ['cli-restore-side-files-removed', BACKUP_ONLY],
  ]
  it.each(fromCommandLine)(
    'serve --restore killed at %s → the next start has %j',
    async (step, expected) => {
      const { dbFile, backupName } = await prepare(`cli-${step}`)
      const outcome = await startCrashing(dbFile, step, ['--restore', backupName])
      expect(outcome).toBeInstanceOf(Error)
      expect(String(outcome)).toMatch(/exited with null/)

      const found = await nextStart(dbFile)
      expect(found.titles).toEqual(expected)
      expect(found.people).toBe(10_000)
      expect(await integrity(dbFile)).toBe('ok')
      expect(leftovers(dbFile)).toEqual([])
    },
    240_000,
  )
})

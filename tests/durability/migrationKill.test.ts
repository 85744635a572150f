import { afterAll, describe, expect, it } from 'vitest'
import { spawn, type ChildProcess } from 'node:child_process'
import { createHash, randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { Database } from '../../src-main/db/database'
import { migrations } from '../../src-main/db/migrations'
import type { SqliteConnection } from '../../src-main/db/sqliteConnection'
import { SERVE_ENTRY, startServe } from '../helpers/serveProcess'
import { makeTempDir } from '../helpers/tempDatabase'
import { integrityCheck, withDatabaseFile } from '../helpers/inspectDatabase'

const PAUSE_MS = 300
const PEOPLE = 5_000
const LATEST = migrations.at(-1)!.version
const temp = makeTempDir('outreach-migration-kill-')
afterAll(() => temp.remove())

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** An empty file built by the real migrations up to `version`. */
async function buildAtVersion(file: string, version: number): Promise<Database> {
  return Database.open(file, { migrations: migrations.filter((migration) => migration.version <= version) })
}

/** Residents, a session and their check-ins and consents, written with the columns the first schema has. */
async function seedOldFile(file: string): Promise<void> {
  const db = await buildAtVersion(file, migrations[0].version)
  const now = '2026-11-20T09:00:00.000Z'
  const sessionId = randomUUID()
  await db.write(async (tx) => {
    await tx.run('INSERT INTO sessions (id, title, starts_at, place, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)', [sessionId, '升级演练', now, '礼堂', now, now])
    for (let i = 0; i < PEOPLE; i++) {
      const attendeeId = randomUUID()
      await tx.run('INSERT INTO attendees (id, name, name_initials, name_pinyin, phone, neighbourhood, last_seen_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', [
        attendeeId,
        `居民${i}`,
        'jm',
        'jumin',
        `139${String(i).padStart(8, '0')}`,
        '幸福小区',
        now,
        now,
        now,
      ])
      await tx.run('INSERT INTO attendance (id, session_id, attendee_id, source, checked_in_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [
        randomUUID(),
        sessionId,
        attendeeId,
        'walkin',
        now,
        now,
        now,
      ])
      await tx.run('INSERT INTO consents (id, attendee_id, purpose, given_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)', [
        randomUUID(),
        attendeeId,
        'outreach_contact',
        now,
        now,
        now,
      ])
    }
  })
  await db.close()
}

/** A digest of the seeded rows, over the columns every schema version has. */
async function dataDigest(connection: SqliteConnection): Promise<string> {
  const hash = createHash('sha256')
  for (const sql of [
    'SELECT id, title, starts_at, place, created_at, updated_at FROM sessions ORDER BY id',
    'SELECT id, name, phone, neighbourhood, last_seen_at, created_at, updated_at FROM attendees ORDER BY id',
    'SELECT id, session_id, attendee_id, source, checked_in_at, created_at, updated_at FROM attendance ORDER BY id',
    'SELECT id, attendee_id, purpose, given_at, created_at, updated_at FROM consents ORDER BY id',
  ]) {
    hash.update(JSON.stringify(await connection.all(sql)))
  }
  return hash.digest('hex')
}

async function schemaOf(connection: SqliteConnection): Promise<unknown[]> {
  return connection.all("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
}

const referenceSchemas = new Map<number, unknown[]>()
/** The schema the real migrations give an empty file at `version`. */
async function referenceSchema(version: number): Promise<unknown[]> {
  if (!referenceSchemas.has(version)) {
    const file = join(temp.dir, `reference-${version}.sqlite`)
    const db = await buildAtVersion(file, version)
    await db.close()
    referenceSchemas.set(version, await withDatabaseFile(file, schemaOf))
  }
  return referenceSchemas.get(version)!
}

async function fileState(file: string): Promise<{ integrity: string; version: number; schema: unknown[]; digest: string }> {
  return withDatabaseFile(file, async (connection) => ({
    integrity: await integrityCheck(connection),
    version: (await connection.get<{ user_version: number }>('PRAGMA user_version'))!.user_version,
    schema: await schemaOf(connection),
    digest: await dataDigest(connection),
  }))
}

/**
 * Starts the built server with each migration held open before its COMMIT, and resolves once
 * migration `version` is held open: every migration before it has committed in this run.
 */
function serverMigratingUpTo(file: string, version: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [SERVE_ENTRY, '--port', '0', '--db', file, `--token=${randomUUID()}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, OUTREACH_TEST_MIGRATION_PAUSE_MS: String(PAUSE_MS) },
  })
  let output = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`migration ${version} did not begin in time:\n${output}`)), 60_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes(`migration ${version} applied, committing`)) {
        clearTimeout(timer)
        resolve(child)
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`serve exited with ${code} before migration ${version} began:\n${output}`))
    })
  })
}

function kill(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGKILL')
  })
}

describe('a SIGKILL during a migration', () => {
  it('leaves the file at the version before or after each migration, with that schema exactly, intact and with all its data', async () => {
    const file = join(temp.dir, 'outreach.sqlite')
    await seedOldFile(file)
    const before = await fileState(file)
    expect(before.version).toBeLessThan(LATEST)

    const expectWhole = async (allowed: number[], moment: string) => {
      const state = await fileState(file)
      expect(state.integrity, moment).toBe('ok')
      expect(allowed, `${moment}: user_version ${state.version}`).toContain(state.version)
      expect(state.schema, `${moment}: schema of version ${state.version}`).toEqual(await referenceSchema(state.version))
      expect(state.digest, `${moment}: the data`).toBe(before.digest)
      return state.version
    }

    // Each run commits the migrations before `pending[k]` and is killed inside it, so every
    // migration is killed once mid-transaction with the file at the version just before it.
    const pending = migrations.map((migration) => migration.version).filter((version) => version > before.version)
    for (const [k, version] of pending.entries()) {
      await kill(await serverMigratingUpTo(file, version))
      await expectWhole([pending[k - 1] ?? before.version], `killed inside migration ${version}`)
    }
    // Killed as the last migration's pause ends and its COMMIT runs: either side is whole.
    const last = pending.at(-1)!
    const atCommit = await serverMigratingUpTo(file, last)
    await sleep(PAUSE_MS)
    await kill(atCommit)
    const afterCommitKill = await expectWhole([pending.at(-2) ?? before.version, last], `killed at the commit of migration ${last}`)

    const server = await startServe(file)
    const health = await (await fetch(`${server.url}/api/health`, { headers: { 'x-api-token': server.token } })).json()
    await server.stop()
    expect(health).toMatchObject({ ok: true, schemaVersion: LATEST })
    await expectWhole([LATEST], 'after a clean start')
    console.log(`[migration-kill] killed inside migrations ${pending.join(', ')}; killed at the commit of ${last}: file at ${afterCommitKill}`)
  }, 180_000)
})

import { afterAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { startServe, type ServeProcess } from '../helpers/serveProcess'
import { makeTempDir } from '../helpers/tempDatabase'
import { seedSessionWithPeople } from '../helpers/seedPeople'
import { checkInUntilStopped } from '../helpers/checkInDriver'
import { checkedInAttendees, countRows, integrityCheck, withDatabaseFile } from '../helpers/inspectDatabase'
import type { SqliteConnection } from '../../src-main/db/sqliteConnection'

const ROWS = 10_000
/** Kill moments as fractions of the measured length of an uninterrupted import. */
const KILL_AT = [0.25, 0.55, 0.85]
const temp = makeTempDir('outreach-import-kill-')
afterAll(() => temp.remove())

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Names take only letters, so the row number is spelt in them: 0 → aaaa, 1 → aaab, … */
function letters(n: number): string {
  return Array.from({ length: 4 }, (_, place) => String.fromCharCode(97 + (Math.floor(n / 26 ** (3 - place)) % 26))).join('')
}

const neighbourhoodOf = (round: number) => `导入演练${round}`

/** A roster of ROWS residents that only this round uses: its own neighbourhood and phone prefix. */
function rosterCsv(round: number): string {
  const lines = ['姓名,手机号,小区']
  for (let i = 0; i < ROWS; i++) lines.push(`演练${letters(round)}居民${letters(i)},13${round}${String(i).padStart(8, '0')},${neighbourhoodOf(round)}`)
  return Buffer.from(lines.join('\r\n'), 'utf8').toString('base64')
}

interface ImportAttempt {
  round: number
  sessionId: string
  startedAt: number
  /** Resolves true if import.commit answered 200, false if the server died first. */
  acknowledged: Promise<boolean>
}

/** A 10,000-row import into a new session of its own. */
async function startImport(server: ServeProcess, round: number): Promise<ImportAttempt> {
  const { id: sessionId } = await server.api<{ id: string }>('sessions.create', { title: `导入演练 ${round}`, startsAt: '2026-12-01T10:00:00Z', place: '礼堂' })
  const body = JSON.stringify({ sessionId, fileName: `round-${round}.csv`, dataBase64: rosterCsv(round), mapping: { name: 0, phone: 1, neighbourhood: 2 }, consentConfirmed: true })
  const startedAt = performance.now()
  const acknowledged = fetch(`${server.url}/api/import.commit`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-token': server.token }, body })
    .then((response) => response.status === 200)
    .catch(() => false)
  return { round, sessionId, startedAt, acknowledged }
}

/** How many rows of one import the file holds: people in its neighbourhood, and its session's registrations. */
async function importedRows(connection: SqliteConnection, attempt: ImportAttempt): Promise<{ people: number; registrations: number; sessionKept: boolean }> {
  return {
    people: await countRows(connection, 'SELECT 1 FROM attendees WHERE neighbourhood = ?', [neighbourhoodOf(attempt.round)]),
    registrations: await countRows(connection, 'SELECT 1 FROM attendance WHERE session_id = ?', [attempt.sessionId]),
    sessionKept: (await countRows(connection, 'SELECT 1 FROM sessions WHERE id = ?', [attempt.sessionId])) === 1,
  }
}

describe('a SIGKILL during a 10,000-row import', () => {
  it('leaves all of the import or none of it, an intact file, and every acknowledged check-in', async () => {
    const dbFile = join(temp.dir, 'outreach.sqlite')
    const seeded = await seedSessionWithPeople(dbFile, 5_000)
    const desksQueue = [...seeded.attendeeIds]
    const acknowledgedCheckIns = new Set<string>()
    const finishedImports: ImportAttempt[] = []
    const outcomes: string[] = []

    let server = await startServe(dbFile)
    let desks = { now: false }
    let checkingIn = checkInUntilStopped(server, seeded.sessionId, desksQueue, acknowledgedCheckIns, desks)
    const uninterrupted = await startImport(server, 0)
    expect(await uninterrupted.acknowledged).toBe(true)
    const importMs = performance.now() - uninterrupted.startedAt
    finishedImports.push(uninterrupted)

    for (const [index, fraction] of KILL_AT.entries()) {
      if (index > 0) {
        server = await startServe(dbFile)
        desks = { now: false }
        checkingIn = checkInUntilStopped(server, seeded.sessionId, desksQueue, acknowledgedCheckIns, desks)
      }
      const attempt = await startImport(server, index + 1)
      const killAfterMs = fraction * importMs
      await sleep(Math.max(0, attempt.startedAt + killAfterMs - performance.now()))
      server.child.kill('SIGKILL')
      await server.stop()
      desks.now = true
      await checkingIn
      const importAcknowledged = await attempt.acknowledged

      await withDatabaseFile(dbFile, async (connection) => {
        expect(await integrityCheck(connection), `after kill ${index + 1}`).toBe('ok')
        const found = await importedRows(connection, attempt)
        expect(found.sessionKept, 'the acknowledged session').toBe(true)
        expect([0, ROWS], `people of the killed import ${attempt.round}`).toContain(found.people)
        expect(found.registrations, `registrations of the killed import ${attempt.round}`).toBe(found.people)
        if (importAcknowledged) expect(found.people).toBe(ROWS)
        for (const earlier of finishedImports)
          expect(await importedRows(connection, earlier), `finished import ${earlier.round}`).toEqual({ people: ROWS, registrations: ROWS, sessionKept: true })
        const checkedIn = await checkedInAttendees(connection, seeded.sessionId)
        expect(
          [...acknowledgedCheckIns].filter((id) => !checkedIn.has(id)),
          `acknowledged check-ins lost at kill ${index + 1}`,
        ).toEqual([])
        if (found.people === ROWS) finishedImports.push(attempt)
        outcomes.push(`${Math.round(killAfterMs)} ms: ${found.people === 0 ? 'none' : 'all'}${importAcknowledged ? ' (acknowledged)' : ''}`)
      })
    }

    const restarted = await startServe(dbFile)
    await restarted.stop()
    console.log(`[import-kill] uninterrupted import ${Math.round(importMs)} ms; killed at ${outcomes.join(', ')}; ${acknowledgedCheckIns.size} check-ins acknowledged, none lost`)
  }, 240_000)
})

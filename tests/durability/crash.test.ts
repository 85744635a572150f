import { afterAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import sqlite3 from 'sqlite3'
import { SqliteConnection } from '../../src-main/db/sqliteConnection'
import { startServe, type ServeProcess } from '../helpers/serveProcess'
import { makeTempDir } from '../helpers/tempDatabase'
import { seedSessionWithPeople } from '../helpers/seedPeople'

const KILLS = Number(process.env.CRASH_KILLS ?? 20)
const WORKERS = 4
const temp = makeTempDir('outreach-crash-')
afterAll(() => temp.remove())

/** A small deterministic PRNG, so a failing run can be replayed with the same kill moments. */
function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

async function checkInAsFastAsPossible(server: ServeProcess, sessionId: string, queue: string[], acknowledged: Set<string>, stop: { now: boolean }) {
  const worker = async () => {
    while (!stop.now && queue.length > 0) {
      const attendeeId = queue.shift()!
      try {
        const response = await fetch(`${server.url}/api/attendance.checkIn`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-token': server.token },
          body: JSON.stringify({ sessionId, attendeeId }),
        })
        if (response.status === 200 && ((await response.json()) as { checkedInAt?: string }).checkedInAt) acknowledged.add(attendeeId)
      } catch {
        return // the server was killed mid-request: this check-in was never acknowledged
      }
    }
  }
  await Promise.all(Array.from({ length: WORKERS }, worker))
}

async function firstAcknowledgementAfter(count: number, acknowledged: Set<string>): Promise<void> {
  const deadline = Date.now() + 20_000
  while (acknowledged.size <= count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5))
}

async function inspect(dbFile: string, sessionId: string): Promise<{ integrity: string; present: Set<string> }> {
  const connection = await SqliteConnection.open(dbFile, sqlite3.OPEN_READWRITE)
  try {
    const integrity = (await connection.all<{ integrity_check: string }>('PRAGMA integrity_check')).map((row) => row.integrity_check).join('; ')
    const rows = await connection.all<{ attendee_id: string }>('SELECT attendee_id FROM attendance WHERE session_id = ? AND checked_in_at IS NOT NULL', [sessionId])
    return { integrity, present: new Set(rows.map((row) => row.attendee_id)) }
  } finally {
    await connection.close()
  }
}

describe('crash safety', () => {
  it(`every acknowledged check-in survives ${KILLS} SIGKILLs at random moments, and the file stays intact`, async () => {
    const dbFile = join(temp.dir, 'outreach.sqlite')
    const { sessionId, attendeeIds } = await seedSessionWithPeople(dbFile, 30_000)
    const queue = [...attendeeIds]
    const acknowledged = new Set<string>()
    const random = mulberry32(Number(process.env.CRASH_SEED ?? 20261125))
    let acknowledgedBeforeLastKill = 0

    for (let kill = 0; kill < KILLS; kill++) {
      const server = await startServe(dbFile)
      const stop = { now: false }
      const driving = checkInAsFastAsPossible(server, sessionId, queue, acknowledged, stop)
      // On a loaded machine the first answer can take longer than the random delay; each round must get going first.
      await firstAcknowledgementAfter(acknowledgedBeforeLastKill, acknowledged)
      await new Promise((resolve) => setTimeout(resolve, random() * 260))
      server.child.kill('SIGKILL')
      await server.stop()
      stop.now = true
      await driving

      const { integrity, present } = await inspect(dbFile, sessionId)
      expect(integrity).toBe('ok')
      const lost = [...acknowledged].filter((id) => !present.has(id))
      expect(lost, `acknowledged but lost after kill ${kill + 1}`).toEqual([])
      expect(acknowledged.size).toBeGreaterThan(acknowledgedBeforeLastKill)
      acknowledgedBeforeLastKill = acknowledged.size
    }
    console.log(`[crash] ${KILLS} kills, ${acknowledged.size} acknowledged check-ins, none lost`)
  })
})

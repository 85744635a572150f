import { afterAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { makeTempDir } from '../helpers/tempDatabase'
import { seedSessionWithPeople } from '../helpers/seedPeople'
import { startServeUnderStrace, straceProblem } from '../helpers/straceServe'
import { parseStraceLog } from '../helpers/straceParse'
import { findUnsyncedAcknowledgements, type UnsyncedAcknowledgement } from '../helpers/syncBeforeAck'

const CHECK_INS = 30
const temp = makeTempDir('outreach-sync-')
afterAll(() => temp.remove())

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Checks people in one after another under strace and runs the proof over the trace.
 * Each next request waits until the clock has passed the last answer's millisecond, so every
 * `checkedInAt` is unique and names exactly one check-in in the trace.
 */
async function traceCheckIns(name: string, env: Record<string, string> = {}): Promise<{ acknowledged: string[]; problems: UnsyncedAcknowledgement[] }> {
  const dbFile = join(temp.dir, `${name}.sqlite`)
  const traceFile = join(temp.dir, `${name}.strace`)
  const { sessionId, attendeeIds } = await seedSessionWithPeople(dbFile, CHECK_INS)
  const server = await startServeUnderStrace(dbFile, traceFile, env)
  const acknowledged: string[] = []
  try {
    for (const attendeeId of attendeeIds) {
      const { checkedInAt } = await server.api<{ checkedInAt: string }>('attendance.checkIn', { sessionId, attendeeId })
      acknowledged.push(checkedInAt)
      while (Date.now() <= Date.parse(checkedInAt)) await sleep(1)
    }
  } finally {
    await server.stopTraced()
  }
  expect(new Set(acknowledged).size).toBe(CHECK_INS)
  const calls = parseStraceLog(readFileSync(traceFile, 'utf8'))
  return { acknowledged, problems: findUnsyncedAcknowledgements(calls, `${dbFile}-wal`, acknowledged) }
}

describe('an acknowledged check-in has reached the disk', () => {
  it('strace can trace the server here (CI installs it; the proof below needs ptrace)', () => {
    expect(straceProblem()).toBeUndefined()
  })

  it(`each of ${CHECK_INS} acknowledged check-ins was answered only after an fsync of the WAL that followed its commit`, async () => {
    const { acknowledged, problems } = await traceCheckIns('safe')
    expect(acknowledged).toHaveLength(CHECK_INS)
    expect(problems).toEqual([])
  })

  it('the same proof fails for a server built with synchronous=OFF: every check-in is reported', async () => {
    const { acknowledged, problems } = await traceCheckIns('unsafe-off', { OUTREACH_UNSAFE_SYNCHRONOUS: 'OFF' })
    expect(problems).toEqual(acknowledged.map((checkedInAt) => ({ checkedInAt, problem: 'acknowledged_before_sync' })))
  })

  it('and for synchronous=NORMAL, where WAL commits wait for the next checkpoint to be synced', async () => {
    const { problems } = await traceCheckIns('unsafe-normal', { OUTREACH_UNSAFE_SYNCHRONOUS: 'NORMAL' })
    expect(problems.length).toBeGreaterThan(CHECK_INS / 2)
    expect(new Set(problems.map((entry) => entry.problem))).toEqual(new Set(['acknowledged_before_sync']))
  })
})

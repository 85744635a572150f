import { afterEach, describe, expect, it } from 'vitest'
import { canonicalDump, openLaptop, sendBundle, type Laptop, type LaptopClock } from '../../helpers/syncLaptops'

// Four laptops do random work and exchange bundles in random pairs; at the end all hold the same records.
// A failure prints the seed; SYNC_SEED=<seed> replays the run exactly: every laptop's clock, device id and record
// ids come from the seed too. Seeds that once failed run every time as fixed cases.
// In `npm test` the seeds are fixed so a red run always means a change broke something; SYNC_RANDOM=1
// adds a fresh random seed each run to look for new cases.
const RANDOM_SEED = process.env.SYNC_SEED ? Number(process.env.SYNC_SEED) : process.env.SYNC_RANDOM ? Date.now() % 1_000_000 : undefined
const STEADY_SEEDS = [1, 2, 3, 4]
/** Seeds that still fail: the two open problems written up in src-main/sync/README.md. */
const OPEN_PROBLEM_SEEDS = [
  580821, // undo between two check-ins: the standing check-in depends on the order bundles meet
  586482, // a merge circle settled differently: two people keep one phone on two laptops
]
const REGRESSION_SEEDS = [
  143638, // a check-in on C of someone A merged into a person C had merged into someone A deleted: C dropped it alone
  93862, // A merged someone into a person D had deleted: the check-in A moved goes with that deletion, on purpose
]
const STEPS = 160

function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

let random = mulberry32(0)
let idRandom = mulberry32(0)
const hex = (digits: number) => Array.from({ length: digits }, () => Math.floor(idRandom() * 16).toString(16)).join('')
let simulatedMs = 0

/** One simulated wall clock for all four (each reading moves it on a millisecond), seeded ids and device ids. */
function laptopClock(): LaptopClock {
  return {
    deviceId: hex(32),
    now: () => new Date((simulatedMs += 1)),
    newId: () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`,
  }
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]
const NAMES = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨磊', '赵敏', '黄强']
const PHONES = ['13800000001', '13800000002', '13800000003', '13800000004', '13800000005', '13800000006']
const PLACES = ['活动室', '一楼大厅', '二楼会议室', '广场']

interface Acknowledged {
  sessionId: string
  attendeeId: string
  checkedInAt: string
  /** Deleted on purpose: a laptop deleted the person this check-in belonged to there (after merges), with it. */
  deletedWith?: string
}

const laptops: Laptop[] = []
const acknowledged: Acknowledged[] = []
const deleted = new Set<string>()
const log: string[] = []

function startRun(seed: number): void {
  random = mulberry32(seed)
  idRandom = mulberry32(seed ^ 0x5bd1e995)
  simulatedMs = Date.parse('2030-01-01T00:00:00Z')
  acknowledged.length = 0
  log.length = 0
  deleted.clear()
}

afterEach(async () => {
  await Promise.all(laptops.map((laptop) => laptop.cleanup()))
  laptops.length = 0
})

async function ids(laptop: Laptop, table: 'sessions' | 'attendees'): Promise<string[]> {
  return (await laptop.db.read((db) => db.all<{ id: string }>(`SELECT id FROM ${table} ORDER BY id`))).map((row) => row.id)
}

/** Who holds each acknowledged check-in on `laptop` now: its person, followed through that laptop's merges. */
async function holders(laptop: Laptop): Promise<Map<Acknowledged, string>> {
  const { merges, rows } = await laptop.db.read(async (db) => ({
    merges: await db.all<{ attendee_id: string; merged_into: string | null }>('SELECT attendee_id, merged_into FROM deletions'),
    rows: new Set((await db.all<{ pair: string }>(`SELECT session_id || '|' || attendee_id AS pair FROM attendance`)).map((row) => row.pair)),
  }))
  const resolve = resolver(merges)
  const held = new Map<Acknowledged, string>()
  for (const ack of acknowledged) {
    const holder = resolve(ack.attendeeId)
    if (holder !== null && rows.has(`${ack.sessionId}|${holder}`)) held.set(ack, holder)
  }
  return held
}

/**
 * Runs `work` (a deletion, or a bundle that may carry one) on `laptop`; a check-in whose holder there is deleted by
 * it goes with that person on purpose, even where the final merges lead elsewhere (a merge into a person deleted on
 * another laptop takes the merged person's records with the deletion: rows keep no trace of whom they came from).
 */
async function noteDeletedHolders(laptop: Laptop, work: () => Promise<unknown>): Promise<void> {
  const before = await holders(laptop)
  await work()
  const gone = new Set((await laptop.db.read((db) => db.all<{ attendee_id: string }>('SELECT attendee_id FROM deletions WHERE merged_into IS NULL'))).map((row) => row.attendee_id))
  for (const [ack, holder] of before) if (gone.has(holder)) ack.deletedWith ??= `${holder.slice(0, 8)} on ${laptop.name}`
}

const exchange = (from: Laptop, to: Laptop) => noteDeletedHolders(to, () => sendBundle(from, to))

async function randomStep(laptop: Laptop): Promise<void> {
  const sessions = await ids(laptop, 'sessions')
  const people = await ids(laptop, 'attendees')
  const roll = random()
  if (sessions.length === 0 || roll < 0.08) {
    await laptop.call('sessions.create', { title: `讲座${Math.floor(random() * 1000)}`, startsAt: '2026-12-01T10:00:00+08:00', place: pick(PLACES) })
    log.push(`${laptop.name} session`)
  } else if (roll < 0.35 || people.length === 0) {
    const phone = random() < 0.7 ? pick(PHONES) : undefined
    const input = { sessionId: pick(sessions), name: pick(NAMES), consent: Boolean(phone), confirmedNew: true, ...(phone ? { phone } : {}) }
    const answer = await laptop.call('attendees.signUp', input)
    log.push(`${laptop.name} signUp ${phone ?? ''} ${answer.ok ? JSON.stringify(answer.result).replace(/([0-9a-f]{8})[0-9a-f-]{28}/g, '$1') : 'refused'}`)
  } else if (roll < 0.6) {
    const sessionId = pick(sessions)
    const attendeeId = pick(people)
    const answer = await laptop.call('attendance.checkIn', { sessionId, attendeeId })
    if (answer.ok) {
      const result = answer.result as { checkedInAt: string; alreadyCheckedIn: boolean }
      if (!result.alreadyCheckedIn) acknowledged.push({ sessionId, attendeeId, checkedInAt: result.checkedInAt })
      if (random() < 0.3) {
        await laptop.call('attendance.undoCheckIn', { sessionId, attendeeId, checkedInAt: result.checkedInAt })
        log.push(`${laptop.name} undo`)
      }
    }
    log.push(`${laptop.name} checkIn ${attendeeId.slice(0, 8)} at ${sessionId.slice(0, 8)}${answer.ok ? '' : ' refused'}`)
  } else if (roll < 0.72) {
    await laptop.call('people.update', { id: pick(people), name: pick(NAMES), ageGroup: null, neighbourhood: pick(PLACES), gender: null, consent: true })
    log.push(`${laptop.name} edit person`)
  } else if (roll < 0.82) {
    await laptop.call('sessions.update', { id: pick(sessions), place: pick(PLACES) })
    log.push(`${laptop.name} edit session`)
  } else if (roll < 0.88 && people.length > 1) {
    const keepId = pick(people)
    const mergeId = pick(people.filter((id) => id !== keepId))
    await laptop.call('people.merge', { keepId, mergeId })
    log.push(`${laptop.name} merge ${mergeId.slice(0, 8)} into ${keepId.slice(0, 8)}`)
  } else if (roll < 0.93) {
    const id = pick(people)
    await noteDeletedHolders(laptop, async () => {
      if ((await laptop.call('people.delete', { id })).ok) deleted.add(id)
    })
    log.push(`${laptop.name} delete person ${id.slice(0, 8)}`)
  } else {
    const [a, b] = [pick(laptops), pick(laptops)]
    if (a !== b) await exchange(a, b)
    log.push(`exchange ${a.name}->${b.name}`)
  }
}

/** Where a person's records went: through the merges of the final tombstones; null when deleted. */
function resolver(tombstones: { attendee_id: string; merged_into: string | null }[]): (id: string) => string | null {
  const byId = new Map(tombstones.map((row) => [row.attendee_id, row.merged_into]))
  return (id) => {
    let current = id
    for (let hops = 0; byId.has(current); hops++) {
      const next = byId.get(current)
      if (!next || hops > byId.size) return null
      current = next
    }
    return current
  }
}

/** The rows of each table that only one of two dumps has, one short line each (ids cut to 8 characters). */
function differingRows(name: string, mine: Record<string, unknown[]>, first: Record<string, unknown[]>): string[] {
  const short = (row: unknown) => JSON.stringify(row).replace(/"([0-9a-f]{8})[0-9a-f-]{24,}"/g, '"$1"')
  const lines: string[] = []
  for (const table of Object.keys(first)) {
    const theirs = new Set(first[table].map(short))
    const ours = new Set(mine[table].map(short))
    for (const row of ours) if (!theirs.has(row)) lines.push(`${table} only on ${name}: ${row}`)
    for (const row of theirs) if (!ours.has(row)) lines.push(`${table} only on A: ${row}`)
  }
  return lines
}

async function runConvergence(seed: number): Promise<void> {
  startRun(seed)
  for (const name of ['A', 'B', 'C', 'D']) laptops.push(await openLaptop(name, laptopClock()))
  try {
    for (let step = 0; step < STEPS; step++) await randomStep(pick(laptops))
    for (let round = 0; round < 2; round++) for (const from of laptops) for (const to of laptops) if (from !== to) await exchange(from, to)

    const dumps = await Promise.all(laptops.map(canonicalDump))
    const differences = dumps.slice(1).flatMap((dump, index) => differingRows(laptops[index + 1].name, dump, dumps[0]))
    expect(differences.join('\n'), 'rows that differ between laptops').toBe('')
    const people = new Set((dumps[0].people as { id: string }[]).map((person) => person.id))
    for (const id of deleted) expect(people.has(id), `deleted ${id} came back`).toBe(false)
    const tombstones = dumps[0].tombstones as { attendee_id: string; merged_into: string | null }[]
    for (const row of tombstones) expect(people.has(row.attendee_id), `tombstoned ${row.attendee_id} is present`).toBe(false)

    const resolve = resolver(tombstones)
    const sessions = new Set((dumps[0].sessions as { id: string }[]).map((session) => session.id))
    const attendance = dumps[0].attendance as { session_id: string; attendee_id: string; checked_in_at: string | null; undone_at: string | null }[]
    for (const ack of acknowledged) {
      const person = resolve(ack.attendeeId)
      if (person === null || ack.deletedWith !== undefined || !sessions.has(ack.sessionId)) continue
      const row = attendance.find((entry) => entry.session_id === ack.sessionId && entry.attendee_id === person)
      const undoneLater = row?.undone_at != null && row.undone_at >= ack.checkedInAt
      const short = (id: string) => id.slice(0, 8)
      const related = tombstones.filter((t) => t.attendee_id === ack.attendeeId || t.merged_into === ack.attendeeId)
      expect(
        row !== undefined && (row.checked_in_at !== null || undoneLater),
        [
          `check-in of ${short(ack.attendeeId)} at ${short(ack.sessionId)} (${ack.checkedInAt}) lost; now ${short(person)} (present: ${people.has(person)})`,
          `row: ${row ? `checked_in ${row.checked_in_at} undone ${row.undone_at}` : 'none'}`,
          `tombstones: ${related.map((t) => `${short(t.attendee_id)}->${t.merged_into ? short(t.merged_into) : 'deleted'}`).join(' ')}`,
        ].join('; '),
      ).toBe(true)
    }
    expect(acknowledged.length).toBeGreaterThan(10)
  } catch (error) {
    console.error(`convergence failed with SYNC_SEED=${seed}; replay with SYNC_SEED=${seed}\n${(process.env.SYNC_TRACE ? log : log.slice(-30)).join('\n')}`)
    throw error
  }
}

const CLAIM = 'ends with the same records everywhere, nothing deleted back and no acknowledged check-in lost'

describe('convergence of four laptops', () => {
  it.each(REGRESSION_SEEDS)(`${CLAIM} (fixed SYNC_SEED=%i)`, { timeout: 240_000 }, (seed) => runConvergence(seed))
  it.each(STEADY_SEEDS)(`${CLAIM} (SYNC_SEED=%i)`, { timeout: 240_000 }, (seed) => runConvergence(seed))
  it.fails.each(OPEN_PROBLEM_SEEDS)(`still fails, an open problem (SYNC_SEED=%i)`, { timeout: 240_000 }, (seed) => runConvergence(seed))
  if (RANDOM_SEED !== undefined) it(`${CLAIM} (random SYNC_SEED=${RANDOM_SEED})`, { timeout: 240_000 }, () => runConvergence(RANDOM_SEED))
})

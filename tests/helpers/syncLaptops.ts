import { openTestApp, type TestApp } from './testApp'

export interface Laptop extends TestApp {
  name: string
  ok: <T>(method: string, input: unknown) => Promise<T>
}

/**
 * A laptop whose clocks the test sets: its device id, a hybrid logical clock started far past any wall clock (so it
 * counts up by one per change and never reads the time), and the handlers' time and id sources. Together they make
 * a run replay exactly.
 */
export interface LaptopClock {
  deviceId: string
  now: () => Date
  newId: () => string
}

const HLC_PAST_WALL_CLOCK = 4_000_000_000_000_000

export async function openLaptop(name: string, clock?: LaptopClock): Promise<Laptop> {
  const app = await openTestApp(clock ? { now: clock.now, newId: clock.newId } : {})
  if (clock) await app.db.write((tx) => tx.run('UPDATE sync_clock SET device_id = ?, hlc = ?', [clock.deviceId, HLC_PAST_WALL_CLOCK]))
  const ok = async <T>(method: string, input: unknown): Promise<T> => {
    const answer = await app.call(method, input)
    if (!answer.ok) throw new Error(`${name} ${method} failed: ${JSON.stringify(answer.error)}`)
    return answer.result as T
  }
  return { ...app, name, ok }
}

export interface ImportSummary {
  fromDeviceId: string
  new: number
  updated: number
  removed: number
  peopleMerged: number
  conflicts: number
  dryRun: boolean
}

export async function deviceIdOf(laptop: Laptop): Promise<string> {
  return (await laptop.ok<{ deviceId: string }>('sync.status', {})).deviceId
}

/** `from` exports for `to` (what it knows `to` lacks) and `to` imports it. */
export async function sendBundle(from: Laptop, to: Laptop): Promise<ImportSummary> {
  const peerDeviceId = await deviceIdOf(to)
  const known = (await from.ok<{ peers: { deviceId: string }[] }>('sync.status', {})).peers.some((peer) => peer.deviceId === peerDeviceId)
  const bundle = await from.ok<{ dataBase64: string }>('sync.exportBundle', known ? { peerDeviceId } : {})
  return to.ok<ImportSummary>('sync.importBundle', { dataBase64: bundle.dataBase64 })
}

/**
 * What every laptop must agree on: sessions, people, attendance by (session, person), consents and tombstones,
 * without per-laptop columns (row ids of attendance, sequence numbers, grids).
 */
export async function canonicalDump(laptop: Laptop): Promise<Record<string, unknown[]>> {
  return laptop.db.read(async (db) => ({
    sessions: await db.all(
      `SELECT id, title, starts_at, duration_minutes, place, community, neighbourhood, building, presenters, audience, status, notes, activity_type,
         households_visited, shops_visited, people_reached_manual, leaflets, booklets, posters, created_at FROM sessions ORDER BY id`,
    ),
    people: await db.all('SELECT id, name, name_initials, name_pinyin, phone, landline, age_group, neighbourhood, gender, last_seen_at, created_at FROM attendees ORDER BY id'),
    attendance: await db.all(
      `SELECT session_id, attendee_id, source, checked_in_at, undone_at, app_installed_at, app_registered_at, created_at FROM attendance
       ORDER BY session_id, attendee_id`,
    ),
    consents: await db.all('SELECT id, attendee_id, purpose, given_at, withdrawn_at FROM consents ORDER BY id'),
    tombstones: await db.all('SELECT attendee_id, kind, merged_into FROM deletions ORDER BY attendee_id'),
  }))
}

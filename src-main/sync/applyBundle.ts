import type { SqliteConnection } from '../db/sqliteConnection'
import type { Bundle } from './bundleFormat'
import { advanceClock, readClock, setApplying } from './clock'
import { notePeer } from './peers'
import { applyTombstones, loadRedirects } from './tombstones'
import { applySessions } from './applySessions'
import { applyPeople, followMerges } from './applyPeople'
import { applyAttendance } from './applyAttendance'
import { applyConsents } from './applyConsents'
import { settleMergeLoops } from './mergeLoops'

export interface ApplySummary {
  fromDeviceId: string
  new: number
  updated: number
  removed: number
  peopleMerged: number
  conflicts: number
}

export class OwnBundleError extends Error {
  constructor() {
    super('own bundle')
    this.name = 'OwnBundleError'
  }
}

/**
 * Applies a bundle inside the caller's write transaction. Tombstones first (a deleted person is never written back),
 * then sessions and people, merges the other laptop made, attendance and consents. Every step compares with what is
 * here and changes only what the bundle makes newer, so applying it twice changes nothing the second time.
 */
export async function applyBundle(tx: SqliteConnection, bundle: Bundle, now: Date): Promise<ApplySummary> {
  const here = await readClock(tx)
  if (bundle.from === here.deviceId) throw new OwnBundleError()
  const at = now.toISOString()
  const seq = await advanceClock(tx, bundle.upto, now.getTime())
  await setApplying(tx, true)
  const { removed, disagreements } = await applyTombstones(tx, bundle.tombstones, seq)
  const sessions = await applySessions(tx, bundle.sessions, seq, at)
  const people = await applyPeople(tx, bundle.people, seq, at)
  await settleMergeLoops(
    tx,
    bundle.tombstones.filter((row) => row[2] !== null).map((row) => String(row[0])),
    at,
  )
  const followed = await followMerges(tx, disagreements, await loadRedirects(tx), at)
  const redirect = await loadRedirects(tx)
  const attendance = await applyAttendance(tx, bundle.attendance, redirect, { deviceId: here.deviceId, seq })
  const consents = await applyConsents(tx, bundle.consents, redirect, { deviceId: here.deviceId, seq })
  await setApplying(tx, false)
  const peer = await tx.get<{ received_seq: number }>('SELECT received_seq FROM sync_peers WHERE device_id = ?', [bundle.from])
  // A bundle that starts past what we had from this peer leaves a gap: its rows are in, but the mark stays.
  const contiguous = bundle.since <= (peer?.received_seq ?? 0)
  await notePeer(tx, bundle.from, { receivedSeq: contiguous ? bundle.upto : 0, acknowledgedSeq: bundle.to === here.deviceId && bundle.ack !== null ? bundle.ack : 0 }, at)
  return {
    fromDeviceId: bundle.from,
    new: sessions.inserted + people.inserted + attendance.inserted + consents.inserted,
    updated: sessions.updated + people.updated + attendance.updated + consents.updated,
    removed,
    peopleMerged: people.merged + followed,
    conflicts: sessions.conflicts + people.conflicts,
  }
}

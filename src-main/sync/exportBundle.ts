import type { Database } from '../db/database'
import type { SqliteConnection } from '../db/sqliteConnection'
import { readClock } from './clock'
import { readPeer } from './peers'
import { BUNDLE_COLUMNS, BUNDLE_SECTIONS, TABLE_OF_SECTION, type BundleSection } from './syncTables'
import { BUNDLE_EXTENSION, BUNDLE_FORMAT, BUNDLE_VERSION, packBundle, type BundleHeader } from './bundleFormat'

export interface ExportedBundle {
  fileName: string
  data: Buffer
  header: BundleHeader
  rows: number
}

/** Rows changed here since `since`, except versions the peer itself made: it has those, or something newer. */
async function sectionJson(db: SqliteConnection, section: BundleSection, since: number, peer: string): Promise<{ json: string; rows: number }> {
  const columns = BUNDLE_COLUMNS[section].join(', ')
  const row = await db.get<{ json: string; rows: number }>(
    `SELECT coalesce(json_group_array(json_array(${columns})), '[]') AS json, count(*) AS rows FROM ${TABLE_OF_SECTION[section]} WHERE sync_seq > ? AND sync_origin <> ?`,
    [since, peer],
  )
  return row!
}

/**
 * Everything that changed here since `peerDeviceId` last told us what it had from us (everything, for a peer we
 * have not heard from), read from one snapshot so no row refers to one the bundle lacks.
 */
export async function exportBundle(db: Database, peerDeviceId: string | null, now: Date): Promise<ExportedBundle> {
  return db.readSnapshot(async (snapshot) => {
    const clock = await readClock(snapshot)
    const peer = peerDeviceId ? await readPeer(snapshot, peerDeviceId) : undefined
    const since = peer?.acknowledgedSeq ?? 0
    const header: BundleHeader = {
      format: BUNDLE_FORMAT,
      version: BUNDLE_VERSION,
      from: clock.deviceId,
      to: peerDeviceId,
      since,
      upto: clock.hlc,
      ack: peer ? peer.receivedSeq : null,
      exportedAt: now.toISOString(),
    }
    const sections = {} as Record<BundleSection, string>
    let rows = 0
    for (const section of BUNDLE_SECTIONS) {
      const part = await sectionJson(snapshot, section, since, peerDeviceId ?? '')
      sections[section] = part.json
      rows += part.rows
    }
    const stamp = header.exportedAt.replace(/[:.]/g, '-')
    const fileName = `outreach-${clock.deviceId.slice(0, 8)}-to-${peerDeviceId?.slice(0, 8) ?? 'all'}-${stamp}${BUNDLE_EXTENSION}`
    return { fileName, data: packBundle(header, sections), header, rows }
  })
}

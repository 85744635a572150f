import type { SqliteConnection } from '../db/sqliteConnection'

export interface PeerMarks {
  deviceId: string
  /** The highest of our sequence numbers this peer has said it applied. */
  acknowledgedSeq: number
  /** The highest of the peer's sequence numbers we have applied with nothing missing below it. */
  receivedSeq: number
  lastExchangeAt: string
}

interface PeerRow {
  device_id: string
  acknowledged_seq: number
  received_seq: number
  last_exchange_at: string
}

const toMarks = (row: PeerRow): PeerMarks => ({
  deviceId: row.device_id,
  acknowledgedSeq: row.acknowledged_seq,
  receivedSeq: row.received_seq,
  lastExchangeAt: row.last_exchange_at,
})

export async function readPeer(db: SqliteConnection, deviceId: string): Promise<PeerMarks | undefined> {
  const row = await db.get<PeerRow>('SELECT * FROM sync_peers WHERE device_id = ?', [deviceId])
  return row && toMarks(row)
}

export async function listPeers(db: SqliteConnection): Promise<PeerMarks[]> {
  return (await db.all<PeerRow>('SELECT * FROM sync_peers ORDER BY last_exchange_at DESC')).map(toMarks)
}

/** Marks only ever move forward, so an old bundle applied late never makes us resend less or think we have more. */
export async function notePeer(tx: SqliteConnection, deviceId: string, marks: { acknowledgedSeq?: number; receivedSeq?: number }, at: string): Promise<void> {
  await tx.run(
    `INSERT INTO sync_peers (device_id, acknowledged_seq, received_seq, last_exchange_at) VALUES (?1, ?2, ?3, ?4)
     ON CONFLICT (device_id) DO UPDATE SET acknowledged_seq = max(acknowledged_seq, ?2), received_seq = max(received_seq, ?3), last_exchange_at = ?4`,
    [deviceId, marks.acknowledgedSeq ?? 0, marks.receivedSeq ?? 0, at],
  )
}

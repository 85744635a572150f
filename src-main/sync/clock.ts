import type { SqliteConnection } from '../db/sqliteConnection'

/** What a bundle's apply stamps on rows it makes its own: this laptop's id and the apply's clock value. */
export interface LocalStamp {
  deviceId: string
  seq: number
}

export interface ClockState {
  deviceId: string
  hlc: number
}

export async function readClock(db: SqliteConnection): Promise<ClockState> {
  const row = await db.get<{ device_id: string; hlc: number }>('SELECT device_id, hlc FROM sync_clock')
  return { deviceId: row!.device_id, hlc: row!.hlc }
}

/** Moves the clock past `seen` (a bundle's newest value) and past the wall clock; answers the new value. */
export async function advanceClock(tx: SqliteConnection, seen: number, wallMs: number): Promise<number> {
  await tx.run('UPDATE sync_clock SET hlc = max(hlc + 1, ?, ?)', [seen + 1, Math.floor(wallMs) * 1000])
  return (await readClock(tx)).hlc
}

/**
 * While applying, the stamping triggers stand aside so rows keep the versions they came with. Decisions this
 * laptop makes during an apply (two people with one phone become one) are its own edits, made with them on.
 */
export async function setApplying(tx: SqliteConnection, applying: boolean): Promise<void> {
  await tx.run('UPDATE sync_clock SET applying = ?', [applying ? 1 : 0])
}

export async function asLocalEdit<T>(tx: SqliteConnection, work: () => Promise<T>): Promise<T> {
  await setApplying(tx, false)
  try {
    return await work()
  } finally {
    await setApplying(tx, true)
  }
}

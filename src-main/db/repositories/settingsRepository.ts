import type { SqliteConnection } from '../sqliteConnection'

export const SETTING_KEYS = { retentionMonths: 'retentionMonths', kioskPinHash: 'kioskPinHash', kioskLock: 'kioskLock', pledgeTemplate: 'pledgeTemplate' } as const
type SettingKey = (typeof SETTING_KEYS)[keyof typeof SETTING_KEYS]

/** The stored JSON value, or undefined when the worker never set it. */
export async function readSetting(db: SqliteConnection, key: SettingKey): Promise<unknown> {
  const row = await db.get<{ value: string }>('SELECT value FROM settings WHERE key = ?', [key])
  return row ? JSON.parse(row.value) : undefined
}

export async function writeSetting(tx: SqliteConnection, key: SettingKey, value: unknown, timestamp: string): Promise<void> {
  await tx.run(
    `INSERT INTO settings (key, value, created_at, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    [key, JSON.stringify(value), timestamp, timestamp],
  )
}

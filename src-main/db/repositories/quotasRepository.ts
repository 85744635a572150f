import type { SqliteConnection } from '../sqliteConnection'

export interface QuotaRow {
  grid_id: string
  grid_name: string
  installs_quota: number | null
  registrations_quota: number | null
  installs: number
  registrations: number
}

export async function upsertQuota(
  db: SqliteConnection,
  quota: { id: string; gridId: string; period: string; registrations: number; installs: number },
  timestamp: string,
): Promise<void> {
  await db.run(
    `INSERT INTO grid_quotas (id, grid_id, period, registrations, installs, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (grid_id, period) DO UPDATE SET registrations = excluded.registrations, installs = excluded.installs, updated_at = excluded.updated_at`,
    [quota.id, quota.gridId, quota.period, quota.registrations, quota.installs, timestamp, timestamp],
  )
}

/** Every grid with its quota for the period (if any) and the people helped at its sessions within [start, end). */
export function listGridQuotaCounts(db: SqliteConnection, period: string, start: string, end: string): Promise<QuotaRow[]> {
  return db.all<QuotaRow>(
    `SELECT g.id AS grid_id, g.name AS grid_name, q.installs AS installs_quota, q.registrations AS registrations_quota,
       (SELECT COUNT(DISTINCT a.attendee_id) FROM attendance a JOIN sessions s ON s.id = a.session_id
         WHERE s.grid_id = g.id AND a.app_installed_at >= ? AND a.app_installed_at < ?) AS installs,
       (SELECT COUNT(DISTINCT a.attendee_id) FROM attendance a JOIN sessions s ON s.id = a.session_id
         WHERE s.grid_id = g.id AND a.app_registered_at >= ? AND a.app_registered_at < ?) AS registrations
     FROM grids g LEFT JOIN grid_quotas q ON q.grid_id = g.id AND q.period = ?
     ORDER BY g.name`,
    [start, end, start, end, period],
  )
}

export interface NotReachedRow {
  grid_id: string
  attendee_id: string
  name: string
  phone: string | null
}

/** People checked in at a grid's sessions before `end` with no app registration recorded anywhere. */
export function listNotRegistered(db: SqliteConnection, end: string): Promise<NotReachedRow[]> {
  return db.all<NotReachedRow>(
    `SELECT DISTINCT s.grid_id, p.id AS attendee_id, p.name, p.phone
     FROM attendance a JOIN sessions s ON s.id = a.session_id JOIN attendees p ON p.id = a.attendee_id
     WHERE s.grid_id IS NOT NULL AND a.checked_in_at IS NOT NULL AND a.checked_in_at < ? AND s.status != 'cancelled'
       AND NOT EXISTS (SELECT 1 FROM attendance r WHERE r.attendee_id = p.id AND r.app_registered_at IS NOT NULL AND r.app_registered_at < ?)
     ORDER BY s.grid_id, p.name`,
    [end, end],
  )
}

import type { Alert, FollowUp } from '../../contract/alerts'
import type { AlertLevel, FollowUpMethod, FollowUpOutcome } from '../../contract/caseworkValues'
import { maskLandline, maskPhone } from '../../contract/phone'
import type { SqliteConnection } from '../sqliteConnection'

interface AlertRow {
  id: string
  name: string
  phone: string | null
  level: AlertLevel
  alerted_at: string
  due_at: string
  source: Alert['source']
  note: string
  closed_at: string | null
}

interface FollowUpRow {
  id: string
  alert_id: string
  method: FollowUpMethod
  outcome: FollowUpOutcome
  note: string
  followed_at: string
}

export interface NewAlert {
  id: string
  name: string
  phone: string | null
  level: AlertLevel
  alertedAt: string
  dueAt: string
  source: Alert['source']
  note: string
}

function masked(phone: string | null): string {
  if (!phone) return ''
  return phone.includes('-') ? maskLandline(phone) : maskPhone(phone)
}

function toAlert(row: AlertRow, followUps: FollowUpRow[], now: string): Alert {
  return {
    id: row.id,
    name: row.name,
    phoneMasked: masked(row.phone),
    hasPhone: row.phone !== null,
    level: row.level,
    alertedAt: row.alerted_at,
    dueAt: row.due_at,
    source: row.source,
    note: row.note,
    closedAt: row.closed_at,
    overdue: row.closed_at === null && row.due_at <= now,
    followUps: followUps.map((f): FollowUp => ({ id: f.id, method: f.method, outcome: f.outcome, note: f.note, followedAt: f.followed_at })),
  }
}

/** Overdue first, then open by due time, then concluded ones newest first. */
export async function listAlerts(db: SqliteConnection, now: string, options: { openOnly?: boolean; id?: string } = {}): Promise<Alert[]> {
  const where = options.id ? 'WHERE id = ?' : options.openOnly ? 'WHERE closed_at IS NULL' : ''
  const params = options.id ? [options.id] : []
  const rows = await db.all<AlertRow>(
    `SELECT id, name, phone, level, alerted_at, due_at, source, note, closed_at FROM alerts ${where}
     ORDER BY closed_at IS NOT NULL, CASE WHEN closed_at IS NULL THEN due_at END, alerted_at DESC`,
    params,
  )
  const followUps = await db.all<FollowUpRow>(
    `SELECT id, alert_id, method, outcome, note, followed_at FROM alert_follow_ups
     WHERE alert_id IN (SELECT id FROM alerts ${where}) ORDER BY followed_at DESC`,
    params,
  )
  const byAlert = new Map<string, FollowUpRow[]>()
  for (const followUp of followUps) byAlert.set(followUp.alert_id, [...(byAlert.get(followUp.alert_id) ?? []), followUp])
  // Open ones are already in due order, so overdue ones (the earliest due) come first among them.
  return rows.map((row) => toAlert(row, byAlert.get(row.id) ?? [], now))
}

export async function findAlert(db: SqliteConnection, id: string, now: string): Promise<Alert | undefined> {
  return (await listAlerts(db, now, { id }))[0]
}

export async function alertPhone(db: SqliteConnection, id: string): Promise<{ phone: string | null } | undefined> {
  return db.get<{ phone: string | null }>('SELECT phone FROM alerts WHERE id = ?', [id])
}

/** Adds the alert unless the same name, phone and time are already there; says whether it did. */
export async function insertAlert(tx: SqliteConnection, alert: NewAlert, timestamp: string): Promise<boolean> {
  const result = await tx.run(
    `INSERT OR IGNORE INTO alerts (id, name, phone, level, alerted_at, due_at, source, note, closed_at, last_activity_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)`,
    [alert.id, alert.name, alert.phone, alert.level, alert.alertedAt, alert.dueAt, alert.source, alert.note, timestamp, timestamp, timestamp],
  )
  return result.changes === 1
}

export interface NewFollowUp {
  id: string
  alertId: string
  method: FollowUpMethod
  outcome: FollowUpOutcome
  note: string
  followedAt: string
}

/** Records the follow-up; the first conclusive one (anything but 未接通) closes the alert at its time. */
export async function insertFollowUp(tx: SqliteConnection, followUp: NewFollowUp, timestamp: string): Promise<void> {
  await tx.run('INSERT INTO alert_follow_ups (id, alert_id, method, outcome, note, followed_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
    followUp.id,
    followUp.alertId,
    followUp.method,
    followUp.outcome,
    followUp.note,
    followUp.followedAt,
    timestamp,
    timestamp,
  ])
  const closes = followUp.outcome !== 'no_answer'
  await tx.run(
    `UPDATE alerts SET closed_at = CASE WHEN ? AND (closed_at IS NULL OR closed_at > ?) THEN ? ELSE closed_at END,
       last_activity_at = MAX(last_activity_at, ?), updated_at = ? WHERE id = ?`,
    [closes ? 1 : 0, followUp.followedAt, followUp.followedAt, timestamp, timestamp, followUp.alertId],
  )
}

export async function deleteAlert(tx: SqliteConnection, id: string): Promise<number> {
  return (await tx.run('DELETE FROM alerts WHERE id = ?', [id])).changes
}

export async function countAlertsPastRetention(db: SqliteConnection, cutoff: string): Promise<number> {
  return (await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM alerts WHERE last_activity_at < ?', [cutoff]))!.n
}

/** Alerts nobody has touched since the cutoff go with their follow-ups (ON DELETE CASCADE). */
export async function deleteAlertsPastRetention(tx: SqliteConnection, cutoff: string): Promise<number> {
  return (await tx.run('DELETE FROM alerts WHERE last_activity_at < ?', [cutoff])).changes
}

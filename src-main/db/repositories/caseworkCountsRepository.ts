import type { CaseworkCounts } from '../../contract/ledgerCasework'
import type { SqliteConnection } from '../sqliteConnection'

/** Counts for [start, end) in UTC ISO; `now` decides whether an alert still open is past its due time. */
export async function countAlertWork(db: SqliteConnection, start: string, end: string, now: string): Promise<CaseworkCounts['alerts']> {
  const row = await db.get<CaseworkCounts['alerts']>(
    `SELECT
       (SELECT COUNT(*) FROM alerts WHERE alerted_at >= ?1 AND alerted_at < ?2) AS received,
       (SELECT COUNT(*) FROM alert_follow_ups WHERE followed_at >= ?1 AND followed_at < ?2) AS followUps,
       (SELECT COUNT(*) FROM alert_follow_ups WHERE followed_at >= ?1 AND followed_at < ?2 AND method = 'in_person') AS inPerson,
       (SELECT COUNT(*) FROM alerts a WHERE a.closed_at >= ?1 AND a.closed_at < ?2 AND
          (SELECT f.outcome FROM alert_follow_ups f WHERE f.alert_id = a.id AND f.followed_at = a.closed_at AND f.outcome <> 'no_answer' LIMIT 1) = 'dissuaded') AS dissuaded,
       (SELECT COUNT(*) FROM alerts a WHERE a.closed_at >= ?1 AND a.closed_at < ?2 AND
          (SELECT f.outcome FROM alert_follow_ups f WHERE f.alert_id = a.id AND f.followed_at = a.closed_at AND f.outcome <> 'no_answer' LIMIT 1) = 'defrauded') AS defrauded,
       (SELECT COUNT(*) FROM alerts a WHERE a.closed_at >= ?1 AND a.closed_at < ?2 AND
          (SELECT f.outcome FROM alert_follow_ups f WHERE f.alert_id = a.id AND f.followed_at = a.closed_at AND f.outcome <> 'no_answer' LIMIT 1) = 'not_fraud') AS notFraud,
       (SELECT COUNT(*) FROM alerts WHERE alerted_at >= ?1 AND alerted_at < ?2
          AND ((closed_at IS NULL AND due_at <= ?3) OR closed_at > due_at)) AS overdue`,
    [start, end, now],
  )
  return row!
}

export async function countPledges(db: SqliteConnection, start: string, end: string): Promise<CaseworkCounts['pledges']> {
  const row = await db.get<CaseworkCounts['pledges']>(
    `SELECT COUNT(*) FILTER (WHERE kind = 'person') AS person, COUNT(*) FILTER (WHERE kind = 'household') AS household
     FROM pledges WHERE signed_at >= ? AND signed_at < ?`,
    [start, end],
  )
  return row!
}

export async function countRiskVisits(db: SqliteConnection, start: string, end: string): Promise<CaseworkCounts['riskRegister']> {
  const row = await db.get<CaseworkCounts['riskRegister']>(
    `SELECT (SELECT COUNT(DISTINCT attendee_id) FROM risk_flags) AS flagged,
       (SELECT COUNT(*) FROM risk_visits WHERE visited_at >= ?1 AND visited_at < ?2) AS visits,
       (SELECT COUNT(DISTINCT attendee_id) FROM risk_visits WHERE visited_at >= ?1 AND visited_at < ?2) AS peopleVisited`,
    [start, end],
  )
  return row!
}

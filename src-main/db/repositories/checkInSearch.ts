import type { SqliteConnection } from '../sqliteConnection'
import type { SearchMatch } from '../../contract/attendance'
import { toPersonSummary, type AttendeeRow } from './attendeesRepository'
import { personSearchCondition, WALK_IN_ORDER_ABOVE } from './personSearch'

type SearchRow = Pick<AttendeeRow, 'id' | 'name' | 'phone' | 'age_group' | 'neighbourhood' | 'gender'> & { in_session: number; checked_in_at: string | null }

const PERSON_COLUMNS = 'p.id, p.name, p.phone, p.age_group, p.neighbourhood, p.gender'

/** Whether the session exists and how many people the search index finds, in one trip. */
async function probe(db: SqliteConnection, sessionId: string, indexMatch: string | undefined): Promise<{ session_found: number; hits: number }> {
  const hits = indexMatch === undefined ? '0' : '(SELECT COUNT(*) FROM attendee_search WHERE attendee_search MATCH ?)'
  const [row] = await db.allPrepared<{ session_found: number; hits: number }>(
    `SELECT EXISTS (SELECT 1 FROM sessions WHERE id = ?) AS session_found, ${hits} AS hits`,
    indexMatch === undefined ? [sessionId] : [sessionId, indexMatch],
  )
  return row
}

/**
 * People on the session first (not yet checked in first), then everyone else; shortest name, then pinyin, within
 * each. Undefined when the session does not exist. Two trips to SQLite: the probe, then one statement whose second
 * half runs only when the roster does not fill the list. When the index finds many people, the roster is walked
 * instead of the hits, and the others are taken in order from the name-length index until the list is full.
 */
export async function searchForCheckIn(db: SqliteConnection, sessionId: string, query: string, limit: number): Promise<SearchMatch[] | undefined> {
  const { where, params, indexMatch } = personSearchCondition(query)
  const { session_found, hits } = await probe(db, sessionId, indexMatch)
  if (!session_found) return undefined
  const many = hits > WALK_IN_ORDER_ABOVE
  const access = indexMatch === undefined ? '' : many ? 'INDEXED BY attendees_by_name_length_pinyin' : 'NOT INDEXED'
  const rows = await db.allPrepared<SearchRow>(
    `SELECT * FROM (
       SELECT 1 AS in_session, ${PERSON_COLUMNS}, a.checked_in_at
       FROM attendance a ${many ? 'CROSS JOIN' : 'JOIN'} attendees p ON p.id = a.attendee_id
       WHERE a.session_id = ? AND ${where}
       ORDER BY (a.checked_in_at IS NULL) DESC, length(p.name), p.name_pinyin, p.rowid
       LIMIT ?)
     UNION ALL
     SELECT * FROM (
       SELECT 0, ${PERSON_COLUMNS}, NULL
       FROM attendees p ${access}
       WHERE ${where} AND NOT EXISTS (SELECT 1 FROM attendance x WHERE x.session_id = ? AND x.attendee_id = p.id)
       ORDER BY length(p.name), p.name_pinyin, p.rowid
       LIMIT ?)
     LIMIT ?`,
    [sessionId, ...params, limit, ...params, sessionId, limit, limit],
  )
  return rows.map((row) => ({ ...toPersonSummary(row), inSession: row.in_session === 1, checkedInAt: row.checked_in_at }))
}

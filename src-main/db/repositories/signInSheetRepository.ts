import type { SqliteConnection } from '../sqliteConnection'
import type { AttendeeRow } from './attendeesRepository'

export type SignInSheetDbRow = Pick<AttendeeRow, 'name' | 'phone' | 'age_group' | 'neighbourhood'>

/** Everyone signed up for a session in the order a printed list is searched by eye: by pinyin. */
export function signedUpForSheet(db: SqliteConnection, sessionId: string): Promise<SignInSheetDbRow[]> {
  return db.all<SignInSheetDbRow>(
    `SELECT p.name, p.phone, p.age_group, p.neighbourhood
     FROM attendance a JOIN attendees p ON p.id = a.attendee_id
     WHERE a.session_id = ? ORDER BY p.name_pinyin, p.name`,
    [sessionId],
  )
}

import type { SqliteConnection } from '../sqliteConnection'
import type { PendingSignup } from '../../contract/pendingSignups'
import { maskPhone } from '../../contract/phone'
import { toPersonSummary, type AttendeeRow } from './attendeesRepository'

export interface PendingSignupRow {
  id: string
  session_id: string
  provisional_attendee_id: string
  existing_attendee_id: string
  phone: string
  created_at: string
}

export async function insertPendingSignup(
  tx: SqliteConnection,
  row: { id: string; sessionId: string; provisionalId: string; existingId: string; phone: string; timestamp: string },
): Promise<void> {
  await tx.run(
    `INSERT INTO pending_signups (id, session_id, provisional_attendee_id, existing_attendee_id, phone, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
    [row.id, row.sessionId, row.provisionalId, row.existingId, row.phone, row.timestamp, row.timestamp],
  )
}

export function findPendingSignup(db: SqliteConnection, id: string): Promise<PendingSignupRow | undefined> {
  return db.get<PendingSignupRow>('SELECT * FROM pending_signups WHERE id = ?', [id])
}

export async function deletePendingSignup(tx: SqliteConnection, id: string): Promise<void> {
  await tx.run('DELETE FROM pending_signups WHERE id = ?', [id])
}

type PersonColumns = Pick<AttendeeRow, 'id' | 'name' | 'phone' | 'age_group' | 'neighbourhood' | 'gender'>

/** One pending sign-up with both people, both read by the same column list. */
export async function listPendingSignups(db: SqliteConnection, sessionId: string): Promise<PendingSignup[]> {
  const pending = await db.all<PendingSignupRow>('SELECT * FROM pending_signups WHERE session_id = ? ORDER BY created_at', [sessionId])
  const person = (id: string) => db.get<PersonColumns>('SELECT id, name, phone, age_group, neighbourhood, gender FROM attendees WHERE id = ?', [id])
  const items: PendingSignup[] = []
  for (const row of pending) {
    const [resident, existing] = [await person(row.provisional_attendee_id), await person(row.existing_attendee_id)]
    if (resident && existing)
      items.push({ id: row.id, createdAt: row.created_at, typedPhoneMasked: maskPhone(row.phone), resident: toPersonSummary(resident), existing: toPersonSummary(existing) })
  }
  return items
}

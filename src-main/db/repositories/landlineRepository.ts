import type { SqliteConnection } from '../sqliteConnection'

/** The landline column (migration 0013), kept apart from the attendee code that predates it. */
export async function findLandline(db: SqliteConnection, attendeeId: string): Promise<string | null> {
  const row = await db.get<{ landline: string | null }>('SELECT landline FROM attendees WHERE id = ?', [attendeeId])
  return row?.landline ?? null
}

export async function setLandline(tx: SqliteConnection, attendeeId: string, landline: string | null): Promise<void> {
  await tx.run('UPDATE attendees SET landline = ? WHERE id = ?', [landline, attendeeId])
}

/** Gives a person a landline only when they have none: merges fill empty fields, never replace. */
export async function fillLandline(tx: SqliteConnection, attendeeId: string, landline: string | null): Promise<void> {
  if (landline) await tx.run('UPDATE attendees SET landline = coalesce(landline, ?) WHERE id = ?', [landline, attendeeId])
}

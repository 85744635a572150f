import { randomUUID } from 'node:crypto'
import { Database } from '../../src-main/db/database'

/** Puts a session and `count` people (no phones) straight into a closed database file, in one transaction. */
export async function seedSessionWithPeople(dbFile: string, count: number): Promise<{ sessionId: string; attendeeIds: string[] }> {
  const db = await Database.open(dbFile)
  const now = new Date().toISOString()
  const sessionId = randomUUID()
  const attendeeIds = Array.from({ length: count }, () => randomUUID())
  await db.write(async (tx) => {
    await tx.run('INSERT INTO sessions (id, title, starts_at, place, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)', [sessionId, '断电演练', now, '礼堂', now, now])
    for (const [index, id] of attendeeIds.entries()) {
      await tx.run('INSERT INTO attendees (id, name, name_initials, name_pinyin, last_seen_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [
        id,
        `居民${index}`,
        'jm',
        'jumin',
        now,
        now,
        now,
      ])
    }
  })
  await db.close()
  return { sessionId, attendeeIds }
}

import type { SqliteConnection } from '../db/sqliteConnection'
import { findAttendee } from '../db/repositories/attendeesRepository'
import { mergePeople } from '../db/repositories/personMergeRepository'
import { asLocalEdit } from './clock'

/** The people a chain of merges from `start` runs around, if it runs in a circle. */
async function cycleFrom(tx: SqliteConnection, start: string): Promise<string[] | undefined> {
  const path: string[] = []
  let current: string | undefined = start
  while (current !== undefined) {
    const seenAt = path.indexOf(current)
    if (seenAt >= 0) return path.slice(seenAt)
    path.push(current)
    current = (await tx.get<{ merged_into: string | null }>('SELECT merged_into FROM deletions WHERE attendee_id = ?', [current]))?.merged_into ?? undefined
  }
  return undefined
}

/**
 * Two laptops that merged the same two people in opposite directions leave each merged into the other. Every laptop
 * settles it the same way: the smallest id of the circle is the person, its own merge tombstone goes, and where it
 * had already been merged away here it is made again from a member still here (that member then merges into it).
 * Answers how many circles were settled.
 */
export async function settleMergeLoops(tx: SqliteConnection, mergedIds: readonly string[], at: string): Promise<number> {
  let settled = 0
  for (const start of mergedIds) {
    const cycle = await cycleFrom(tx, start)
    if (!cycle) continue
    const survivor = [...cycle].sort()[0]
    await tx.run('DELETE FROM deletions WHERE attendee_id = ?', [survivor])
    settled++
    if (await findAttendee(tx, survivor)) continue
    for (const member of cycle) {
      const present = await findAttendee(tx, member)
      if (!present) continue
      await asLocalEdit(tx, async () => {
        await tx.run(
          `INSERT INTO attendees (id, name, name_initials, name_pinyin, phone, landline, age_group, neighbourhood, gender, last_seen_at, created_at, updated_at)
           SELECT ?, name, name_initials, name_pinyin, NULL, NULL, age_group, neighbourhood, gender, last_seen_at, created_at, ? FROM attendees WHERE id = ?`,
          [survivor, at, member],
        )
        const remade = (await findAttendee(tx, survivor))!
        await mergePeople(tx, { ...remade, phone: present.phone }, present, at)
      })
      break
    }
  }
  return settled
}

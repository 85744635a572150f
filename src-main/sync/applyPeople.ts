import type { SqliteConnection } from '../db/sqliteConnection'
import { findAttendee } from '../db/repositories/attendeesRepository'
import { mergePeople } from '../db/repositories/personMergeRepository'
import { recordDeletions } from '../db/deletionLog'
import type { BundleRows } from './bundleFormat'
import { asLocalEdit } from './clock'
import { recordConflicts } from './conflicts'
import { differingRows, insertNewRows, overwriteRow, overwriteRows } from './rowStore'
import { arrayFromRow, BUNDLE_COLUMNS, PERSON_FIELDS, rowFromArray, type SectionRow } from './syncTables'
import { isNewer, type VersionStamp } from './versions'
import type { RecordCounts } from './applySessions'
import type { MergeDisagreement } from './tombstones'

export interface PeopleCounts extends RecordCounts {
  merged: number
}

type PersonVersion = VersionStamp & SectionRow

const BUNDLE_KEYS = BUNDLE_COLUMNS.people

const later = (a: unknown, b: unknown) => (String(a) > String(b) ? a : b) as string
const earlier = (a: unknown, b: unknown) => (String(a) < String(b) ? a : b) as string

async function phoneHolder(tx: SqliteConnection, phone: unknown, exceptId: unknown): Promise<string | undefined> {
  if (phone === null) return undefined
  return (await tx.get<{ id: string }>('SELECT id FROM attendees WHERE phone = ? AND id <> ?', [phone, exceptId]))?.id
}

/**
 * The same mobile on two laptops is one person, as people.merge makes them: the smaller id stays (so every laptop
 * picks the same one), the other's attendance and consents move to it, and a merge tombstone points on. `version`
 * is first written under its own id without the phone, so the merge sees both people as they are.
 */
async function mergeByPhone(tx: SqliteConnection, version: PersonVersion, holderId: string, exists: boolean, seq: number, at: string): Promise<void> {
  const withoutPhone = { ...version, phone: null }
  if (exists) await overwriteRow(tx, 'people', withoutPhone, seq)
  else await insertNewRows(tx, 'people', [arrayFromRow('people', withoutPhone)], seq)
  const incoming = (await findAttendee(tx, String(version.id)))!
  const holder = (await findAttendee(tx, holderId))!
  incoming.phone = version.phone as string
  const [keep, gone] = incoming.id < holder.id ? [incoming, holder] : [holder, incoming]
  await asLocalEdit(tx, () => mergePeople(tx, keep, gone, at))
}

/**
 * One person this laptop has too, or a new one whose phone someone here has. When the result mixes both versions
 * (last seen and first created are facts from both sides), it becomes a new version of this laptop, so one version
 * stamp never stands for two different rows on two laptops.
 */
async function applyOne(
  tx: SqliteConnection,
  incoming: PersonVersion,
  local: PersonVersion | undefined,
  seq: number,
  at: string,
  counts: PeopleCounts,
  plainOverwrites: SectionRow[],
) {
  let chosen = incoming
  let mixed = false
  if (local) {
    const incomingWins = isNewer(incoming, local)
    const [kept, other] = incomingWins ? [incoming, local] : [local, incoming]
    counts.conflicts += await recordConflicts(tx, 'attendees', PERSON_FIELDS, kept, other, at)
    chosen = { ...kept, last_seen_at: later(kept.last_seen_at, other.last_seen_at), created_at: earlier(kept.created_at, other.created_at) }
    mixed = chosen.last_seen_at !== kept.last_seen_at || chosen.created_at !== kept.created_at
    if (BUNDLE_KEYS.every((key) => chosen[key] === local[key])) return
  }
  if (local && !mixed && chosen.phone === local.phone) {
    // the common case, a newer version of someone here with the same phone: written with the others in one statement
    plainOverwrites.push(chosen)
    counts.updated++
    return
  }
  await overwriteRows(tx, 'people', plainOverwrites.splice(0), seq)
  const holder = await phoneHolder(tx, chosen.phone, chosen.id)
  if (holder) {
    await mergeByPhone(tx, chosen, holder, local !== undefined, seq, at)
    counts.merged++
    return
  }
  if (local) {
    await overwriteRow(tx, 'people', chosen, seq)
    counts.updated++
  } else {
    counts.inserted += await insertNewRows(tx, 'people', [arrayFromRow('people', chosen)], seq)
  }
  if (mixed) await asLocalEdit(tx, () => tx.run('UPDATE attendees SET last_seen_at = last_seen_at WHERE id = ?', [chosen.id]))
}

/** People: new ones are added in one statement; the rest (known here, or a phone someone here has) one by one. */
export async function applyPeople(tx: SqliteConnection, rows: BundleRows, seq: number, at: string): Promise<PeopleCounts> {
  const counts: PeopleCounts = { inserted: 0, updated: 0, conflicts: 0, merged: 0 }
  counts.inserted = await insertNewRows(tx, 'people', rows, seq, 'n.phone IS NULL OR NOT EXISTS (SELECT 1 FROM attendees a WHERE a.phone = n.phone)')
  const plainOverwrites: SectionRow[] = []
  for (const pair of await differingRows(tx, 'people', rows)) {
    await applyOne(tx, pair.incoming as PersonVersion, pair.local as PersonVersion, seq, at, counts, plainOverwrites)
  }
  await overwriteRows(tx, 'people', plainOverwrites, seq)
  const held = await tx.all<{ bundle_index: number }>(
    `SELECT j.key AS bundle_index FROM json_each(?) j
     WHERE NOT EXISTS (SELECT 1 FROM attendees x WHERE x.id = j.value->>0) AND NOT EXISTS (SELECT 1 FROM deletions d WHERE d.attendee_id = j.value->>0)`,
    [JSON.stringify(rows)],
  )
  for (const { bundle_index } of held) await applyOne(tx, rowFromArray('people', rows[bundle_index]) as PersonVersion, undefined, seq, at, counts, [])
  return counts
}

/**
 * People merged away (on the other laptop, or before the person they went into had reached this one) who are still
 * here: their records go to whoever the merges lead to, or they go if that person was deleted. Two people merged
 * into each other's twin on two laptops are one person too. Run after the bundle's people are in.
 */
export async function followMerges(tx: SqliteConnection, disagreements: MergeDisagreement[], redirect: (id: string) => string | null, at: string): Promise<number> {
  let merged = 0
  for (const { targets } of disagreements) {
    const [first, second] = targets.map(redirect)
    const one = first ? await findAttendee(tx, first) : undefined
    const other = second ? await findAttendee(tx, second) : undefined
    if (!one || !other || one.id === other.id) continue
    const [keep, gone] = one.id < other.id ? [one, other] : [other, one]
    await asLocalEdit(tx, () => mergePeople(tx, keep, gone, at))
    merged++
  }
  const lingering = await tx.all<{ id: string }>('SELECT a.id FROM attendees a JOIN deletions d ON d.attendee_id = a.id WHERE d.merged_into IS NOT NULL')
  for (const { id } of lingering) {
    const gone = await findAttendee(tx, id)
    const target = redirect(id)
    const keep = target && target !== id ? await findAttendee(tx, target) : undefined
    if (!gone) continue
    if (keep) {
      await asLocalEdit(tx, () => mergePeople(tx, keep, gone, at))
      merged++
    } else if (target === null) {
      // Merged into someone who was deleted: they go too, and the deletion travels. Deleting them here alone would
      // lose their records for good while their merge tombstone could still, once a newer merge of someone on the
      // chain arrives, lead every laptop to a living person that should have them.
      await asLocalEdit(tx, async () => {
        await recordDeletions(tx, 'id = ?', [id], at)
        await tx.run('DELETE FROM attendees WHERE id = ?', [id])
      })
    }
  }
  return merged
}

import type { SqliteConnection } from '../sqliteConnection'

export interface PersonSearchCondition {
  /** A condition on `attendees` aliased as `p`. */
  where: string
  params: string[]
  /** Set when the search index answers the query: its hits are exactly the people found (see 0015_search_index.sql). */
  indexMatch?: string
}

/** The token the search index holds for one character of a name: hex of its UTF-8 bytes, ASCII folded like LIKE. */
function characterToken(character: string): string {
  const folded = character.replace(/[A-Z]/, (c) => c.toLowerCase())
  return Buffer.from(folded, 'utf8').toString('hex').toUpperCase()
}

function indexed(match: string): PersonSearchCondition {
  return { where: 'p.rowid IN (SELECT rowid FROM attendee_search WHERE attendee_search MATCH ?)', params: [match], indexMatch: match }
}

/**
 * How a worker's search box finds a person: all 11 digits, the last 4 digits, pinyin initials or whole pinyin
 * (zs, zhangsan) for laptops without a Chinese IME, or part of the name.
 */
export function personSearchCondition(query: string): PersonSearchCondition {
  const compact = query.replace(/[\s-]/g, '')
  if (/^\d{11}$/.test(compact)) return { where: 'p.phone = ?', params: [compact] }
  if (/^\d{4}$/.test(compact)) return { where: 'p.phone_tail = ?', params: [compact] }
  if (/^[a-zA-Z]+$/.test(compact)) return indexed(`{initials pinyin} : ${compact.toLowerCase()}*`)
  const characters = Array.from(query.trim())
  if (characters.length > 0) return indexed(`name_characters : "${characters.map(characterToken).join(' ')}"`)
  return { where: '1', params: [] }
}

/**
 * Above this many hits a page is found faster by walking an index already in the page's order and keeping the
 * hits (a few index entries per row shown) than by reading every hit's row and sorting them all.
 */
export const WALK_IN_ORDER_ABOVE = 500

/** How many people the search index finds; it reads only the index. */
export async function countIndexHits(db: SqliteConnection, indexMatch: string): Promise<number> {
  const [row] = await db.allPrepared<{ n: number }>('SELECT COUNT(*) AS n FROM attendee_search WHERE attendee_search MATCH ?', [indexMatch])
  return row?.n ?? 0
}

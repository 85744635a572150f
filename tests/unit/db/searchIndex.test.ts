import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestApp, type TestApp } from '../../helpers/testApp'
import { seedLargeDatabase, type SeededData } from '../../helpers/seedLargeDatabase'
import { nameSearchKeys } from '../../../src-main/domain/nameSearchKeys'
import { countIndexHits, personSearchCondition, WALK_IN_ORDER_ABOVE } from '../../../src-main/db/repositories/personSearch'
import type { SqliteConnection } from '../../../src-main/db/sqliteConnection'

/** The search as it was before the index (b-tree ranges and LIKE), kept here as the oracle. */
function referenceCondition(query: string): { where: string; params: string[] } {
  const compact = query.replace(/[\s-]/g, '')
  if (/^\d{11}$/.test(compact)) return { where: 'p.phone = ?', params: [compact] }
  if (/^\d{4}$/.test(compact)) return { where: 'p.phone_tail = ?', params: [compact] }
  if (/^[a-zA-Z]+$/.test(compact)) {
    const lower = compact.toLowerCase()
    return {
      where: '((p.name_initials >= ? AND p.name_initials < ?) OR (p.name_pinyin >= ? AND p.name_pinyin < ?))',
      params: [lower, lower + '\uffff', lower, lower + '\uffff'],
    }
  }
  const escaped = query.trim().replace(/[\\%_]/g, (c) => `\\${c}`)
  return { where: "p.name LIKE ? ESCAPE '\\'", params: [`%${escaped}%`] }
}

interface ListFilter {
  query: string
  neighbourhood?: string
  ageGroup?: string
}

async function referenceList(db: SqliteConnection, filter: ListFilter, offset: number, limit: number): Promise<{ ids: string[]; total: number }> {
  const search = referenceCondition(filter.query)
  const parts = [search.where]
  const params = [...search.params]
  if (filter.neighbourhood) {
    parts.push('p.neighbourhood = ?')
    params.push(filter.neighbourhood)
  }
  if (filter.ageGroup) {
    parts.push('p.age_group = ?')
    params.push(filter.ageGroup)
  }
  const where = parts.join(' AND ')
  const total = (await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM attendees p WHERE ${where}`, params))!.n
  const rows = await db.all<{ id: string }>(`SELECT p.id FROM attendees p WHERE ${where} ORDER BY p.last_seen_at DESC, p.rowid DESC LIMIT ? OFFSET ?`, [...params, limit, offset])
  return { ids: rows.map((row) => row.id), total }
}

/** Today's order, with the rowid added as the last tie-break (before it, equal rows came in no fixed order). */
async function referenceSearch(db: SqliteConnection, sessionId: string, query: string, limit: number): Promise<string[]> {
  const { where, params } = referenceCondition(query)
  const rows = await db.all<{ id: string }>(
    `SELECT p.id, a.id IS NOT NULL AS in_session FROM attendees p LEFT JOIN attendance a ON a.attendee_id = p.id AND a.session_id = ?
     WHERE ${where} ORDER BY in_session DESC, (a.checked_in_at IS NULL) DESC, length(p.name), p.name_pinyin, p.rowid LIMIT ?`,
    [sessionId, ...params, limit],
  )
  return rows.map((row) => row.id)
}

const TRICKY_NAMES = ['Li Na', 'LI NA', 'li na', 'Anna-Marie', '阿卜杜·买买提', '张 三', '王%芳', '李_四', 'Émile', 'émile', '𠀀明', '张三丰', "O'Brien", '龘']
const TRICKY_QUERIES = [
  'i N',
  'Li',
  'a N',
  'A-M',
  'na-',
  '·',
  '卜杜·',
  '杜买',
  '张 三',
  '张三',
  ' 三',
  '%',
  '_',
  '王%',
  '%芳',
  '李_',
  '\\',
  'É',
  'é',
  'mile',
  'MILE',
  '𠀀',
  '𠀀明',
  "'B",
  '3',
  '12',
  '139',
  '12345',
  '张a',
  'x张',
  '龘',
]
const LETTER_QUERIES = ['z', 'Z', 'zs', 'zh', 'zhang', 'zhangsan', 'wangfang', 'l', 'ln', 'lina', 'LiNa', 'q', 'xyz', 'am', 'annamarie', 'abdmmt']

let app: TestApp
let data: SeededData

async function ok<T>(method: string, input: unknown): Promise<T> {
  const answer = await app.call(method, input)
  if (!answer.ok) throw new Error(`${method} failed: ${JSON.stringify(answer.error)}`)
  return answer.result as T
}

async function insertRaw(name: string, index: number): Promise<void> {
  const keys = nameSearchKeys(name)
  const at = `2026-0${1 + (index % 9)}-15T00:00:00.000Z`
  await app.db.write((tx) =>
    tx.run('INSERT INTO attendees (id, name, name_initials, name_pinyin, neighbourhood, last_seen_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
      `00000009-0000-4000-8000-${String(index).padStart(12, '0')}`,
      name,
      keys.initials,
      keys.pinyin,
      '幸福里',
      at,
      at,
      at,
    ]),
  )
}

/** Characters, substrings, initials, pinyin and phones drawn from the people on file, plus the odd cases. */
async function queriesFromData(): Promise<string[]> {
  const names = (await app.db.read((db) => db.all<{ name: string }>('SELECT name FROM attendees ORDER BY rowid LIMIT 25'))).map((row) => row.name)
  const characters = [...new Set(names.flatMap((name) => Array.from(name)))].slice(0, 30)
  const substrings = names.flatMap((name) => [name.slice(0, 2), name.slice(1), name])
  const phones = data.phones.slice(0, 12)
  return [
    ...new Set([
      ...characters,
      ...substrings,
      ...phones,
      ...phones.map((phone) => phone.slice(-4)),
      '139 0000 7919',
      '1390-000-7919',
      '0000',
      ...LETTER_QUERIES,
      ...TRICKY_QUERIES,
    ]),
  ]
}

async function expectSameAsReference(queries: string[]): Promise<void> {
  const sessionId = data.sessionIds[0]
  for (const query of queries) {
    if (query.trim() === '') continue
    for (const filter of [{ query }, { query, ageGroup: '60plus' }, { query, neighbourhood: '幸福里' }]) {
      for (const offset of [0, 37, 600]) {
        const expected = await app.db.read((db) => referenceList(db, filter, offset, 50))
        const answer = await ok<{ items: { attendeeId: string }[]; total: number }>('people.list', { ...filter, offset, limit: 50 })
        expect({ query: filter, offset, total: answer.total, ids: answer.items.map((item) => item.attendeeId) }).toEqual({ query: filter, offset, ...expected })
      }
    }
    for (const limit of [8, 50]) {
      const expected = await app.db.read((db) => referenceSearch(db, sessionId, query.trim(), limit))
      const answer = await ok<{ items: { attendeeId: string }[] }>('attendance.search', { sessionId, query, limit })
      expect({ query, limit, ids: answer.items.map((item) => item.attendeeId) }).toEqual({ query, limit, ids: expected })
    }
  }
}

beforeAll(async () => {
  app = await openTestApp()
  data = await seedLargeDatabase(app.db, { people: 12_000, sessions: 3, perSession: 3_000 })
  // Twelve different last-seen times, so the People order has both real differences and ties.
  await app.db.write((tx) => tx.run("UPDATE attendees SET last_seen_at = printf('2026-%02d-01T00:00:00.000Z', 1 + (rowid * 7) % 12)"))
  for (const [index, name] of TRICKY_NAMES.entries()) await insertRaw(name, index)
}, 120_000)
afterAll(() => app.cleanup())

describe('the search index gives the same people, in the same order, as the search it replaced', () => {
  it('covers both ways of reading a page: few hits sorted, many hits walked in order', async () => {
    const hits = await app.db.read(async (db) => ({
      many: await countIndexHits(db, personSearchCondition('z').indexMatch!),
      few: await countIndexHits(db, personSearchCondition('zhangsan').indexMatch!),
    }))
    expect(hits.many).toBeGreaterThan(WALK_IN_ORDER_ABOVE)
    expect(hits.few).toBeGreaterThan(0)
    expect(hits.few).toBeLessThanOrEqual(WALK_IN_ORDER_ABOVE)
  })

  it('for characters, substrings, initials, pinyin, phone tails, whole phones and odd input', async () => {
    await expectSameAsReference(await queriesFromData())
  }, 300_000)

  it('after people are renamed, merged and deleted', async () => {
    const [renamed, merged, kept, deleted] = data.attendeeIds.slice(100, 104)
    const renamedBefore = (await ok<{ person: { name: string } }>('people.get', { id: renamed })).person.name
    await ok('people.update', { id: renamed, name: '欧阳娜娜', ageGroup: '60plus', neighbourhood: '幸福里', gender: null, consent: true })
    const mergedName = (await ok<{ person: { name: string } }>('people.get', { id: merged })).person.name
    await ok('people.merge', { keepId: kept, mergeId: merged })
    const deletedName = (await ok<{ person: { name: string } }>('people.get', { id: deleted })).person.name
    await ok('people.delete', { id: deleted })

    const namesOf = async (query: string) => (await ok<{ items: { attendeeId: string }[] }>('people.list', { query, limit: 200 })).items.map((item) => item.attendeeId)
    expect(await namesOf('欧阳娜娜')).toEqual([renamed])
    expect(await namesOf('oyn')).toContain(renamed)
    expect(await namesOf(renamedBefore)).not.toContain(renamed)
    expect(await namesOf(mergedName)).not.toContain(merged)
    expect(await namesOf(deletedName)).not.toContain(deleted)
    await expectSameAsReference(['欧阳娜娜', '娜', 'oyn', 'ouyang', renamedBefore, mergedName, deletedName, 'z', '张'])
  }, 120_000)

  it('keeps no trace of a deleted person in the index', async () => {
    const rowidOf = (name: string) => app.db.read((db) => db.get<{ rowid: number }>('SELECT rowid FROM attendees WHERE name = ?', [name]))
    const token = personSearchCondition('龘').indexMatch!
    const before = (await rowidOf('龘'))!.rowid
    expect(await app.db.read((db) => countIndexHits(db, token))).toBe(1)
    // The stored token for 龘 is the hex of its bytes; secure-delete must remove it from the index pages themselves.
    const storedToken = Buffer.from('e9be98').toString('hex')
    const blocksHolding = () =>
      app.db.read(async (db) => (await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM attendee_search_data WHERE instr(lower(hex(block)), ?) > 0', [storedToken.slice(2)]))!.n)
    expect(await blocksHolding()).toBeGreaterThan(0)

    await ok('people.delete', { id: '00000009-0000-4000-8000-000000000013' })
    expect(await rowidOf('龘')).toBeUndefined()
    expect(await app.db.read((db) => countIndexHits(db, token))).toBe(0)
    expect(await app.db.read((db) => db.get('SELECT rowid FROM attendee_search WHERE rowid = ?', [before]))).toBeUndefined()
    expect(await blocksHolding()).toBe(0)
  })

  it('is rebuilt by its triggers when a full data archive is loaded into an empty database', async () => {
    const archive = await ok<{ dataBase64: string }>('backups.exportArchive', {})
    const source = app
    app = await openTestApp()
    try {
      await ok('backups.importArchive', { dataBase64: archive.dataBase64 })
      await expectSameAsReference(['z', 'zs', '张', '秀英', 'Li', '·', data.phones[5].slice(-4)])
    } finally {
      await app.cleanup()
      app = source
    }
  }, 120_000)
})

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { copyFileSync, existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { openTestApp, type TestApp } from '../../helpers/testApp'

let app: TestApp
beforeEach(async () => {
  app = await openTestApp()
})
afterEach(() => app.cleanup())

async function ok<T>(method: string, input: unknown = {}): Promise<T> {
  const answer = await app.call(method, input)
  if (!answer.ok) throw new Error(`${method}: ${JSON.stringify(answer.error)}`)
  return answer.result as T
}

const NAME = '欧阳紫萱'
const PHONE = '13912345678'

/** Signs the person up, moves their row into the main file, and edits it so older copies of the row exist too. */
async function seedPerson(sessionId: string, name = NAME, phone = PHONE): Promise<{ id: string; pinyin: string }> {
  const { attendeeId } = await ok<{ attendeeId: string }>('attendees.signUp', { sessionId, name, phone, neighbourhood: '幸福小区', consent: true })
  await app.db.writeAndErase(async () => undefined)
  await ok('people.update', { id: attendeeId, name, phone, ageGroup: '60plus', neighbourhood: '幸福小区3栋', gender: null, consent: true })
  const row = await app.db.read((reader) => reader.get<{ name_pinyin: string }>('SELECT name_pinyin FROM attendees WHERE id = ?', [attendeeId]))
  return { id: attendeeId, pinyin: row!.name_pinyin }
}

async function newSession(title = '防诈讲座'): Promise<string> {
  return (await ok<{ id: string }>('sessions.create', { title, startsAt: '2026-12-01T10:00:00Z', place: '礼堂' })).id
}

/** Which of the strings appear anywhere in the raw bytes of the file. */
function traces(file: string, needles: string[]): string[] {
  if (!existsSync(file)) return []
  const bytes = readFileSync(file)
  return needles.filter((needle) => bytes.includes(Buffer.from(needle, 'utf8')))
}

const peopleIds = async () => (await app.db.read((reader) => reader.all<{ id: string }>('SELECT id FROM attendees ORDER BY id'))).map((row) => row.id)

describe('deleting a person deletes them', () => {
  it('leaves no trace of the name, pinyin or phone in the database file, its WAL, or a backup made after', async () => {
    const sessionId = await newSession()
    const { id, pinyin } = await seedPerson(sessionId)
    await seedPerson(sessionId, '李建国', '13800000001')
    const needles = [NAME, PHONE, pinyin]
    expect(traces(app.file, needles).concat(traces(`${app.file}-wal`, needles))).toEqual(expect.arrayContaining([NAME, PHONE]))

    await ok('people.delete', { id })
    expect(traces(app.file, needles)).toEqual([])
    expect(traces(`${app.file}-wal`, needles)).toEqual([])
    const { fileName } = await ok<{ fileName: string }>('backups.create')
    expect(traces(join(app.dir, 'backups', fileName), needles)).toEqual([])
    expect(traces(join(app.dir, 'backups', fileName), ['李建国'])).toEqual(['李建国'])
  })

  it('the retention purge leaves no trace either', async () => {
    const sessionId = await newSession()
    const { id, pinyin } = await seedPerson(sessionId)
    await app.db.write((tx) => tx.run("UPDATE attendees SET last_seen_at = '2020-01-01T00:00:00.000Z' WHERE id = ?", [id]))
    const preview = await ok<{ cutoff: string; people: number }>('privacy.purgePreview')
    expect(preview.people).toBe(1)
    await ok('privacy.purge', { cutoff: preview.cutoff })
    const needles = [NAME, PHONE, pinyin]
    expect(traces(app.file, needles)).toEqual([])
    expect(traces(`${app.file}-wal`, needles)).toEqual([])
  })

  it('records only the id and the time of each deletion', async () => {
    const sessionId = await newSession()
    const { id } = await seedPerson(sessionId)
    await ok('people.delete', { id })
    const log = await app.db.read((reader) => reader.all<Record<string, unknown>>('SELECT * FROM deletions'))
    expect(log).toEqual([
      {
        attendee_id: id,
        deleted_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        kind: 'person',
        merged_into: null,
        // the merge version of the tombstone (migration 0025): a clock value and this laptop's device id
        sync_hlc: expect.any(Number),
        sync_origin: expect.stringMatching(/^[0-9a-f]{32}$/),
        sync_prev: null,
        sync_seq: expect.any(Number),
      },
    ])
  })

  it('restoring a backup made before the deletion does not bring the person back, and keeps the deletion log', async () => {
    const sessionId = await newSession()
    const { id } = await seedPerson(sessionId)
    const { id: keptId } = await seedPerson(sessionId, '李建国', '13800000001')
    const { fileName } = await ok<{ fileName: string }>('backups.create')
    await ok('people.delete', { id })

    await ok('backups.restore', { fileName })
    expect(await peopleIds()).toEqual([keptId])
    expect(await app.db.read((reader) => reader.all('SELECT attendee_id FROM deletions'))).toEqual([{ attendee_id: id }])
    expect(await app.db.read((reader) => reader.get<{ n: number }>('SELECT COUNT(*) AS n FROM attendance WHERE attendee_id = ?', [id]))).toEqual({ n: 0 })
    expect(traces(app.file, [NAME, PHONE])).toEqual([])
    expect(traces(`${app.file}-wal`, [NAME, PHONE])).toEqual([])

    // and a second restore of the same old backup, after the log was carried, still keeps them deleted
    await ok('backups.restore', { fileName })
    expect(await peopleIds()).toEqual([keptId])
  })

  it('importing an archive exported before the deletion does not bring the person back', async () => {
    const sessionId = await newSession()
    const { id } = await seedPerson(sessionId)
    const { id: keptId } = await seedPerson(sessionId, '李建国', '13800000001')
    const { dataBase64 } = await ok<{ dataBase64: string }>('backups.exportArchive')
    await ok('people.delete', { id })

    const imported = await ok<{ tables: Record<string, number> }>('backups.importArchive', { dataBase64, replaceExisting: true })
    expect(imported.tables).toMatchObject({ attendees: 1, deletions: 1 })
    expect(await peopleIds()).toEqual([keptId])

    // the deletion travels with the data: an archive of this database, loaded into another, keeps them deleted there too
    const later = await ok<{ dataBase64: string }>('backups.exportArchive')
    const other = await openTestApp()
    try {
      const answer = await other.call('backups.importArchive', { dataBase64: later.dataBase64 })
      expect(answer).toMatchObject({ ok: true, result: { tables: { attendees: 1, deletions: 1 } } })
    } finally {
      await other.cleanup()
    }
  })
})

describe('the retention purge and backups', () => {
  it('counts the backups made before the cutoff in its preview, and deletes them with the people', async () => {
    const sessionId = await newSession()
    await seedPerson(sessionId)
    const { fileName } = await ok<{ fileName: string }>('backups.create')
    const dir = join(app.dir, 'backups')
    copyFileSync(join(dir, fileName), join(dir, 'outreach-2020-03-01T08-00-00-000Z-manual.sqlite'))
    copyFileSync(join(dir, fileName), join(dir, 'outreach-2021-03-01T08-00-00-000Z-daily.sqlite'))

    const preview = await ok<{ cutoff: string; people: number; backups: number }>('privacy.purgePreview')
    expect(preview).toMatchObject({ people: 0, backups: 2 })
    expect(await ok('privacy.purge', { cutoff: preview.cutoff })).toEqual({ people: 0, attendance: 0, consents: 0, alerts: 0, backups: 2 })
    expect((await ok<{ items: { fileName: string }[] }>('backups.list')).items.map((item) => item.fileName)).toEqual([fileName])
  })
})

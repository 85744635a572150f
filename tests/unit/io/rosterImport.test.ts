import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestApp, type TestApp } from '../../helpers/testApp'

let app: TestApp
let sessionId: string

async function ok<T>(method: string, input: unknown, locale: 'zh-CN' | 'en' = 'zh-CN'): Promise<T> {
  const answer = await app.call(method, input, locale)
  if (!answer.ok) throw new Error(`${method} failed: ${JSON.stringify(answer.error)}`)
  return answer.result as T
}

function csvFile(lines: string[]): string {
  return Buffer.from(lines.join('\r\n'), 'utf8').toString('base64')
}

interface PreviewRow {
  rowNumber: number
  status: string
  values: Record<string, string>
  errors: Record<string, string>
  warnings: Record<string, string>
  repeatOf: number | null
  attendeeId: string | null
  candidates: { attendeeId: string; name: string }[]
}
interface Preview {
  columns: string[]
  mapping: Record<string, number>
  hasConsentColumn: boolean
  rows: PreviewRow[]
  counts: Record<string, number>
}
interface Commit {
  created: number
  updated: number
  phonesDropped: number
  skipped: { rowNumber: number; reason: string }[]
}

const count = (sql: string) => app.db.read((db) => db.get<{ n: number }>(sql)).then((row) => row!.n)

const roster = csvFile([
  '序号,姓名,手机号,年龄,小区,同意',
  '1,张三,138 0013 8000,72,幸福里,是',
  '2,李四,12345,45,幸福里,是',
  '3,,13900139000,30,幸福里,是',
  '4,王芳,,66,幸福里,',
  '5,赵六,13700137000,60岁以上,和平里,否',
  '6,张三,13800138000,72,幸福里,是',
])

let existingId: string
let similarId: string

beforeEach(async () => {
  app = await openTestApp()
  sessionId = (await ok<{ id: string }>('sessions.create', { title: '讲座', startsAt: '2026-12-01T10:00:00+08:00', place: '活动室' })).id
  const other = (await ok<{ id: string }>('sessions.create', { title: '上一场', startsAt: '2026-11-01T10:00:00+08:00', place: '活动室' })).id
  existingId = (await ok<{ attendeeId: string }>('attendees.signUp', { sessionId: other, name: '张叁', phone: '13800138000', consent: true })).attendeeId
  similarId = (await ok<{ attendeeId: string }>('attendees.signUp', { sessionId: other, name: '汪芳', neighbourhood: '幸福里', consent: false })).attendeeId
})
afterEach(() => app.cleanup())

describe('import.preview', () => {
  it('says row by row what would happen, and writes nothing', async () => {
    const before = (await count('SELECT COUNT(*) AS n FROM attendance')) + (await count('SELECT COUNT(*) AS n FROM attendees'))
    const preview = await ok<Preview>('import.preview', { sessionId, fileName: '名单.csv', dataBase64: roster })
    expect(preview.columns).toEqual(['序号', '姓名', '手机号', '年龄', '小区', '同意'])
    expect(preview.mapping).toEqual({ name: 1, phone: 2, ageGroup: 3, neighbourhood: 4, consent: 5 })
    expect(preview.hasConsentColumn).toBe(true)
    // 李四's unreadable phone (12345) no longer costs the row (issue 10 point 7): the person is new, the phone a warning.
    expect(preview.rows.map((row) => [row.rowNumber, row.status])).toEqual([
      [2, 'update'],
      [3, 'new'],
      [4, 'error'],
      [5, 'possible_duplicate'],
      [6, 'new'],
      [7, 'duplicate_in_file'],
    ])
    expect(preview.rows[0]).toMatchObject({ attendeeId: existingId, values: { name: '张三', phone: '138****8000', ageGroup: '60plus' } })
    expect(preview.rows[1].errors).toEqual({})
    expect(preview.rows[1].warnings).toEqual({ phone: expect.stringContaining('看不懂这个号码') })
    expect(preview.rows[1].values.phone).toBe('12345')
    expect(preview.rows[2].errors).toEqual({ name: '必填' })
    expect(preview.rows[3].candidates.map((c) => c.attendeeId)).toEqual([similarId])
    expect(preview.rows[4].warnings).toEqual({ phone: expect.stringContaining('不会保存') })
    expect(preview.rows[5].repeatOf).toBe(2)
    expect(preview.counts).toEqual({ total: 6, new: 2, update: 1, duplicate_in_file: 1, possible_duplicate: 1, error: 1, phonesDropped: 1 })
    const after = (await count('SELECT COUNT(*) AS n FROM attendance')) + (await count('SELECT COUNT(*) AS n FROM attendees'))
    expect(after).toBe(before)
  })

  it('localizes row messages, and refuses unreadable files with a message a worker can act on', async () => {
    const preview = await ok<Preview>('import.preview', { sessionId, fileName: 'roster.csv', dataBase64: roster, locale: 'en' })
    expect(preview.rows[2].errors.name).toBe('is required')
    const xls = await app.call('import.preview', { sessionId, fileName: 'old.xls', dataBase64: Buffer.from([0xd0, 0xcf, 0x11, 0xe0]).toString('base64') })
    expect(xls).toMatchObject({ ok: false, status: 400, error: { message: expect.stringContaining('.xls') } })
    const empty = await app.call('import.preview', { sessionId, fileName: 'empty.csv', dataBase64: csvFile(['姓名,手机号']) })
    expect(empty).toMatchObject({ ok: false, error: { message: expect.stringContaining('没有可导入') } })
    const missing = await app.call('import.preview', { sessionId: '00000000-0000-4000-8000-000000000000', fileName: 'a.csv', dataBase64: roster })
    expect(missing).toMatchObject({ ok: false, status: 404 })
  })

  it('without a consent column keeps phones only when the worker confirms consent on the paper form', async () => {
    const file = csvFile(['姓名,电话', '钱七,13600136000'])
    const without = await ok<Preview>('import.preview', { sessionId, fileName: 'a.csv', dataBase64: file })
    expect(without.counts.phonesDropped).toBe(1)
    const confirmed = await ok<Preview>('import.preview', { sessionId, fileName: 'a.csv', dataBase64: file, consentConfirmed: true })
    expect(confirmed.counts.phonesDropped).toBe(0)
  })
})

describe('import.commit', () => {
  it('writes the valid rows in one go, skips and lists the rest, and records consent only where given', async () => {
    const mapping = { name: 1, phone: 2, ageGroup: 3, neighbourhood: 4, consent: 5 }
    const result = await ok<Commit>('import.commit', {
      sessionId,
      fileName: '名单.csv',
      dataBase64: roster,
      mapping,
      decisions: [{ rowNumber: 5, action: 'same', attendeeId: similarId }],
    })
    expect(result).toMatchObject({ created: 2, updated: 2, phonesDropped: 1 })
    expect(result.skipped.map((s) => s.rowNumber)).toEqual([4, 7])
    expect(result.skipped[1].reason).toContain('第 2 行')

    const roster2 = await ok<{ items: { attendeeId: string; name: string; phoneMasked: string; source: string; ageGroup: string | null }[] }>('attendance.list', { sessionId })
    expect(roster2.items.map((p) => p.name).sort()).toEqual(['张三', '李四', '王芳', '赵六'].sort())
    expect(roster2.items.every((p) => p.source === 'import')).toBe(true)
    const zhang = roster2.items.find((p) => p.name === '张三')!
    expect(zhang).toMatchObject({ attendeeId: existingId, ageGroup: '60plus', phoneMasked: '138****8000' })
    expect(roster2.items.find((p) => p.name === '王芳')!.attendeeId).toBe(similarId)
    expect(roster2.items.find((p) => p.name === '赵六')!.phoneMasked).toBe('')
    expect(roster2.items.find((p) => p.name === '李四')!.phoneMasked).toBe('')
    expect(await count("SELECT COUNT(*) AS n FROM attendees WHERE phone = '13700137000'")).toBe(0)
    expect(await count('SELECT COUNT(*) AS n FROM attendees')).toBe(4)
  })

  it('skips an undecided possible duplicate, and adds a new person when told it is someone else', async () => {
    const file = csvFile(['姓名,小区', '王芳,幸福里'])
    const undecided = await ok<Commit>('import.commit', { sessionId, fileName: 'a.csv', dataBase64: file, mapping: { name: 0, neighbourhood: 1 } })
    expect(undecided).toMatchObject({ created: 0, updated: 0, skipped: [{ rowNumber: 2, reason: expect.stringContaining('未确认') }] })
    const asNew = await ok<Commit>('import.commit', {
      sessionId,
      fileName: 'a.csv',
      dataBase64: file,
      mapping: { name: 0, neighbourhood: 1 },
      decisions: [{ rowNumber: 2, action: 'new' }],
    })
    expect(asNew.created).toBe(1)
  })

  it('keeps phones with the worker’s confirmation, records consent with purpose and time, and can check everyone in', async () => {
    const file = csvFile(['Name,Mobile,Age group', 'Li Lei,13600136000,18-35', 'Han Meimei,13500135000,'])
    const result = await ok<Commit>('import.commit', {
      sessionId,
      fileName: 'a.csv',
      dataBase64: file,
      mapping: { name: 0, phone: 1, ageGroup: 2 },
      consentConfirmed: true,
      markPresent: true,
    })
    expect(result).toMatchObject({ created: 2, phonesDropped: 0, skipped: [] })
    const consents = await app.db.read((db) =>
      db.all<{ purpose: string; given_at: string }>('SELECT purpose, given_at FROM consents c JOIN attendees p ON p.id = c.attendee_id WHERE p.phone IN (?, ?)', [
        '13600136000',
        '13500135000',
      ]),
    )
    expect(consents).toHaveLength(2)
    expect(consents[0].purpose).toBe('outreach_contact')
    expect(await ok('attendance.list', { sessionId })).toMatchObject({ present: 2, registered: 2 })
  })

  it('writes nothing when any write fails part-way (one transaction)', async () => {
    const file = csvFile(['姓名,手机号', '甲,13600136000', '乙,13500135000'])
    await app.db.write((tx) => tx.exec(`CREATE TRIGGER refuse_second BEFORE INSERT ON attendees WHEN NEW.name = '乙' BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`))
    const answer = await app.call('import.commit', { sessionId, fileName: 'a.csv', dataBase64: file, mapping: { name: 0, phone: 1 }, consentConfirmed: true })
    expect(answer.ok).toBe(false)
    expect(await count("SELECT COUNT(*) AS n FROM attendees WHERE name = '甲'")).toBe(0)
    expect(await count("SELECT COUNT(*) AS n FROM attendance WHERE session_id IN (SELECT id FROM sessions WHERE title = '讲座')")).toBe(0)
  })

  it('reads a GBK file the way Excel saves it', async () => {
    const gbk = Buffer.from([0xd0, 0xd5, 0xc3, 0xfb, 0x0d, 0x0a, 0xd5, 0xc5, 0xc8, 0xfd]).toString('base64') // 姓名\r\n张三
    const preview = await ok<Preview>('import.preview', { sessionId, fileName: '名单.csv', dataBase64: gbk })
    expect(preview.rows[0].values.name).toBe('张三')
  })
})

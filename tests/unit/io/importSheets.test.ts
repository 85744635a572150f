import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import { openTestApp, type TestApp } from '../../helpers/testApp'

let app: TestApp
let sessionId: string

async function ok<T>(method: string, input: unknown, locale: 'zh-CN' | 'en' = 'zh-CN'): Promise<T> {
  const answer = await app.call(method, input, locale)
  if (!answer.ok) throw new Error(`${method} failed: ${JSON.stringify(answer.error)}`)
  return answer.result as T
}

const csvFile = (lines: string[]) => Buffer.from(lines.join('\r\n'), 'utf8').toString('base64')
const readCsv = (csv: string) => Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data

interface Preview {
  headerRow: number
  suggestedHeaderRow: number
  headerChoices: { rowNumber: number; text: string }[]
  columns: string[]
  mapping: Record<string, number>
  rows: { rowNumber: number; status: string; values: Record<string, string>; errors: Record<string, string>; warnings: Record<string, string> }[]
  counts: Record<string, number>
}
interface Commit {
  created: number
  updated: number
  phonesDropped: number
  skipped: { rowNumber: number; reason: string }[]
}
interface PersonItem {
  attendeeId: string
  name: string
  phoneMasked: string
  landlineMasked: string
}

const TITLE = '幸福里社区“守护钱袋子”反诈宣讲签到表'

/** What a community worker's sheet looks like: merged title and subtitle rows, a 序号 column, a number cell, a landline. */
async function signInSheet(): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('签到表')
  sheet.addRow([TITLE])
  sheet.addRow(['时间：2026年10月5日 14:30　地点：和平里礼堂'])
  sheet.addRow(['序号', '姓名', '联系电话', '年龄', '小区', '是否同意', '签名'])
  sheet.addRow([1, '张秀英', 13812345678, 72, '幸福里', '是', ''])
  sheet.addRow([2, '王建国', '0471-6281234', 68, '幸福里', '是', ''])
  sheet.addRow([3, '李桂兰', '6281234', 75, '和平里', '是', ''])
  sheet.mergeCells('A1:G1')
  sheet.mergeCells('A2:G2')
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64')
}

const people = async () => (await ok<{ items: PersonItem[] }>('people.list', { limit: 50 })).items
const landlines = () => app.db.read((db) => db.all<{ name: string; phone: string | null; landline: string | null }>('SELECT name, phone, landline FROM attendees ORDER BY name'))

beforeEach(async () => {
  app = await openTestApp()
  sessionId = (await ok<{ id: string }>('sessions.create', { title: '守护钱袋子', startsAt: '2026-10-05T14:30:00+08:00', place: '和平里礼堂' })).id
})
afterEach(() => app.cleanup())

describe('a sign-in sheet with a title above the header', () => {
  it('finds the header on row 3, says so, and imports every person below it', async () => {
    const dataBase64 = await signInSheet()
    const preview = await ok<Preview>('import.preview', { sessionId, fileName: '签到表.xlsx', dataBase64 })
    expect(preview.headerRow).toBe(3)
    expect(preview.suggestedHeaderRow).toBe(3)
    expect(preview.headerChoices.map((choice) => choice.rowNumber)).toEqual([1, 2, 3, 4, 5, 6])
    expect(preview.headerChoices[0].text).toBe(TITLE)
    expect(preview.columns).toEqual(['序号', '姓名', '联系电话', '年龄', '小区', '是否同意', '签名'])
    expect(preview.mapping).toEqual({ name: 1, phone: 2, ageGroup: 3, neighbourhood: 4, consent: 5 })
    expect(preview.rows.map((row) => [row.rowNumber, row.status])).toEqual([
      [4, 'new'],
      [5, 'new'],
      [6, 'new'],
    ])
    expect(preview.rows.map((row) => row.values.phone)).toEqual(['138****5678', '0471-****234', '****234'])

    const result = await ok<Commit>('import.commit', { sessionId, fileName: '签到表.xlsx', dataBase64, mapping: preview.mapping, headerRow: 3 })
    expect(result).toMatchObject({ created: 3, updated: 0, skipped: [] })
    expect(await landlines()).toEqual([
      { name: '张秀英', phone: '13812345678', landline: null },
      { name: '李桂兰', phone: null, landline: '6281234' },
      { name: '王建国', phone: null, landline: '0471-6281234' },
    ])
  })

  it('lets the worker take another row as the header, and refuses a row past the end', async () => {
    const dataBase64 = await signInSheet()
    const preview = await ok<Preview>('import.preview', { sessionId, fileName: '签到表.xlsx', dataBase64, headerRow: 1 })
    expect(preview.headerRow).toBe(1)
    expect(preview.suggestedHeaderRow).toBe(3)
    expect(preview.columns[0]).toBe(TITLE)
    expect(preview.rows[0].rowNumber).toBe(2)
    const beyond = await app.call('import.preview', { sessionId, fileName: '签到表.xlsx', dataBase64, headerRow: 40 }, 'en')
    expect(beyond).toMatchObject({ ok: false, status: 400, error: { fields: { headerRow: expect.stringContaining('row') } } })
  })

  it('reads the same sheet saved as CSV by Excel, with the phone written as 1.38E10 notation', async () => {
    const dataBase64 = csvFile([`${TITLE},,,`, ',,,', '序号,姓名,手机号,小区', '1,张秀英,1.3812345678E10,幸福里', '2,王建国,138 1234 5679,幸福里'])
    const preview = await ok<Preview>('import.preview', { sessionId, fileName: '签到表.csv', dataBase64, consentConfirmed: true })
    expect(preview.headerRow).toBe(3)
    expect(preview.rows.map((row) => [row.rowNumber, row.status, row.values.phone])).toEqual([
      [4, 'new', '138****5678'],
      [5, 'new', '138****5679'],
    ])
  })
})

describe('landlines', () => {
  it('keeps a person who has only a landline, masks it in lists and exports, and shows it in full only when asked', async () => {
    const dataBase64 = csvFile(['姓名,电话,固定电话,小区', '王建国,0471-6281234,,幸福里', '赵玉梅,13812345678,0471 6281235,幸福里', '刘德明,12345,,和平里'])
    const preview = await ok<Preview>('import.preview', { sessionId, fileName: '名单.csv', dataBase64, consentConfirmed: true })
    expect(preview.rows.map((row) => row.status)).toEqual(['new', 'new', 'new'])
    expect(preview.rows[2].errors).toEqual({})
    expect(preview.rows[2].warnings.phone).toContain('看不懂')
    expect(preview.rows[2].values.phone).toBe('12345')

    const result = await ok<Commit>('import.commit', { sessionId, fileName: '名单.csv', dataBase64, mapping: preview.mapping, consentConfirmed: true })
    expect(result).toMatchObject({ created: 3, skipped: [] })
    const list = await people()
    expect(list.find((p) => p.name === '王建国')).toMatchObject({ phoneMasked: '', landlineMasked: '0471-****234' })
    expect(list.find((p) => p.name === '赵玉梅')).toMatchObject({ phoneMasked: '138****5678', landlineMasked: '0471-****235' })
    expect(list.find((p) => p.name === '刘德明')).toMatchObject({ phoneMasked: '', landlineMasked: '' })
    const wang = list.find((p) => p.name === '王建国')!
    expect((await ok<{ person: PersonItem }>('people.get', { id: wang.attendeeId })).person.landlineMasked).toBe('0471-****234')

    const masked = readCsv((await ok<{ csv: string }>('people.exportCsv', {})).csv)
    expect(masked[0].slice(0, 3)).toEqual(['姓名', '手机号', '固定电话'])
    expect(masked.find((row) => row[0] === '王建国')!.slice(1, 3)).toEqual(['', '0471-****234'])
    const full = readCsv((await ok<{ csv: string }>('attendance.exportCsv', { sessionId, fullPhones: true })).csv)
    expect(full.find((row) => row[0] === '王建国')!.slice(1, 3)).toEqual(['', '0471-6281234'])
    expect((await ok<{ csv: string }>('attendance.exportCsv', { sessionId })).csv).not.toContain('6281234')

    const again = await ok<Preview>('import.preview', { sessionId, fileName: 'again.csv', dataBase64: csvFile(masked.map((row) => row.join(','))) })
    expect(again.mapping).toMatchObject({ name: 0, phone: 1, landline: 2 })
  })

  it('keeps a landline only with consent, like a mobile, and never uses it to find the person', async () => {
    const first = csvFile(['姓名,电话', '王建国,0471-6281234'])
    const dropped = await ok<Commit>('import.commit', { sessionId, fileName: 'a.csv', dataBase64: first, mapping: { name: 0, phone: 1 } })
    expect(dropped).toMatchObject({ created: 1, phonesDropped: 1 })
    expect(await landlines()).toEqual([{ name: '王建国', phone: null, landline: null }])

    // A spouse on the same landline is another person.
    const spouse = csvFile(['姓名,电话', '李桂兰,0471-6281234'])
    const added = await ok<Commit>('import.commit', { sessionId, fileName: 'b.csv', dataBase64: spouse, mapping: { name: 0, phone: 1 }, consentConfirmed: true })
    expect(added).toMatchObject({ created: 1, updated: 0 })
    const consents = await app.db.read((db) => db.get<{ n: number }>("SELECT COUNT(*) AS n FROM consents c JOIN attendees p ON p.id = c.attendee_id WHERE p.name = '李桂兰'"))
    expect(consents!.n).toBe(1)
  })

  it('can be set, kept and removed on the person’s record, and survives a merge', async () => {
    const a = await ok<{ attendeeId: string }>('attendees.signUp', { sessionId, name: '王建国', neighbourhood: '幸福里', consent: false })
    const refused = await app.call('people.update', {
      id: a.attendeeId,
      name: '王建国',
      landline: '0471-6281234',
      ageGroup: null,
      neighbourhood: '幸福里',
      gender: null,
      consent: false,
    })
    expect(refused).toMatchObject({ ok: false, status: 400, error: { fields: { consent: expect.any(String) } } })
    const bad = await app.call('people.update', { id: a.attendeeId, name: '王建国', landline: '12345', ageGroup: null, neighbourhood: '幸福里', gender: null, consent: true })
    expect(bad).toMatchObject({ ok: false, status: 400, error: { fields: { landline: expect.stringContaining('固定电话') } } })

    const saved = await ok<PersonItem>('people.update', {
      id: a.attendeeId,
      name: '王建国',
      landline: '(0471)6281234',
      ageGroup: null,
      neighbourhood: '幸福里',
      gender: null,
      consent: true,
    })
    expect(saved.landlineMasked).toBe('0471-****234')
    const kept = await ok<PersonItem>('people.update', { id: a.attendeeId, name: '王建国', ageGroup: '60plus', neighbourhood: '幸福里', gender: null, consent: true })
    expect(kept.landlineMasked).toBe('0471-****234')

    const b = await ok<{ attendeeId: string }>('attendees.signUp', { sessionId, name: '王建国', phone: '13812345678', neighbourhood: '幸福里', consent: true })
    await ok('people.merge', { keepId: b.attendeeId, mergeId: a.attendeeId })
    expect(await landlines()).toEqual([{ name: '王建国', phone: '13812345678', landline: '0471-6281234' }])

    const removed = await ok<PersonItem>('people.update', {
      id: b.attendeeId,
      name: '王建国',
      phone: '',
      landline: '',
      ageGroup: null,
      neighbourhood: '幸福里',
      gender: null,
      consent: false,
    })
    expect(removed).toMatchObject({ landlineMasked: '', phoneMasked: '' })
  })
})

describe('import.commit against a database that changed after it planned', () => {
  it('plans again inside the transaction, so a person signed up meanwhile is updated, not duplicated', async () => {
    let release = () => {}
    const gate = new Promise<void>((resolve) => (release = resolve))
    const other = (await ok<{ id: string }>('sessions.create', { title: '别处', startsAt: '2026-09-01T10:00:00+08:00', place: '礼堂' })).id
    // Holds the write queue while the import reads the file and plans; then someone signs up with a phone in it.
    const signUpMeanwhile = app.db.write(async (tx) => {
      await gate
      await tx.run(
        `INSERT INTO attendees (id, name, name_initials, name_pinyin, phone, neighbourhood, last_seen_at, created_at, updated_at)
         VALUES ('00000000-0000-4000-8000-0000000000aa', '张秀英', 'zxy', 'zhangxiuying', '13812345678', '幸福里', '2026-09-01', '2026-09-01', '2026-09-01')`,
      )
      await tx.run(
        `INSERT INTO attendance (id, session_id, attendee_id, source, created_at, updated_at) VALUES ('00000000-0000-4000-8000-0000000000ab', ?, '00000000-0000-4000-8000-0000000000aa', 'signup', '2026-09-01', '2026-09-01')`,
        [other],
      )
    })
    const importing = app.call('import.commit', {
      sessionId,
      fileName: 'a.csv',
      dataBase64: csvFile(['姓名,手机号,同意', '张秀英,13812345678,是', '王建国,13812345679,是']),
      mapping: { name: 0, phone: 1, consent: 2 },
    })
    await new Promise((resolve) => setTimeout(resolve, 1000))
    release()
    await signUpMeanwhile
    expect(await importing).toMatchObject({ ok: true, result: { created: 1, updated: 1, skipped: [] } })
    expect(await landlines()).toEqual([
      { name: '张秀英', phone: '13812345678', landline: null },
      { name: '王建国', phone: '13812345679', landline: null },
    ])
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import ExcelJS from 'exceljs'
import type { Browser, Page } from 'playwright-core'
import { launchChromium, screenshotPath } from '../helpers/chromium'
import { startServe, type ServeProcess } from '../helpers/serveProcess'
import { makeTempDir } from '../helpers/tempDatabase'

let browser: Browser
let server: ServeProcess
let page: Page
const temp = makeTempDir('outreach-e2e-io-')
const dbFile = join(temp.dir, 'outreach.sqlite')

const api = <T>(method: string, input: unknown) => server.api(method, input) as Promise<T>

interface RosterItem {
  attendeeId: string
  name: string
  phoneMasked: string
  checkedInAt: string | null
}
const roster = async (sessionId: string) => (await api<{ items: RosterItem[] }>('attendance.list', { sessionId })).items

// Five people: 张三 is already on file by phone, 李四's phone cannot be read (he is kept without it), the third has no name.
const rosterCsv = [
  '姓名,手机号,年龄,小区,性别',
  '张三,138 0013 8000,72,幸福里,男',
  '李四,12345,45,幸福里,男',
  ',13900139000,30,幸福里,女',
  '王五,13700137000,60岁以上,和平里,女',
  '赵六,13600136000,50,和平里,男',
].join('\r\n')
const rosterFile = { name: '十月名单.csv', mimeType: 'text/csv', buffer: Buffer.from(rosterCsv, 'utf8') }

let septemberId: string
let octoberId: string
let zhangId: string

beforeAll(async () => {
  server = await startServe(dbFile)
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', acceptDownloads: true })
  septemberId = (await api<{ id: string }>('sessions.create', { title: '九月讲座', startsAt: '2026-09-10T10:00:00+08:00', place: '幸福里活动室' })).id
  octoberId = (await api<{ id: string }>('sessions.create', { title: '守护钱袋子', startsAt: '2026-10-05T14:30:00+08:00', place: '和平里礼堂' })).id
  zhangId = (
    await api<{ attendeeId: string }>('attendees.signUp', { sessionId: septemberId, name: '张三', phone: '13800138000', neighbourhood: '幸福里', consent: true, checkIn: true })
  ).attendeeId
  await api('sessions.update', { id: septemberId, status: 'held' })
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  temp.remove()
})

async function choosePreview(): Promise<void> {
  // A fresh page load each time: a hash-only change to the address the page already shows would not start over.
  await page.goto('about:blank')
  await page.goto(`${server.url}/#/sessions/${octoberId}/import`)
  await expect.poll(() => page.textContent('[data-testid="import-session"]')).toContain('守护钱袋子')
  await page.setInputFiles('[data-testid="import-file"]', rosterFile)
  await expect.poll(() => page.locator('[data-testid="preview-row"]').count()).toBeGreaterThan(0)
  await page.click('[data-testid="preview-show-all"]')
  await expect.poll(() => page.locator('[data-testid="preview-row"]').count()).toBe(5)
}

async function download(selector: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)])
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) }
}

function csvRows(bytes: Buffer): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  return Papa.parse<string[]>(bytes.subarray(3).toString('utf8'), { skipEmptyLines: true }).data
}

async function xlsxRows(bytes: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer)
  const rows: unknown[][] = []
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
  return rows
}

describe('importing a roster', () => {
  it('previews each row with its status and errors, and cancelling writes nothing', async () => {
    await choosePreview()
    const statuses = await page.$$eval('[data-testid="preview-row"]', (rows) => rows.map((row) => [row.getAttribute('data-row'), row.getAttribute('data-status')]))
    expect(statuses).toEqual([
      ['2', 'update'],
      ['3', 'new'],
      ['4', 'error'],
      ['5', 'new'],
      ['6', 'new'],
    ])
    expect(await page.textContent('[data-row="3"]')).toContain('看不懂这个号码')
    expect(await page.textContent('[data-row="4"]')).toContain('必填')
    expect(await page.textContent('[data-row="2"]')).toContain('138****8000')
    expect(await page.textContent('[data-testid="import-counts"]')).toContain('新增 3')
    await page.screenshot({ path: screenshotPath('io-import-preview-zh'), fullPage: true })

    await page.click('[data-testid="import-cancel"]')
    await expect.poll(() => page.url()).toMatch(new RegExp(`#/sessions/${octoberId}$`))
    expect(await roster(octoberId)).toEqual([])
  })

  it('shows the preview in English too', async () => {
    await page.evaluate(() => localStorage.setItem('outreach.locale', 'en'))
    await page.reload()
    await choosePreview()
    expect(await page.textContent('[data-row="4"]')).toContain('is required')
    expect(await page.textContent('h1')).toBe('Import a roster')
    await page.screenshot({ path: screenshotPath('io-import-preview-en'), fullPage: true })
    await page.evaluate(() => localStorage.setItem('outreach.locale', 'zh-CN'))
    await page.reload()
  })

  it('commits the good rows in one go, lists the skipped ones, and the roster has the right people', async () => {
    await choosePreview()
    await page.check('[data-testid="import-consent"]')
    await expect.poll(() => page.isChecked('[data-testid="import-consent"]')).toBe(true)
    await page.check('[data-testid="import-mark-present"]')
    await page.click('[data-testid="import-commit"]')
    await expect.poll(() => page.textContent('[data-testid="import-result"]')).toContain('新增 3 人，更新 1 人')
    expect(await page.textContent('[data-testid="import-skipped"]')).toMatch(/第 4 行/)
    expect(await page.textContent('[data-testid="import-skipped"]')).not.toMatch(/第 3 行/)

    const people = await roster(octoberId)
    expect(people.map((p) => p.name).sort()).toEqual(['张三', '李四', '王五', '赵六'].sort())
    expect(people.find((p) => p.name === '张三')!.attendeeId).toBe(zhangId)
    expect(people.every((p) => p.checkedInAt !== null)).toBe(true)
    expect(people.find((p) => p.name === '王五')!.phoneMasked).toBe('137****7000')
  })
})

describe('exporting a session', () => {
  it('downloads CSV and XLSX with masked phones that read back with the right rows', async () => {
    await page.goto(`${server.url}/#/sessions/${octoberId}`)
    await page.waitForSelector('[data-testid="export-buttons"]')
    const csv = await download('[data-testid="export-csv"]')
    expect(csv.name).toBe('签到表-2026-10-05-守护钱袋子.csv')
    const rows = csvRows(csv.bytes)
    expect(rows[0].slice(0, 2)).toEqual(['姓名', '手机号'])
    expect(
      rows
        .slice(1)
        .map((row) => [row[0], row[1]])
        .sort(),
    ).toEqual(
      [
        ['张三', '138****8000'],
        ['李四', ''],
        ['王五', '137****7000'],
        ['赵六', '136****6000'],
      ].sort(),
    )
    const xlsx = await xlsxRows((await download('[data-testid="export-xlsx"]')).bytes)
    await page.screenshot({ path: screenshotPath('io-export-zh') })
    expect(xlsx).toHaveLength(5)
    expect(xlsx.slice(1).map((row) => row[1])).not.toContain('13700137000')
  })

  it('full phone numbers only after the worker confirms the warning', async () => {
    await page.click('[data-testid="export-full-phones"]')
    await page.waitForSelector('[data-testid="confirm-dialog"]')
    expect(await page.textContent('[data-testid="confirm-dialog"]')).toContain('诈骗')
    await page.screenshot({ path: screenshotPath('io-export-confirm-zh') })
    await page.click('[data-testid="confirm-cancel"]')
    expect(await page.isChecked('[data-testid="export-full-phones"]')).toBe(false)

    await page.click('[data-testid="export-full-phones"]')
    await page.click('[data-testid="confirm-ok"]')
    expect(await page.isChecked('[data-testid="export-full-phones"]')).toBe(true)
    const full = await xlsxRows((await download('[data-testid="export-xlsx"]')).bytes)
    expect(
      full
        .slice(1)
        .map((row) => row[1] ?? '')
        .sort(),
    ).toEqual(['', '13600136000', '13700137000', '13800138000'])
    expect(await page.isChecked('[data-testid="export-full-phones"]')).toBe(false)
    const again = csvRows((await download('[data-testid="export-csv"]')).bytes)
    expect(again.slice(1).map((row) => row[1])).not.toContain('13800138000')
  })
})

describe('reports dashboard', () => {
  it('tiles match the numbers computed from what was recorded', async () => {
    const checkIns = [...(await roster(septemberId)), ...(await roster(octoberId))].filter((p) => p.checkedInAt !== null)
    const perPerson = new Map<string, number>()
    for (const p of checkIns) perPerson.set(p.attendeeId, (perPerson.get(p.attendeeId) ?? 0) + 1)
    const expected = { sessionsHeld: 2, attendances: checkIns.length, uniquePeople: perPerson.size, repeatAttendees: [...perPerson.values()].filter((n) => n >= 2).length }
    expect(expected).toEqual({ sessionsHeld: 2, attendances: 5, uniquePeople: 4, repeatAttendees: 1 })

    await page.click('[data-testid="nav-reports"]')
    await page.fill('[data-testid="report-from"]', '2026-01-01')
    await page.fill('[data-testid="report-to"]', '2026-12-31')
    await page.click('[data-testid="report-range"] button[type="submit"]')
    for (const [tile, value] of Object.entries(expected)) await expect.poll(() => page.textContent(`[data-testid="tile-${tile}"] .value`)).toBe(String(value))
    await page.waitForSelector('[data-testid="chart-month"] canvas')
    expect(await page.textContent('[data-testid="place-table"]')).toContain('和平里礼堂')
    await page.screenshot({ path: screenshotPath('io-reports-zh'), fullPage: true })

    await page.fill('[data-testid="report-from"]', '2026-10-01')
    await page.click('[data-testid="report-range"] button[type="submit"]')
    await expect.poll(() => page.textContent('[data-testid="tile-attendances"] .value')).toBe('4')
  })

  it('exports the summary with counts only', async () => {
    const file = await download('[data-testid="report-export-csv"]')
    const text = file.bytes.toString('utf8')
    expect(text).toContain('举办场次')
    for (const secret of ['张三', '王五', '1380013', '138****']) expect(text).not.toContain(secret)
  })

  it('reads in English', async () => {
    await page.selectOption('[data-testid="language-switch"]', 'en')
    await expect.poll(() => page.textContent('h1')).toBe('Reports')
    await page.click('[data-testid="report-all-time"]')
    await expect.poll(() => page.textContent('[data-testid="tile-uniquePeople"]')).toContain('People reached')
    await page.waitForSelector('[data-testid="chart-age"] canvas')
    await page.screenshot({ path: screenshotPath('io-reports-en'), fullPage: true })
  })
})

describe('importing an Excel file with a possible duplicate', () => {
  it('offers the similar person, and the worker can say it is someone else', async () => {
    await api('attendees.signUp', { sessionId: septemberId, name: '王芳', neighbourhood: '幸福里', consent: false })
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('名单')
    sheet.addRow(['Name', 'Neighbourhood', 'Age'])
    sheet.addRow(['汪芳', '幸福里', 68])
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer())

    await page.selectOption('[data-testid="language-switch"]', 'zh-CN')
    await page.goto(`${server.url}/#/sessions/${septemberId}/import`)
    await page.setInputFiles('[data-testid="import-file"]', { name: 'names.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer })
    await page.waitForSelector('[data-row="2"][data-status="possible_duplicate"]')
    expect(await page.textContent('[data-testid="preview-decision"]')).toContain('是同一人：王芳')
    await page.selectOption('[data-testid="preview-decision"]', 'new')
    await page.click('[data-testid="import-commit"]')
    await expect.poll(() => page.textContent('[data-testid="import-result"]')).toContain('新增 1 人，更新 0 人')
    const names = (await roster(septemberId)).map((p) => p.name)
    expect(names).toContain('汪芳')
    expect(names).toContain('王芳')
  })
})

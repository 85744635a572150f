import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { Browser, Page } from 'playwright-core'
import { launchChromium, screenshotPath, SCREENSHOT_DIR } from '../helpers/chromium'
import { startServe, type ServeProcess } from '../helpers/serveProcess'
import { makeTempDir } from '../helpers/tempDatabase'
import { makeNoisePng, makePng } from '../helpers/makePng'

let browser: Browser
let server: ServeProcess
let page: Page
const temp = makeTempDir('outreach-e2e-ledger-')
const dbFile = join(temp.dir, 'outreach.sqlite')
const ids = { grid: '', round: '', talk: '', zhang: '', li: '' }
const PHONES = ['13800138000', '13900139000']

// A month in the past, so the planned door-to-door round has happened.
const MONTH = '2025-10'
/** Another month, with names long enough that a printed ledger must wrap them. */
const LONG_MONTH = '2025-09'
const LONG = {
  title: '守护老年人钱袋子·防范冒充公检法和养老投资类电信网络诈骗专题宣讲暨反诈知识有奖竞答活动',
  place: '幸福街道幸福里社区党群服务中心三楼多功能活动室（东侧入口上楼）',
  presenters: '光明路派出所王警官、幸福里社区李网格员、街道综治中心赵主任',
}

beforeAll(async () => {
  server = await startServe(dbFile)
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', acceptDownloads: true })
  ids.grid = (await server.api<{ id: string }>('grids.create', { name: '幸福里网格', householdCount: 120, residentCount: 300, places: [{ name: '1号楼', kind: 'building' }] })).id
  ids.round = (
    await server.api<{ id: string }>('sessions.create', { title: '幸福里入户宣传', startsAt: `${MONTH}-08T09:00:00+08:00`, place: '幸福里1-3号楼', presenters: '李网格员' })
  ).id
  ids.talk = (
    await server.api<{ id: string }>('sessions.create', {
      title: '守护钱袋子·防范电信网络诈骗',
      startsAt: `${MONTH}-15T14:30:00+08:00`,
      place: '幸福社区党群服务中心',
      presenters: '王警官',
      status: 'held',
    })
  ).id
  ids.zhang = (
    await server.api<{ attendeeId: string }>('attendees.signUp', { sessionId: ids.talk, name: '张桂兰', phone: PHONES[0], ageGroup: '60plus', consent: true })
  ).attendeeId
  await server.api('sessions.create', { ...LONG, startsAt: `${LONG_MONTH}-20T09:30:00+08:00`, status: 'held' })
  ids.li = (await server.api<{ attendeeId: string }>('attendees.signUp', { sessionId: ids.talk, name: '李建国', phone: PHONES[1], ageGroup: '60plus', consent: true })).attendeeId
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  temp.remove()
})

const panel = '[data-testid="session-ledger-panel"]'

describe('the outreach ledger in the browser', () => {
  it('records a door-to-door round: households, people reached, grid and leaflets', async () => {
    await page.goto(`${server.url}/#/sessions/${ids.round}`)
    await page.waitForSelector(panel)
    await page.selectOption('[data-testid="ledger-activity-type"]', 'door_to_door')
    await expect.poll(() => page.locator('[data-testid="ledger-grid"] option').count()).toBe(2)
    await page.selectOption('[data-testid="ledger-grid"]', ids.grid)
    await page.fill('[data-testid="ledger-householdsVisited"]', '40')
    await page.fill('[data-testid="ledger-peopleReached"]', '55')
    await page.fill('[data-testid="ledger-leaflets"]', '80')
    await page.click('[data-testid="ledger-save"]')
    await expect.poll(() => page.textContent('[data-testid="ledger-message"]')).toBe('台账信息已保存')
    await page.locator(panel).screenshot({ path: screenshotPath('ledger-round-panel-zh') })
    const saved = await server.api('sessions.ledgerFields.get', { sessionId: ids.round })
    expect(saved).toMatchObject({ activityType: 'door_to_door', gridId: ids.grid, householdsVisited: 40, peopleReached: 55, leaflets: 80 })
  })

  it('records app installs at a talk with the roster toggles and Alt+I, and attaches a photo', async () => {
    await page.goto(`${server.url}/#/sessions/${ids.talk}`)
    await page.waitForSelector('[data-testid="roster-row"]')
    const zhangRow = page.locator('[data-testid="roster-row"]', { hasText: '张桂兰' })
    const liRow = page.locator('[data-testid="roster-row"]', { hasText: '李建国' })
    await zhangRow.locator('.row-action').click()
    await page.waitForSelector('[data-testid="last-checkin-app"]')
    await page.keyboard.press('Alt+KeyI')
    await expect.poll(() => zhangRow.locator('[data-testid="app-installed"]').getAttribute('aria-pressed')).toBe('true')
    // 注 on someone not yet checked in: they are clearly here, so it checks them in and marks installed too.
    await liRow.locator('[data-testid="app-registered"]').click()
    await expect.poll(() => liRow.locator('[data-testid="app-installed"]').getAttribute('aria-pressed')).toBe('true')
    await expect.poll(() => page.textContent('[data-testid="ledger-roster-counts"]')).toContain('签到 2 人，安装反诈APP 2 人，完成注册 1 人')
    const statuses = await server.api<{ items: { attendeeId: string; appInstalledAt: string | null; appRegisteredAt: string | null }[] }>('attendance.appStatusList', {
      sessionId: ids.talk,
    })
    expect(statuses.items.find((item) => item.attendeeId === ids.zhang)).toMatchObject({ appInstalledAt: expect.any(String), appRegisteredAt: null })
    expect(statuses.items.find((item) => item.attendeeId === ids.li)).toMatchObject({ appInstalledAt: expect.any(String), appRegisteredAt: expect.any(String) })

    await page.fill('[data-testid="ledger-leaflets"]', '30')
    await page.fill('[data-testid="ledger-booklets"]', '12')
    await page.click('[data-testid="ledger-save"]')
    await expect.poll(() => page.textContent('[data-testid="ledger-message"]')).toBe('台账信息已保存')

    // Leaving a box saves it: counts typed at the end of a round survive walking away without pressing Save.
    await page.fill('[data-testid="ledger-posters"]', '2')
    await page.keyboard.press('Tab')
    await expect.poll(async () => (await server.api<{ posters: number }>('sessions.ledgerFields.get', { sessionId: ids.talk })).posters).toBe(2)

    await page.setInputFiles('[data-testid="photo-input"]', { name: '现场照片.png', mimeType: 'image/png', buffer: makePng(640, 480) })
    await expect.poll(() => page.locator('[data-testid="photo-thumb"]').count()).toBe(1)
    const thumb = await page.getAttribute('[data-testid="photo-thumb"] img', 'src')
    expect(thumb).toMatch(/^data:image\/jpeg;base64,/)
    await page.setInputFiles('[data-testid="photo-input"]', { name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('not a picture at all') })
    await expect.poll(() => page.textContent('[data-testid="photo-message"]')).toContain('notes.png')
    expect(await page.locator('[data-testid="photo-thumb"]').count()).toBe(1)
    await page.screenshot({ path: screenshotPath('ledger-session-zh'), fullPage: true })
  })

  it('shrinks a photo over 10 MB instead of refusing it, and removes a photo after asking', async () => {
    const big = makeNoisePng(2000, 1800)
    expect(big.length).toBeGreaterThan(10 * 1024 * 1024)
    await page.setInputFiles('[data-testid="photo-input"]', { name: '全景.png', mimeType: 'image/png', buffer: big })
    await expect.poll(() => page.locator('[data-testid="photo-thumb"]').count(), { timeout: 20_000 }).toBe(2)
    const photos = await server.api<{ items: { id: string; fileName: string; mime: string; byteSize: number }[] }>('photos.list', { sessionId: ids.talk })
    expect(photos.items[1]).toMatchObject({ fileName: '全景.jpg', mime: 'image/jpeg' })
    expect(photos.items[1].byteSize).toBeLessThan(10 * 1024 * 1024)
    await page.locator('[data-testid="photo-thumb"]', { hasText: '全景.jpg' }).locator('[data-testid="photo-remove"]').click()
    await page.click('[data-testid="confirm-ok"]')
    await expect.poll(() => page.locator('[data-testid="photo-thumb"]').count()).toBe(1)
    expect((await server.api<{ items: unknown[] }>('photos.list', { sessionId: ids.talk })).items).toHaveLength(1)
  })

  it("shows the month's ledger with the right totals", async () => {
    await page.click('[data-testid="nav-ledger"]')
    await page.fill('[data-testid="ledger-month"]', MONTH)
    await page.dispatchEvent('[data-testid="ledger-month"]', 'change')
    await expect.poll(() => page.locator('[data-testid="ledger-row"]').count()).toBe(2)
    const total = (key: string) => page.textContent(`[data-testid="ledger-total-${key}"]`)
    expect(await total('peopleReached')).toBe('57')
    expect(await total('householdsVisited')).toBe('40')
    expect(await total('appInstalled')).toBe('2')
    expect(await total('appRegistered')).toBe('1')
    expect(await total('materials')).toBe('110 / 12 / 2')
    expect(await total('photoCount')).toBe('1')
    const coverage = await page.textContent('[data-testid="coverage-row"]')
    expect(coverage).toContain('幸福里网格')
    expect(coverage).toContain('40 / 120')
    expect(await page.textContent('main, body')).not.toMatch(/138\d{8}|139\d{8}|张桂兰/)
    await page.waitForSelector('[data-testid="chart-app-rates"] canvas')
    await page.screenshot({ path: screenshotPath('ledger-page-zh'), fullPage: true })
  })

  it('exports the ledger to Excel with the totals, a photo sheet and no phone numbers', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="ledger-export-xlsx"]')])
    expect(download.suggestedFilename()).toBe(`宣传台账-${MONTH}-01_${MONTH}-31.xlsx`)
    const file = join(temp.dir, 'ledger.xlsx')
    await download.saveAs(file)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer)
    const [ledger, photos] = workbook.worksheets
    // The totals row is followed by the signature lines; its counts are SUM formulas with their results
    // (exceljs leaves out a result of 0; the workbook recalculates when opened).
    let totalsRow = ledger.rowCount
    while (totalsRow > 1 && ledger.getRow(totalsRow).getCell(1).value !== '合计') totalsRow--
    const totals = (ledger.getRow(totalsRow).values as unknown[])
      .slice(1)
      .map((value) => (value && typeof value === 'object' && 'formula' in value ? ((value as { result?: unknown }).result ?? 0) : value))
    expect(totals).toEqual(['合计', '2 场活动', '', '', '', '', 57, 40, 0, 2, 1, 110, 12, 2, 1])
    expect(ledger.getRow(3).getCell(2).value).toBe('入户宣传')
    expect(photos.getRow(2).getCell(3).value).toBe('现场照片.png')
    expect(photos.getImages()).toHaveLength(1)
    const cells = workbook.worksheets
      .flatMap((sheet) => sheet.getSheetValues().flat(2))
      .map(String)
      .join('|')
    for (const phone of PHONES) expect(cells).not.toContain(phone.slice(-8))
    expect(cells).not.toMatch(/张桂兰|李建国/)
  })

  it('prints the ledger through the printing pages to a PDF', async () => {
    await page.click('[data-testid="ledger-print"]')
    await page.waitForSelector('[data-print-ready="true"]', { timeout: 20_000 })
    expect(await page.locator('[data-testid="print-sheet"]').count()).toBe(2)
    expect(await page.textContent('[data-testid="ledger-print-summary"]')).toContain('共 2 场活动，覆盖 57 人')
    const pdf = await page.pdf({ landscape: true, format: 'A4', printBackground: true, preferCSSPageSize: true })
    const pdfFile = join(SCREENSHOT_DIR, 'ledger-print-zh.pdf')
    writeFileSync(pdfFile, pdf)
    execFileSync('pdftoppm', ['-png', '-r', '60', pdfFile, join(SCREENSHOT_DIR, 'ledger-print-zh')])
    const text = execFileSync('pdftotext', ['-layout', pdfFile, '-']).toString()
    expect(text).toContain('反诈宣传台账')
    expect(text).toMatch(/合计/)
    expect(text).not.toMatch(/13800138000|13900139000|张桂兰/)
    expect(execFileSync('pdfinfo', [pdfFile]).toString()).toMatch(/Pages:\s+2/)
    await page.click('[data-testid="print-back"]')
    await page.waitForSelector('[data-testid="ledger-table"]')
  })

  it('prints long activity names, places and presenters whole, wrapped, with the page clear of the options panel at 1366×768', async () => {
    await page.setViewportSize({ width: 1366, height: 768 })
    await page.goto('about:blank')
    await page.goto(`${server.url}/#/print/ledger?from=${LONG_MONTH}-01&to=${LONG_MONTH}-30`)
    await page.waitForSelector('[data-print-ready="true"]', { timeout: 20_000 })
    const cut = await page.$$eval('[data-testid="ledger-print-page"] td, [data-testid="ledger-print-page"] th', (cells) =>
      cells.filter((cell) => cell.scrollWidth > cell.clientWidth + 1 || getComputedStyle(cell).textOverflow === 'ellipsis').map((cell) => cell.textContent),
    )
    expect(cut).toEqual([])
    const edges = await page.evaluate(() => ({
      options: document.querySelector('aside.options')?.getBoundingClientRect().right ?? 0,
      sheet: document.querySelector('[data-testid="print-sheet"]')?.getBoundingClientRect().left ?? 0,
    }))
    expect(edges.sheet).toBeGreaterThanOrEqual(edges.options)
    await page.screenshot({ path: screenshotPath('ledger-print-long-1366') })
    const pdfFile = join(SCREENSHOT_DIR, 'ledger-print-long.pdf')
    writeFileSync(pdfFile, await page.pdf({ printBackground: true, preferCSSPageSize: true }))
    execFileSync('pdftoppm', ['-png', '-r', '50', pdfFile, join(SCREENSHOT_DIR, 'ledger-print-long')])
    const text = execFileSync('pdftotext', [pdfFile, '-']).toString().replace(/\s+/g, '')
    for (const whole of Object.values(LONG)) expect(text).toContain(whole)
    expect(text).not.toContain('…')
    for (const line of ['填报单位：', '填报人：', '审核人：', '日期：']) expect(text).toContain(line)
    await page.setViewportSize({ width: 1280, height: 900 })
  })

  it('reads the same in English', async () => {
    await page.evaluate(() => localStorage.setItem('outreach.locale', 'en'))
    await page.goto(`${server.url}/#/ledger`)
    await page.reload()
    await page.fill('[data-testid="ledger-month"]', MONTH)
    await page.dispatchEvent('[data-testid="ledger-month"]', 'change')
    await expect.poll(() => page.locator('[data-testid="ledger-row"]').count()).toBe(2)
    expect(await page.textContent('h1')).toBe('Outreach ledger')
    expect(await page.textContent('[data-testid="ledger-table"]')).toContain('Door to door')
    await page.waitForSelector('[data-testid="chart-app-rates"] canvas')
    await page.screenshot({ path: screenshotPath('ledger-page-en'), fullPage: true })
    await page.goto(`${server.url}/#/sessions/${ids.talk}`)
    await page.waitForSelector('[data-testid="photo-thumb"]')
    expect(await page.textContent('[data-testid="ledger-roster-counts"]')).toContain('2 checked in, 2 helped to install the anti-fraud app, 1 registered')
    await page.screenshot({ path: screenshotPath('ledger-session-en'), fullPage: true })
  })

  it('adds the app rates, coverage and materials charts to the Reports page', async () => {
    await page.click('[data-testid="nav-reports"]')
    await page.click('[data-testid="report-all-time"]')
    await page.waitForSelector('[data-testid="ledger-charts"] [data-testid="chart-app-rates"] canvas')
    expect(await page.textContent('[data-testid="ledger-charts"] [data-testid="coverage-table"]')).toContain('40 / 120')
    await page.locator('[data-testid="ledger-charts"]').screenshot({ path: screenshotPath('ledger-on-reports-en') })
  })
})

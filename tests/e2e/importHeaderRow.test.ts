import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { Browser, Page } from 'playwright-core'
import { launchChromium, screenshotPath } from '../helpers/chromium'
import { startServe, type ServeProcess } from '../helpers/serveProcess'
import { makeTempDir } from '../helpers/tempDatabase'

let browser: Browser
let server: ServeProcess
let page: Page
let sessionId: string
const temp = makeTempDir('outreach-e2e-header-')

const TITLE = '幸福里社区“守护钱袋子”反诈宣讲签到表'

/** A sign-in sheet saved from Excel: merged title and subtitle rows above the header, a 序号 column, a landline. */
async function signInSheet(): Promise<Buffer> {
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
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

beforeAll(async () => {
  server = await startServe(join(temp.dir, 'outreach.sqlite'))
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })
  sessionId = (await server.api<{ id: string }>('sessions.create', { title: '守护钱袋子', startsAt: '2026-10-05T14:30:00+08:00', place: '和平里礼堂' })).id
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  temp.remove()
})

const showHeaderRow = () => page.evaluate(() => document.querySelector('[data-testid="import-header-row"]')?.scrollIntoView({ block: 'start' }))
const statuses = () => page.$$eval('[data-testid="preview-row"]', (rows) => rows.map((row) => [row.getAttribute('data-row'), row.getAttribute('data-status')]))

describe('a sign-in sheet with a title above the header', () => {
  it('says which row is the header, lets the worker change it, and imports everyone below it', async () => {
    await page.goto(`${server.url}/#/sessions/${sessionId}/import`)
    await expect.poll(() => page.textContent('[data-testid="import-session"]')).toContain('守护钱袋子')
    await page.setInputFiles('[data-testid="import-file"]', {
      name: '签到表.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await signInSheet(),
    })
    await expect.poll(() => page.textContent('[data-testid="import-header-taken"]')).toBe('表头在第 3 行')
    expect(await page.textContent('[data-testid="import-header-row"]')).toContain('上面 2 行（标题等）不导入')
    await page.click('[data-testid="preview-show-all"]')
    await expect.poll(statuses).toEqual([
      ['4', 'new'],
      ['5', 'new'],
      ['6', 'new'],
    ])
    expect(await page.textContent('[data-row="5"]')).toContain('0471-****234')
    expect(await page.inputValue('[data-testid="mapping-name"]')).toBe('1')
    await showHeaderRow()
    await page.screenshot({ path: screenshotPath('io-import-header-row-zh') })

    await page.selectOption('[data-testid="import-header-select"]', '1')
    await expect.poll(() => page.textContent('[data-testid="import-header-taken"]')).toBe('表头在第 1 行')
    expect(await page.inputValue('[data-testid="mapping-name"]')).toBe('')
    await showHeaderRow()
    await page.screenshot({ path: screenshotPath('io-import-header-row-changed-zh') })

    await page.selectOption('[data-testid="import-header-select"]', '3')
    await expect.poll(() => page.textContent('[data-testid="import-header-taken"]')).toBe('表头在第 3 行')
    await expect.poll(() => page.inputValue('[data-testid="mapping-name"]')).toBe('1')
    await page.click('[data-testid="import-commit"]')
    await expect.poll(() => page.textContent('[data-testid="import-result"]')).toContain('新增 3 人')
  })

  it('shows the landline, masked, on the People page and the person’s page', async () => {
    await page.goto(`${server.url}/#/people`)
    await expect.poll(() => page.locator('[data-testid="person-row"]').count()).toBe(3)
    const wang = page.locator('[data-testid="person-row"]', { hasText: '王建国' })
    expect(await wang.textContent()).toContain('固话 0471-****234')
    await wang.locator('.name-button').click()
    await expect.poll(() => page.textContent('[data-testid="person-detail-landline"]')).toBe('0471-****234')
    await page.click('[data-testid="person-edit"]')
    expect(await page.getAttribute('[data-testid="edit-landline"]', 'placeholder')).toContain('0471-****234')
    await page.screenshot({ path: screenshotPath('people-landline-edit-zh') })
  })

  it('reads in English', async () => {
    await page.evaluate(() => localStorage.setItem('outreach.locale', 'en'))
    await page.goto('about:blank')
    await page.goto(`${server.url}/#/sessions/${sessionId}/import`)
    await expect.poll(() => page.textContent('h1')).toBe('Import a roster')
    await page.setInputFiles('[data-testid="import-file"]', {
      name: 'sheet.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await signInSheet(),
    })
    await expect.poll(() => page.textContent('[data-testid="import-header-taken"]')).toBe('The header is on row 3')
    await showHeaderRow()
    await page.screenshot({ path: screenshotPath('io-import-header-row-en') })
    await page.evaluate(() => localStorage.setItem('outreach.locale', 'zh-CN'))
  })
})

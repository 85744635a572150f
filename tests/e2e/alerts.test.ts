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
const temp = makeTempDir('outreach-e2e-alerts-')
const dbFile = join(temp.dir, 'outreach.sqlite')

const pad = (n: number) => String(n).padStart(2, '0')
const localDay = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
const yesterday = new Date(Date.now() - 86_400_000)
const today = localDay(new Date())

async function policeFile(): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('预警')
  sheet.addRow(['城关派出所 预警推送清单'])
  sheet.addRow(['姓名', '手机号', '预警级别', '预警时间'])
  sheet.addRow(['周秀英', '13500135000', '中', `${today} 08:10`])
  sheet.addRow(['吴建华', '', '低', '看不懂'])
  const file = join(temp.dir, '预警推送.xlsx')
  await workbook.xlsx.writeFile(file)
  return file
}

beforeAll(async () => {
  server = await startServe(dbFile)
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })
  await server.api('alerts.create', { name: '张桂兰', phone: '13800138000', level: 'high', alertedAt: `${localDay(yesterday)}T15:20:00` })
  await server.api('alerts.create', { name: '李建国', phone: '13900139000', level: 'low', alertedAt: `${today}T07:00:00` })
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  temp.remove()
})

const card = (name: string) => page.locator('[data-testid="alert-card"]', { hasText: name })

describe('alerts and follow-ups in the browser', () => {
  it('lists the overdue alert first, highlighted, with phones masked until asked', async () => {
    await page.goto(`${server.url}/#/alerts`)
    await page.waitForSelector('[data-testid="alert-card"]')
    expect(await page.textContent('[data-testid="alert-counts"]')).toBe('未办结 2 条，其中超期 1 条')
    const first = page.locator('[data-testid="alert-card"]').first()
    expect(await first.getAttribute('data-overdue')).toBe('true')
    expect(await first.textContent()).toContain('张桂兰')
    expect(await first.textContent()).toContain('已超期')
    expect(await page.locator('.page').textContent()).not.toContain('13800138000')
    await first.locator('[data-testid="alert-reveal"]').click()
    await expect.poll(() => first.locator('[data-testid="alert-phone-shown"]').textContent()).toBe('13800138000')
    await page.screenshot({ path: screenshotPath('alerts-list-zh'), fullPage: true })
  })

  it('imports the police Excel and says which rows it skipped', async () => {
    await page.setInputFiles('[data-testid="alert-import-file"]', await policeFile())
    await expect.poll(() => page.textContent('[data-testid="alert-import-result"]')).toContain('导入 1 条')
    expect(await page.textContent('[data-testid="alert-import-result"]')).toContain('第 4 行（时间看不懂）')
    await expect.poll(() => card('周秀英').count()).toBe(1)
    expect(await card('周秀英').textContent()).toContain('135****5000')
  })

  it('records a no-answer call, then dissuasion in person, which concludes the alert', async () => {
    const zhang = card('张桂兰')
    await zhang.locator('[data-testid="follow-up-method-call"]').check()
    await zhang.locator('[data-testid="follow-up-outcome-no_answer"]').check()
    await zhang.locator('[data-testid="follow-up-submit"]').click()
    await expect.poll(() => zhang.locator('[data-testid="alert-follow-up"]').count()).toBe(1)
    expect(await zhang.getAttribute('data-overdue')).toBe('true')
    await zhang.locator('[data-testid="follow-up-method-in_person"]').check()
    await zhang.locator('[data-testid="follow-up-outcome-dissuaded"]').check()
    await zhang.locator('[data-testid="follow-up-note"]').fill('上门讲清“安全账户”骗局，已停止转账')
    await zhang.locator('[data-testid="follow-up-submit"]').click()
    // Concluded alerts leave the open list.
    await expect.poll(() => card('张桂兰').count()).toBe(0)
    expect(await page.textContent('[data-testid="alert-counts"]')).toBe('未办结 2 条，其中超期 0 条')
    await page.check('[data-testid="alert-show-all"]')
    await expect.poll(() => card('张桂兰').locator('[data-testid="alert-closed"]').count()).toBe(1)
    expect(await card('张桂兰').textContent()).toContain('见面劝阻')
  })

  it('counts the follow-ups on the ledger page and its print, with no name or phone', async () => {
    await page.goto(`${server.url}/#/ledger`)
    await page.waitForSelector('[data-testid="ledger-casework"]')
    await expect.poll(() => page.textContent('[data-testid="casework-followUps"]')).toBe('2')
    expect(await page.textContent('[data-testid="casework-inPerson"]')).toBe('1')
    expect(await page.textContent('[data-testid="casework-dissuaded"]')).toBe('1')
    const text = await page.locator('[data-testid="ledger-casework"]').textContent()
    expect(text).not.toMatch(/张桂兰|1380013/)
    await page.locator('[data-testid="ledger-casework"]').screenshot({ path: screenshotPath('ledger-casework-zh') })
    await page.click('[data-testid="ledger-print"]')
    await page.waitForSelector('[data-testid="ledger-print-casework"]')
    expect(await page.textContent('[data-testid="ledger-print-casework"]')).toContain('见面劝阻1')
    await page
      .locator('[data-testid="print-sheet"]', { has: page.locator('[data-testid="ledger-print-casework"]') })
      .screenshot({ path: screenshotPath('ledger-print-casework-zh') })
  })

  it('shows the page in English', async () => {
    await page.evaluate(() => localStorage.setItem('outreach.locale', 'en'))
    await page.goto(`${server.url}/#/alerts`)
    await page.reload()
    await page.waitForSelector('[data-testid="alert-card"]')
    expect(await page.textContent('h1')).toBe('Fraud alerts')
    expect(await page.textContent('[data-testid="alert-counts"]')).toBe('2 open, 0 of them overdue')
    await page.screenshot({ path: screenshotPath('alerts-list-en') })
    await page.evaluate(() => localStorage.setItem('outreach.locale', 'zh-CN'))
  })
})

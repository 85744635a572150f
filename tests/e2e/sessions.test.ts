import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { launchChromium, screenshotPath } from '../helpers/chromium'
import { startServe, type ServeProcess } from '../helpers/serveProcess'
import { makeTempDir } from '../helpers/tempDatabase'

let browser: Browser
let server: ServeProcess
let page: Page
const temp = makeTempDir('outreach-e2e-')
const dbFile = join(temp.dir, 'outreach.sqlite')

beforeAll(async () => {
  server = await startServe(dbFile)
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' })
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  temp.remove()
})

async function fillSessionForm(title: string, when: string, place: string): Promise<void> {
  await page.fill('#session-title', title)
  await page.fill('#session-starts-at', when)
  await page.fill('#session-place', place)
  await page.click('[data-testid="session-create-form"] button[type="submit"]')
}

describe('recording a session in the browser', () => {
  it('starts in Chinese with an honest empty list', async () => {
    await page.goto(server.url)
    await expect.poll(() => page.textContent('h1')).toBe('宣讲活动')
    expect(await page.textContent('[data-testid="sessions-empty"]')).toContain('还没有宣讲活动')
  })

  it('shows required-field errors next to the fields and saves nothing', async () => {
    await page.click('[data-testid="session-create-form"] button[type="submit"]')
    expect(await page.textContent('#session-title-error')).toBe('必填')
    expect(await page.textContent('#session-place-error')).toBe('必填')
    expect(await page.$('[data-testid="session-row"]')).toBeNull()
  })

  it("shows the API's own error next to the field it concerns", async () => {
    await fillSessionForm('长'.repeat(110), '2026-12-01T14:30', '幸福社区')
    await expect.poll(() => page.textContent('#session-title-error')).toBe('最多 100 个字')
    expect(await page.$('[data-testid="session-row"]')).toBeNull()
  })

  it('creates a session that appears in the list', async () => {
    await fillSessionForm('守护钱袋子·防范电信网络诈骗', '2026-12-01T14:30', '幸福社区党群服务中心')
    await expect.poll(() => page.locator('[data-testid="session-row"]').count()).toBe(1)
    const row = await page.textContent('[data-testid="session-row"]')
    expect(row).toContain('守护钱袋子·防范电信网络诈骗')
    expect(row).toContain('幸福社区党群服务中心')
    expect(row).toContain('计划中')
    await page.screenshot({ path: screenshotPath('sessions-zh'), fullPage: true })
  })

  it('is still there after reloading the page and restarting the server', async () => {
    await page.reload()
    await expect.poll(() => page.locator('[data-testid="session-row"]').count()).toBe(1)
    await server.stop()
    server = await startServe(dbFile)
    await page.goto(server.url)
    await expect.poll(() => page.locator('[data-testid="session-row"]').count()).toBe(1)
    expect(await page.textContent('[data-testid="session-row"]')).toContain('守护钱袋子')
  })

  it('switches to English, keeps it after reload, and English errors come from the API too', async () => {
    await page.selectOption('[data-testid="language-switch"]', 'en')
    await expect.poll(() => page.textContent('h1')).toBe('Outreach sessions')
    expect(await page.textContent('[data-testid="nav-people"]')).toBe('People')
    expect(await page.textContent('[data-testid="session-row"]')).toContain('Planned')
    await page.reload()
    await expect.poll(() => page.textContent('h1')).toBe('Outreach sessions')
    await fillSessionForm('x'.repeat(110), '2026-12-02T09:00', 'Hall')
    await expect.poll(() => page.textContent('#session-title-error')).toBe('allows at most 100 characters')
    await page.screenshot({ path: screenshotPath('sessions-en'), fullPage: true })
  })

  it('the sidebar leads to another area and back, in either language', async () => {
    await page.click('[data-testid="nav-people"]')
    await expect.poll(() => page.textContent('h1')).toBe('People')
    await page.selectOption('[data-testid="language-switch"]', 'zh-CN')
    await expect.poll(() => page.textContent('h1')).toBe('人员')
    await page.click('[data-testid="nav-sessions"]')
    await expect.poll(() => page.textContent('h1')).toBe('宣讲活动')
    expect(await page.textContent('[data-testid="session-row"]')).toContain('守护钱袋子')
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { launchChromium, screenshotPath } from '../helpers/chromium'
import { startServe, type ServeProcess } from '../helpers/serveProcess'
import { makeTempDir } from '../helpers/tempDatabase'
import { makePng } from '../helpers/makePng'

let browser: Browser
let server: ServeProcess
let page: Page
const temp = makeTempDir('outreach-e2e-pledges-')
const dbFile = join(temp.dir, 'outreach.sqlite')
let sessionId = ''

beforeAll(async () => {
  server = await startServe(dbFile)
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })
  sessionId = (await server.api<{ id: string }>('sessions.create', { title: '反诈讲座', startsAt: new Date().toISOString(), place: '幸福社区', status: 'held' })).id
  for (const name of ['张桂兰', '李建国', '王秀珍']) await server.api('attendees.signUp', { sessionId, name, consent: false, checkIn: name !== '王秀珍' })
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  temp.remove()
})

const row = (name: string) => page.locator('[data-testid="pledge-row"]', { hasText: name })

describe('pledges in the browser', () => {
  it('records who signed at the session, for themselves or their household', async () => {
    await page.goto(`${server.url}/#/sessions/${sessionId}`)
    await page.waitForSelector('[data-testid="pledge-row"]')
    // Only those checked in are offered.
    expect(await page.locator('[data-testid="pledge-row"]').count()).toBe(2)
    await row('张桂兰').locator('[data-testid="pledge-sign-household"]').click()
    await expect.poll(() => row('张桂兰').locator('[data-testid="pledge-signed"]').textContent()).toBe('已签（全家）')
    await row('李建国').locator('[data-testid="pledge-sign-person"]').click()
    await expect.poll(() => page.textContent('[data-testid="pledge-counts"]')).toBe('个人 1 份，家庭 1 份')
    await page.setInputFiles('[data-testid="pledge-photo-file"]', { name: '承诺书.png', mimeType: 'image/png', buffer: makePng(640, 480) })
    await expect.poll(() => page.locator('[data-testid="pledge-photo"]').count()).toBe(1)
    expect(await server.api('photos.list', { sessionId })).toEqual({ items: [] })
    await page.locator('[data-testid="session-pledges"]').screenshot({ path: screenshotPath('pledges-panel-zh') })
  })

  it("edits the pledge's text and prints it pre-filled with the names of those checked in", async () => {
    await page.click('[data-testid="pledge-edit-template"]')
    await page.fill('[data-testid="pledge-template-title"]', '幸福社区反诈承诺书')
    await page.click('[data-testid="pledge-template-save"]')
    await expect.poll(() => page.locator('[data-testid="pledge-template-editor"]').count()).toBe(0)
    await page.click('[data-testid="pledge-print-filled"]')
    await page.waitForSelector('[data-testid="pledge-sheet"]')
    await expect.poll(async () => (await page.locator('[data-testid="pledge-name"]').allTextContents()).sort()).toEqual(['张桂兰', '李建国'].sort())
    expect(await page.locator('[data-testid="pledge-sheet"] h1').first().textContent()).toBe('幸福社区反诈承诺书')
    const text = await page.locator('[data-testid="pledge-sheet"]').first().textContent()
    expect(text).toContain('不出售、出借、出租')
    expect(text).toContain('国家反诈中心')
    await page.screenshot({ path: screenshotPath('pledge-print-zh') })
  })

  it('prints blank copies without any name', async () => {
    await page.goto(`${server.url}/#/print/pledge?prefill=0&copies=3`)
    await page.waitForSelector('[data-testid="pledge-sheet"]')
    await expect.poll(() => page.locator('[data-testid="pledge-sheet"]').count()).toBe(3)
    expect((await page.locator('[data-testid="pledge-name"]').allTextContents()).every((name) => name === '')).toBe(true)
  })

  it('counts the pledges on the ledger page', async () => {
    await page.goto(`${server.url}/#/ledger`)
    await expect.poll(() => page.textContent('[data-testid="casework-pledgesHousehold"]')).toBe('1')
    expect(await page.textContent('[data-testid="casework-pledgesPerson"]')).toBe('1')
    expect(await page.locator('[data-testid="ledger-casework"]').textContent()).not.toContain('张桂兰')
  })
})

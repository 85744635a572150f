import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { launchChromium, screenshotPath } from '../helpers/chromium'
import { startServe, type ServeProcess } from '../helpers/serveProcess'
import { makeTempDir } from '../helpers/tempDatabase'

let browser: Browser
let server: ServeProcess
let page: Page
const temp = makeTempDir('outreach-e2e-risk-')
const dbFile = join(temp.dir, 'outreach.sqlite')
const ids: Record<string, string> = {}

beforeAll(async () => {
  server = await startServe(dbFile)
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })
  const sessionId = (await server.api<{ id: string }>('sessions.create', { title: '反诈讲座', startsAt: new Date().toISOString(), place: '幸福社区' })).id
  ids.zhang = (await server.api<{ attendeeId: string }>('attendees.signUp', { sessionId, name: '张桂兰', phone: '13800138000', consent: true })).attendeeId
  ids.li = (await server.api<{ attendeeId: string }>('attendees.signUp', { sessionId, name: '李建国', consent: false })).attendeeId
  await server.api('riskRegister.setFlags', { attendeeId: ids.li, flags: ['student_parent'] })
  await server.api('riskRegister.addVisit', { attendeeId: ids.li, method: 'call', visitedAt: new Date(Date.now() - 60 * 86_400_000).toISOString() })
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  temp.remove()
})

describe('the risk register in the browser', () => {
  it("flags a resident with one click on the person's page and records a visit", async () => {
    await page.goto(`${server.url}/#/people`)
    await page.locator('[data-testid="person-row"]', { hasText: '张桂兰' }).locator('.name-button').click()
    await page.waitForSelector('[data-testid="person-risk"]')
    await page.click('[data-testid="risk-flag-living_alone"]')
    await expect.poll(() => page.getAttribute('[data-testid="risk-flag-living_alone"]', 'aria-pressed')).toBe('true')
    await page.click('[data-testid="risk-flag-defrauded_before"]')
    await expect.poll(() => page.getAttribute('[data-testid="risk-flag-defrauded_before"]', 'aria-pressed')).toBe('true')
    expect(await server.api('riskRegister.get', { attendeeId: ids.zhang })).toMatchObject({ flags: ['defrauded_before', 'living_alone'] })
    await page.locator('[data-testid="person-risk"]').screenshot({ path: screenshotPath('risk-person-zh') })
  })

  it('lists who has not been visited in 30 days, and a visit takes them off that list', async () => {
    await page.click('[data-testid="nav-risk"]')
    await expect.poll(() => page.locator('[data-testid="risk-row"]').count()).toBe(2)
    // Never visited comes first, then the one visited 60 days ago.
    expect(await page.locator('[data-testid="risk-row"]').first().textContent()).toContain('从未走访')
    expect(await page.locator('[data-testid="risk-row"]').first().textContent()).toContain('138****8000')
    expect(await page.locator('.page').textContent()).not.toContain('13800138000')
    await page.screenshot({ path: screenshotPath('risk-register-zh') })
    await page.locator('[data-testid="risk-row"]', { hasText: '张桂兰' }).locator('[data-testid="risk-row-visit"]').click()
    await expect.poll(() => page.locator('[data-testid="risk-row"]').count()).toBe(1)
    await page.fill('[data-testid="risk-days"]', '')
    await page.dispatchEvent('[data-testid="risk-days"]', 'change')
    await expect.poll(() => page.locator('[data-testid="risk-row"]').count()).toBe(2)
    expect(await page.textContent('[data-testid="risk-count"]')).toBe('共 2 人')
  })

  it('counts the register and its visits on the ledger page', async () => {
    await page.goto(`${server.url}/#/ledger`)
    await expect.poll(() => page.textContent('[data-testid="casework-riskFlagged"]')).toBe('2')
    expect(await page.textContent('[data-testid="casework-riskVisits"]')).toBe('1')
    await page.locator('[data-testid="ledger-casework"]').screenshot({ path: screenshotPath('ledger-casework-risk-zh') })
  })
})

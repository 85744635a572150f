import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { launchChromium, screenshotPath } from '../helpers/chromium'
import { startServe, type ServeProcess } from '../helpers/serveProcess'
import { makeTempDir } from '../helpers/tempDatabase'
import { localDayAt } from '../helpers/sessionDays'

let browser: Browser
let server: ServeProcess
let page: Page
let sessionId = ''
const temp = makeTempDir('outreach-e2e-phone-worker-')

beforeAll(async () => {
  server = await startServe(join(temp.dir, 'outreach.sqlite'), ['--lan-host', '127.0.0.2'])
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })
  sessionId = (await server.api<{ id: string }>('sessions.create', { title: '今天的讲座·识破冒充客服', startsAt: localDayAt(0, 23, 30), place: '和平里活动室' })).id
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  temp.remove()
})

describe('手机扫码签到 on the session page', () => {
  it('opens phone sign-up, shows the QR code and link, counts phone sign-ups live, and closes it', async () => {
    await page.goto(`${server.url}/#/sessions/${sessionId}`)
    await page.click('[data-testid="phone-signup-open"]')
    await expect.poll(() => page.locator('[data-testid="phone-signup-qr"]').count()).toBe(1)
    const url = (await page.textContent('[data-testid="phone-signup-url"]'))!.trim()
    expect(url).toMatch(/^http:\/\/127\.0\.0\.2:\d+\/p\/[\w-]{20,}$/)
    const qrBox = (await page.locator('[data-testid="phone-signup-qr"]').boundingBox())!
    expect(qrBox.width).toBeGreaterThanOrEqual(300)
    expect(await page.textContent('[data-testid="phone-signup-count"]')).toContain('手机签到 0 人')

    const answer = await fetch(`${url}/signup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: '王建国', consent: false }) })
    expect(answer.status).toBe(200)
    await expect.poll(() => page.textContent('[data-testid="phone-signup-count"]'), { timeout: 15_000 }).toContain('手机签到 1 人')
    await page.locator('[data-testid="phone-signup"]').scrollIntoViewIfNeeded()
    await page.screenshot({ path: screenshotPath('phone-signup-worker-1366') })

    await page.click('[data-testid="phone-signup-close"]')
    await expect.poll(() => page.locator('[data-testid="phone-signup-qr"]').count()).toBe(0)
    expect(await server.api('phoneSignup.status', { sessionId })).toMatchObject({ open: false, count: 1 })
    expect((await fetch(url)).status).toBe(410)
  })
})

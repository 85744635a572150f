import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { launchChromium, screenshotPath } from '../helpers/chromium'
import { startServe, type ServeProcess } from '../helpers/serveProcess'
import { makeTempDir } from '../helpers/tempDatabase'

/**
 * The renderer as the desktop app runs it: a stand-in for the preload's window.outreach (forwarding calls to
 * `serve`, recording them, and keeping the kiosk exit listener) is put in the page before its scripts run.
 */
const desktopBridge = () => {
  const calls: string[] = []
  const page = window as unknown as { outreach: unknown; __calls: string[]; __askForPin?: () => void }
  page.__calls = calls
  page.outreach = {
    async invoke(method: string, input: unknown, locale: string) {
      calls.push(method)
      const token = document.querySelector<HTMLMetaElement>('meta[name="outreach-api-token"]')?.content ?? ''
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': locale, 'x-api-token': token },
        body: JSON.stringify(input ?? {}),
      })
      const body = await response.json().catch(() => undefined)
      return response.ok ? { ok: true, result: body } : { ok: false, status: response.status, error: body.error }
    },
    print: async () => ({ ok: false, reason: 'failed' }),
    savePdf: async () => ({ ok: false, reason: 'failed' }),
    onKioskExitRequest(listener: () => void) {
      page.__askForPin = listener
    },
  }
}

let browser: Browser
let server: ServeProcess
let page: Page
let sessionId = ''
const temp = makeTempDir('outreach-e2e-desktop-kiosk-')

beforeAll(async () => {
  server = await startServe(join(temp.dir, 'outreach.sqlite'))
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })
  await page.addInitScript(desktopBridge)
  sessionId = (await server.api<{ id: string }>('sessions.create', { title: '幸福社区反诈讲座', startsAt: '2026-12-01T14:30:00+08:00', place: '活动室' })).id
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  temp.remove()
})

describe('the kiosk in the desktop app (renderer side)', () => {
  it('starts the kiosk through kiosk.start instead of a page, and says why when no PIN is set', async () => {
    await page.goto(`${server.url}/#/sessions/${sessionId}`)
    await page.click('[data-testid="action-kiosk"]')
    await expect.poll(() => page.textContent('[data-testid="kiosk-start-error"]').catch(() => '')).toContain('请先在“设置”中设定自助登记 PIN')
    expect(page.url()).toContain(`#/sessions/${sessionId}`)
    expect(page.url()).not.toContain('/kiosk')
    await page.screenshot({ path: screenshotPath('desktop-kiosk-start-needs-pin') })

    await server.api('settings.update', { kioskPin: '2468' })
    await page.click('[data-testid="action-kiosk"]')
    await expect.poll(() => page.evaluate(() => (window as unknown as { __calls: string[] }).__calls.filter((m) => m === 'kiosk.start').length)).toBe(2)
    await expect.poll(() => page.locator('[data-testid="kiosk-start-error"]').count()).toBe(0)
    expect(page.url()).not.toContain('/kiosk')
  })

  it('asks for the PIN in the kiosk page when the main process reports a close or quit', async () => {
    await page.goto(`${server.url}/#/sessions/${sessionId}/kiosk`)
    await page.waitForSelector('[data-testid="kiosk-form"]')
    await page.evaluate(() => (window as unknown as { __askForPin: () => void }).__askForPin())
    await page.waitForSelector('[data-testid="kiosk-exit-dialog"]')
    await page.screenshot({ path: screenshotPath('desktop-kiosk-exit-asked') })
  })
})

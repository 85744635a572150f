import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ElectronApplication, Page } from 'playwright-core'
import { screenshotPath } from '../helpers/chromium'
import { makeTempDir } from '../helpers/tempDatabase'
import { Database } from '../../src-main/db/database'
import { createApiHandlers } from '../../src-main/api/handlers'
import { createHandlerContext } from '../../src-main/api/handlers/context'
import { dispatch } from '../../src-main/api/dispatch'
import { databaseFileIn, launchDesktopApp, waitForKiosk } from './launchDesktopApp'

const temp = makeTempDir('outreach-electron-')
const configDir = join(temp.dir, 'config')
const pdfFile = join(temp.dir, '签到表.pdf')
const PIN = '2468'
let app: ElectronApplication
let page: Page
let sessionId = ''

beforeAll(async () => {
  ;({ app, mainWindow: page } = await launchDesktopApp(configDir))
})

afterAll(async () => {
  await app?.close().catch(() => undefined)
  temp.remove()
})

const goTo = (hash: string) => page.evaluate((target) => (location.hash = target), hash)
const text = (selector: string) => page.textContent(selector)

describe('the desktop app in Electron', () => {
  it('keeps its data in the temporary folder it was given', async () => {
    const userData = await app.evaluate(({ app }) => app.getPath('userData'))
    expect(userData).toBe(join(configDir, 'Outreach Desk'))
    await expect.poll(() => existsSync(databaseFileIn(configDir))).toBe(true)
  })

  it('creates a session and opens it', async () => {
    await page.fill('#session-title', '守护钱袋子·防范电信网络诈骗')
    await page.fill('#session-starts-at', '2026-12-01T14:30')
    await page.fill('#session-place', '党群服务中心二楼')
    await page.click('[data-testid="session-create-form"] button[type="submit"]')
    await expect.poll(() => page.locator('[data-testid="session-row"]').count()).toBe(1)
    await page.click('[data-testid="session-link"]')
    await expect.poll(() => text('[data-testid="session-title"]')).toBe('守护钱袋子·防范电信网络诈骗')
    sessionId = /#\/sessions\/([0-9a-f-]{36})/.exec(page.url())![1]
  })

  it('checks in a walk-in from the search box', async () => {
    await page.fill('#checkin-search', '王五 137 0013 7000')
    await expect.poll(() => text('[data-testid="walkin-offer"]')).toContain('王五')
    await page.press('#checkin-search', 'Enter')
    await expect.poll(() => page.inputValue('#walkin-name')).toBe('王五')
    await page.check('#walkin-consent')
    await page.press('#walkin-consent', 'Enter')
    await expect.poll(() => text('[data-testid="checkin-feedback"]')).toContain('✓ 王五 已登记并签到')
    await expect.poll(() => text('[data-testid="checkin-panel"] [data-testid="present-count"]')).toBe('已到 1 / 报名 1')
    await page.screenshot({ path: screenshotPath('electron-session-zh') })
  })

  it('saves a field in the 台账信息 panel', async () => {
    await page.waitForSelector('[data-testid="session-ledger-panel"]')
    await page.fill('[data-testid="ledger-leaflets"]', '25')
    await page.click('[data-testid="ledger-save"]')
    await expect.poll(() => text('[data-testid="ledger-message"]')).toBe('台账信息已保存')
  })

  it('enters the kiosk, signs a resident up, and leaves only with the PIN', async () => {
    await page.click('[data-testid="nav-settings"]')
    await page.fill('#kiosk-pin-new', PIN)
    await page.fill('#kiosk-pin-repeat', PIN)
    await page.click('[data-testid="kiosk-pin-save"]')
    await expect.poll(() => text('[data-testid="kiosk-pin-status"]')).toBe('已设置 PIN。')
    await goTo(`#/sessions/${sessionId}`)
    const kiosk = await waitForKiosk(app, page, () => page.click('[data-testid="action-kiosk"]'))
    if (kiosk !== page) expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().some((window) => window.isKiosk()))).toBe(true)
    await kiosk.fill('#kiosk-name', '赵桂兰')
    await kiosk.check('#kiosk-consent')
    await kiosk.screenshot({ path: screenshotPath('electron-kiosk-zh') })
    await kiosk.click('[data-testid="kiosk-submit"]')
    await expect.poll(() => kiosk.textContent('[data-testid="kiosk-thanks"]')).toContain('谢谢您')
    await kiosk.click('[data-testid="kiosk-next"]')
    await kiosk.click('[data-testid="kiosk-exit"]')
    await kiosk.fill('#kiosk-pin', '1111')
    await kiosk.press('#kiosk-pin', 'Enter')
    await expect.poll(() => kiosk.textContent('[data-testid="kiosk-pin-error"]')).toBe('PIN 不对，请再试。')
    await kiosk.fill('#kiosk-pin', PIN)
    await kiosk.press('#kiosk-pin', 'Enter')
    await expect.poll(async () => kiosk.isClosed() || (await kiosk.locator('[data-testid="kiosk"]').count()) === 0).toBe(true)
    await expect.poll(() => page.locator('[data-testid="nav-people"]').count()).toBe(1)
  })

  it('opens the audience window from the presenter, showing the first slide', async () => {
    await goTo(`#/decks?session=${sessionId}`)
    await page.locator('[data-deck-id=builtin-two-cards] [data-testid=deck-present]').click()
    await page.click('[data-testid=presenter-start]')
    await page.waitForSelector('[data-testid=presenter-console]')
    const [audience] = await Promise.all([app.waitForEvent('window'), page.click('[data-testid=open-audience]')])
    await audience.waitForSelector('[data-testid=audience] [data-testid=slide-canvas]')
    expect(await audience.textContent('[data-testid=audience]')).toContain('两卡')
    await audience.screenshot({ path: screenshotPath('electron-audience-zh') })
    await audience.close()
  })

  it('saves the sign-in sheet as a PDF where the save dialog says', async () => {
    await app.evaluate(({ dialog }, filePath) => {
      const chooseFile = async () => ({ canceled: false, filePath })
      dialog.showSaveDialog = chooseFile as unknown as typeof dialog.showSaveDialog
    }, pdfFile)
    await goTo(`#/sessions/${sessionId}`)
    await page.click('[data-testid="action-print-signin"]')
    await page.waitForSelector('[data-print-ready="true"]', { timeout: 60_000, state: 'attached' })
    await page.click('[data-testid="save-pdf-button"]')
    await expect.poll(() => text('[data-testid="print-status"]'), { timeout: 30_000 }).toContain(pdfFile)
    expect(readFileSync(pdfFile).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })

  it('kept every record after the app is closed', async () => {
    await app.close()
    const db = await Database.open(databaseFileIn(configDir))
    try {
      const handlers = createApiHandlers(createHandlerContext(db))
      const read = async (method: string, input: unknown) => {
        const answer = await dispatch(handlers, method, input, 'zh-CN', 'worker')
        if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`)
        return answer.result
      }
      const roster = (await read('attendance.list', { sessionId })) as { items: { name: string; checkedInAt: string | null }[] }
      expect(roster.items.find((person) => person.name === '王五')?.checkedInAt).toEqual(expect.any(String))
      expect(roster.items.map((person) => person.name)).toContain('赵桂兰')
      expect(await read('sessions.ledgerFields.get', { sessionId })).toMatchObject({ leaflets: 25 })
    } finally {
      await db.close()
    }
  })
})

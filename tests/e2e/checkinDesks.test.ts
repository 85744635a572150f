import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { launchChromium, screenshotPath } from '../helpers/chromium'
import { startServe, type ServeProcess } from '../helpers/serveProcess'
import { makeTempDir } from '../helpers/tempDatabase'

// Two desks at one door: two pages on the same session, each with its own undo stack.
let browser: Browser
let server: ServeProcess
let deskA: Page
let deskB: Page
let sessionId = ''
let zhang = ''
const temp = makeTempDir('outreach-e2e-desks-')

interface Roster {
  items: { attendeeId: string; name: string; checkedInAt: string | null }[]
  present: number
}

const roster = () => server.api<Roster>('attendance.list', { sessionId })
const zhangCheckIn = async () => (await roster()).items.find((entry) => entry.attendeeId === zhang)?.checkedInAt ?? null
const hourMinute = (iso: string, locale: string) => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso))
const feedback = (page: Page) => page.textContent('[data-testid="checkin-feedback"]')
const undoButtons = (page: Page) => page.locator('[data-testid="checkin-undo"]')

/** Checks `name` in from the search box and waits until the page says `saying`. */
async function checkInBySearch(page: Page, query: string, name: string, saying: string): Promise<void> {
  await page.fill('#checkin-search', query)
  await expect.poll(() => page.textContent('[data-testid="checkin-results"]')).toContain(name)
  await page.press('#checkin-search', 'Enter')
  await expect.poll(() => feedback(page)).toContain(saying)
}

async function openDesk(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })
  await page.goto(`${server.url}/#/sessions/${sessionId}`)
  await page.waitForFunction(() => document.querySelector('[data-testid="checkin-panel"] [data-testid="present-count"]')?.textContent?.trim() === '已到 0 / 报名 2')
  return page
}

beforeAll(async () => {
  server = await startServe(join(temp.dir, 'outreach.sqlite'))
  browser = await launchChromium()
  sessionId = (await server.api<{ id: string }>('sessions.create', { title: '守护钱袋子', startsAt: '2026-12-01T14:30:00+08:00', place: '党群服务中心' })).id
  zhang = (await server.api<{ attendeeId: string }>('attendees.signUp', { sessionId, name: '张三', phone: '13800131234', consent: true })).attendeeId
  await server.api('attendees.signUp', { sessionId, name: '李四', phone: '13900135678', consent: true })
  deskA = await openDesk()
  deskB = await openDesk()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  temp.remove()
})

describe('two check-in desks on one session', () => {
  it('desk A checks in 张三 and may undo it', async () => {
    await checkInBySearch(deskA, 'zs', '张三', '✓ 张三 签到成功')
    expect(await undoButtons(deskA).textContent()).toContain('张三')
    expect(await zhangCheckIn()).not.toBeNull()
  })

  it('desk B is told 张三 was checked in at another desk, at A’s time, and gets nothing to undo', async () => {
    const byA = (await zhangCheckIn())!
    await checkInBySearch(deskB, 'zs', '张三', `张三 已由其他签到处签到 ${hourMinute(byA, 'zh-CN')}`)
    expect(await undoButtons(deskB).count()).toBe(0)
    expect(await deskB.locator('[data-testid="last-checkin-app"]').count()).toBe(0)
    await deskB.screenshot({ path: screenshotPath('checkin-desks-elsewhere-zh'), fullPage: false })
    await deskB.keyboard.press('Control+z')
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(await zhangCheckIn()).toBe(byA)
  })

  it('desk B’s undo takes back only its own check-in, never A’s', async () => {
    const byA = (await zhangCheckIn())!
    await checkInBySearch(deskB, 'ls', '李四', '✓ 李四 签到成功')
    await checkInBySearch(deskB, 'zs', '张三', '张三 已由其他签到处签到')
    expect(await undoButtons(deskB).textContent()).toContain('李四')
    expect(await deskB.textContent('[data-testid="last-checkin-app"]')).toContain('李四')
    await undoButtons(deskB).click()
    await expect.poll(() => feedback(deskB)).toContain('已撤销 李四 的签到')
    await expect.poll(() => undoButtons(deskB).count()).toBe(0)
    const after = await roster()
    expect(after.present).toBe(1)
    expect(await zhangCheckIn()).toBe(byA)
  })

  it('desk A’s own undo works', async () => {
    await deskA.keyboard.press('Control+z')
    await expect.poll(() => feedback(deskA)).toContain('已撤销 张三 的签到')
    expect(await zhangCheckIn()).toBeNull()
    expect(await undoButtons(deskA).count()).toBe(0)
  })

  it('an undo after the check-in was undone and made again elsewhere is refused, and the page says so', async () => {
    await checkInBySearch(deskA, 'zs', '张三', '✓ 张三 签到成功')
    const byA = (await zhangCheckIn())!
    await server.api('attendance.undoCheckIn', { sessionId, attendeeId: zhang, checkedInAt: byA })
    await new Promise((resolve) => setTimeout(resolve, 20))
    await checkInBySearch(deskB, 'zs', '张三', '✓ 张三 签到成功')
    const byB = (await zhangCheckIn())!
    expect(byB).not.toBe(byA)

    await undoButtons(deskA).click()
    await expect.poll(() => deskA.textContent('[data-testid="checkin-error"]')).toContain('没有撤销！')
    expect(await deskA.textContent('[data-testid="checkin-error"]')).toContain('其他签到处')
    expect(await zhangCheckIn()).toBe(byB)
    await expect.poll(() => undoButtons(deskA).count()).toBe(0)
    await expect.poll(() => deskA.textContent('[data-testid="checkin-panel"] [data-testid="present-count"]')).toBe('已到 1 / 报名 2')
    await deskA.screenshot({ path: screenshotPath('checkin-desks-undo-refused-zh'), fullPage: false })
  })

  it('reads the same in English', async () => {
    const byB = (await zhangCheckIn())!
    await deskA.selectOption('[data-testid="language-switch"]', 'en')
    await checkInBySearch(deskA, 'zs', '张三', `张三 was already checked in at another desk at ${hourMinute(byB, 'en')}`)
    await deskA.screenshot({ path: screenshotPath('checkin-desks-elsewhere-en'), fullPage: false })
    await deskA.selectOption('[data-testid="language-switch"]', 'zh-CN')
  })
})

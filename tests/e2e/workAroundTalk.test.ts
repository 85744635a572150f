import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { launchChromium, screenshotPath } from '../helpers/chromium'
import { startServe, type ServeProcess } from '../helpers/serveProcess'
import { makeTempDir } from '../helpers/tempDatabase'

let browser: Browser
let server: ServeProcess
let page: Page
const temp = makeTempDir('outreach-e2e-work-around-talk-')
const dbFile = join(temp.dir, 'outreach.sqlite')
const ids = { grid: '', talk: '', zhang: '', li: '' }

beforeAll(async () => {
  server = await startServe(dbFile)
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })
  ids.grid = (await server.api<{ id: string }>('grids.create', { name: '幸福里网格', householdCount: 120, residentCount: 300, places: [] })).id
  ids.talk = (
    await server.api<{ id: string }>('sessions.create', {
      title: '守护钱袋子·防范电信网络诈骗',
      startsAt: new Date(Date.now() - 3600_000).toISOString(),
      place: '幸福社区党群服务中心',
      presenters: '王警官',
      status: 'held',
    })
  ).id
  await server.api('sessions.ledgerFields.update', { sessionId: ids.talk, gridId: ids.grid })
  ids.zhang = (
    await server.api<{ attendeeId: string }>('attendees.signUp', { sessionId: ids.talk, name: '张桂兰', phone: '13800138000', ageGroup: '60plus', consent: true, checkIn: true })
  ).attendeeId
  ids.li = (
    await server.api<{ attendeeId: string }>('attendees.signUp', { sessionId: ids.talk, name: '李建国', phone: '13900139000', ageGroup: '60plus', consent: true })
  ).attendeeId
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  temp.remove()
})

describe('the work around the talk, in the browser', () => {
  it('marks app set-up steps at check-in and shows them on the person’s page', async () => {
    await page.goto(`${server.url}/#/sessions/${ids.talk}`)
    const zhangRow = page.locator('[data-testid="roster-row"]', { hasText: '张桂兰' })
    await zhangRow.locator('[data-testid="app-setup-callAlert"]').click()
    await expect.poll(() => zhangRow.locator('[data-testid="app-setup-callAlert"]').getAttribute('aria-pressed')).toBe('true')
    await page.screenshot({ path: screenshotPath('work-around-talk-roster-zh') })
    await page.selectOption('[data-testid="language-switch"]', 'en')
    await expect.poll(() => zhangRow.locator('[data-testid="app-setup-callAlert"]').textContent()).toContain('Alt')
    await zhangRow.screenshot({ path: screenshotPath('work-around-talk-roster-row-en') })
    await page.selectOption('[data-testid="language-switch"]', 'zh-CN')
    expect(await server.api('people.appSetup.get', { attendeeId: ids.zhang })).toMatchObject({ regionChosenAt: null, callAlertAt: expect.any(String) })

    await page.goto(`${server.url}/#/people`)
    await page.locator('[data-testid="person-row"]', { hasText: '张桂兰' }).first().locator('button').click()
    const detail = page.locator('[data-testid="person-detail"]')
    await expect.poll(() => detail.locator('[data-testid="app-setup-callAlert"]').getAttribute('aria-pressed')).toBe('true')
    await detail.locator('[data-testid="app-setup-guardianLinked"]').click()
    await expect.poll(() => detail.locator('[data-testid="app-setup-guardianLinked"]').getAttribute('aria-pressed')).toBe('true')
    await page.screenshot({ path: screenshotPath('work-around-talk-person-zh') })
    expect(await server.api('people.appSetup.get', { attendeeId: ids.zhang })).toMatchObject({ guardianLinkedAt: expect.any(String) })
  })

  it('sets a grid’s app quota on the ledger page and shows completion and who has not registered', async () => {
    await server.api('attendance.setAppStatus', { sessionId: ids.talk, attendeeId: ids.zhang, registered: true })
    await server.api('attendees.signUp', { sessionId: ids.talk, name: '李建国', phone: '13900139000', ageGroup: '60plus', consent: true, checkIn: true })
    await page.goto(`${server.url}/#/ledger`)
    const panel = page.locator('[data-testid="quota-panel"]')
    await panel.scrollIntoViewIfNeeded()
    await expect.poll(() => panel.locator('[data-testid="quota-grid"] option').count()).toBe(2)
    await page.selectOption('[data-testid="quota-grid"]', ids.grid)
    await page.fill('[data-testid="quota-installs-input"]', '4')
    await page.fill('[data-testid="quota-registrations-input"]', '2')
    await page.click('[data-testid="quota-save"]')
    await expect.poll(() => page.textContent('[data-testid="quota-installs-幸福里网格"]')).toBe('1 / 4（25%）')
    await expect.poll(() => page.textContent('[data-testid="quota-community"]')).toContain('1 / 2（50%）')
    await panel.locator('[data-testid="quota-not-reached"] summary').click()
    expect(await panel.locator('[data-testid="quota-not-reached"]').textContent()).toContain('李建国 139****9000')
    await panel.screenshot({ path: screenshotPath('work-around-talk-quotas-zh') })
    await page.screenshot({ path: screenshotPath('work-around-talk-ledger-zh') })
  })

  it('copies today’s report for the work group, with the worker’s highlight and no names or phones', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url })
    await page.goto(`${server.url}/#/ledger`)
    const preview = page.locator('[data-testid="daily-report-preview"]')
    await expect.poll(() => preview.textContent()).toContain('一、开展活动 1 场（宣讲 1 场）')
    await page.fill('[data-testid="daily-report-highlight"]', '老人们现场装好了APP')
    await page.click('[data-testid="daily-report-copy"]')
    await expect.poll(() => page.textContent('[data-testid="daily-report-message"]')).toBe('已复制，可以粘贴到工作群了')
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toContain('二、覆盖群众 2 人')
    expect(copied).toContain('三、国家反诈中心APP：帮助安装 1 人，完成注册 1 人；开启来电预警 1 人、绑定家人守护 1 人')
    expect(copied).toContain('亮点：老人们现场装好了APP')
    expect(copied).toBe(await preview.textContent())
    expect(copied).not.toMatch(/张桂兰|李建国|138|139/)
    await page.locator('[data-testid="daily-report"]').screenshot({ path: screenshotPath('work-around-talk-daily-report-zh') })
  })

  it('keeps a stock of materials: adds and receives on the ledger page, hands out at a session into its ledger boxes, warns when low', async () => {
    await page.goto(`${server.url}/#/ledger`)
    const panel = page.locator('[data-testid="materials-panel"]')
    await panel.scrollIntoViewIfNeeded()
    await page.fill('[data-testid="material-name"]', '防诈骗宣传单')
    await page.fill('[data-testid="material-unit"]', '份')
    await page.fill('[data-testid="material-low-at"]', '20')
    await page.click('[data-testid="material-create"]')
    const row = panel.locator('[data-testid="material-row"]', { hasText: '防诈骗宣传单' })
    await row.locator('input').fill('50')
    await row.locator('button').click()
    await expect.poll(() => row.textContent()).toContain('50 份')
    await expect.poll(() => panel.locator('[data-testid="materials-low"]').count()).toBe(0)

    await page.goto(`${server.url}/#/sessions/${ids.talk}`)
    const materials = page.locator('[data-testid="session-materials"]')
    await materials.scrollIntoViewIfNeeded()
    await expect.poll(() => materials.locator('[data-testid="session-material-item"] option').count()).toBe(2)
    await page.selectOption('[data-testid="session-material-item"]', { label: '防诈骗宣传单（剩 50份）' })
    await page.fill('[data-testid="session-material-quantity"]', '35')
    await page.click('[data-testid="session-material-hand-out"]')
    await expect.poll(() => page.textContent('[data-testid="session-material-message"]')).toBe('已记下。防诈骗宣传单 只剩 15 了')
    await expect.poll(() => page.inputValue('[data-testid="ledger-leaflets"]')).toBe('35')
    expect(await page.textContent('[data-testid="session-material-usage"]')).toContain('防诈骗宣传单 35 份')
    await page.locator('[data-testid="session-ledger-panel"]').screenshot({ path: screenshotPath('work-around-talk-session-materials-zh') })

    await page.goto(`${server.url}/#/ledger`)
    await expect.poll(() => page.textContent('[data-testid="materials-low"]')).toContain('防诈骗宣传单（15份）')
    await page.locator('[data-testid="materials-panel"]').screenshot({ path: screenshotPath('work-around-talk-materials-zh') })
    await expect.poll(() => page.textContent('[data-testid="daily-report-preview"]')).toContain('发放宣传单 35 份')
  })
})

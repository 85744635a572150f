import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { launchChromium, screenshotPath } from '../helpers/chromium'
import { startServe, type ServeProcess } from '../helpers/serveProcess'
import { makeTempDir } from '../helpers/tempDatabase'
import { localDayAt } from '../helpers/sessionDays'
import { SqliteConnection } from '../../src-main/db/sqliteConnection'

let browser: Browser
let server: ServeProcess
let page: Page
const ids = { future: '', today: '', past: '' }
const temp = makeTempDir('outreach-e2e-signup-')
const dbFile = join(temp.dir, 'outreach.sqlite')

interface SessionCounts {
  registered: number
  present: number
  status: string
}

beforeAll(async () => {
  server = await startServe(dbFile)
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })
  ids.future = (await server.api<{ id: string }>('sessions.create', { title: '下周讲座·守护养老钱', startsAt: localDayAt(6), place: '幸福社区党群服务中心' })).id
  ids.today = (await server.api<{ id: string }>('sessions.create', { title: '今天的讲座·识破冒充客服', startsAt: localDayAt(0, 23, 30), place: '和平里活动室' })).id
  ids.past = (await server.api<{ id: string }>('sessions.create', { title: '昨天的讲座·刷单骗局', startsAt: localDayAt(-1), place: '礼堂' })).id
  await server.api('settings.update', { kioskPin: '2468' })
  await server.api('attendees.signUp', { sessionId: ids.past, name: '张秀英', phone: '13800138000', ageGroup: '60plus', neighbourhood: '幸福里', consent: true })
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  temp.remove()
})

const text = (selector: string) => page.textContent(selector)
const session = (id: string) => server.api<SessionCounts>('sessions.get', { id })

async function fillPerson(prefix: string, person: { name: string; phone?: string; neighbourhood?: string; consent?: boolean }): Promise<void> {
  await page.fill(`#${prefix}-name`, person.name)
  await page.fill(`#${prefix}-phone`, person.phone ?? '')
  await page.fill(`#${prefix}-neighbourhood`, person.neighbourhood ?? '')
  if (person.consent) await page.check(`#${prefix}-consent`)
}

async function leaveKiosk(): Promise<void> {
  await page.click('[data-testid="kiosk-exit"]')
  await page.fill('#kiosk-pin', '2468')
  await page.press('#kiosk-pin', 'Enter')
  await expect.poll(() => page.locator('[data-testid="kiosk"]').count()).toBe(0)
}

describe('sign-up form', () => {
  it('on a session days ahead offers no check-in, says it is a registration, and the counts stay at 已到 0', async () => {
    await page.goto(`${server.url}/#/sessions/${ids.future}/signup`)
    await expect.poll(() => text('[data-testid="signup-registration-only"]')).toContain('现在登记的是报名，不是签到')
    expect(await page.locator('[data-testid="signup-check-in"]').count()).toBe(0)
    for (const name of ['李建国', '王桂兰']) {
      await fillPerson('signup', { name, neighbourhood: '幸福里' })
      await page.press('#signup-neighbourhood', 'Enter')
      await expect.poll(() => text('[data-testid="signup-saved"]')).toBe(`已新增：${name}`)
    }
    await expect.poll(() => text('[data-testid="signup-counts"]')).toBe('已到 0 / 报名 2')
    await page.screenshot({ path: screenshotPath('signup-future-zh') })
    expect(await session(ids.future)).toMatchObject({ registered: 2, present: 0 })
    await page.goto(`${server.url}/#/sessions/${ids.future}`)
    await expect.poll(() => text('[data-testid="present-count"]')).toContain('已到 0 / 报名 2')
  })

  it("on today's session the check-in is an explicit choice, unticked at first and remembered after a reload", async () => {
    await page.goto(`${server.url}/#/sessions/${ids.today}/signup`)
    await expect.poll(() => page.locator('[data-testid="signup-check-in"]').count()).toBe(1)
    expect(await page.isChecked('[data-testid="signup-check-in"]')).toBe(false)
    await fillPerson('signup', { name: '刘洋', neighbourhood: '和平里' })
    await page.click('[data-testid="signup-submit"]')
    await expect.poll(() => text('[data-testid="signup-counts"]')).toBe('已到 0 / 报名 1')

    await page.check('[data-testid="signup-check-in"]')
    await page.reload()
    await expect.poll(() => page.locator('[data-testid="signup-check-in"]').count()).toBe(1)
    expect(await page.isChecked('[data-testid="signup-check-in"]')).toBe(true)
    await fillPerson('signup', { name: '陈芳', neighbourhood: '和平里' })
    await page.click('[data-testid="signup-submit"]')
    await expect.poll(() => text('[data-testid="signup-counts"]')).toBe('已到 1 / 报名 2')
    expect(await text('[data-testid="signup-recent"]')).toContain('已签到')
    await page.screenshot({ path: screenshotPath('signup-today-zh') })
  })

  it("asks before giving another person's phone a different name, showing what would change", async () => {
    await fillPerson('signup', { name: '张秀兰', phone: '138 0013 8000', neighbourhood: '幸福里 3 栋', consent: true })
    await page.click('[data-testid="signup-submit"]')
    await expect.poll(() => text('[data-testid="phone-owner-prompt"]')).toContain('这个手机号已登记在“张秀英”名下')
    expect(await text('[data-testid="phone-owner-changes"]')).toContain('姓名：张秀英 → 张秀兰')
    expect(await text('[data-testid="phone-owner-changes"]')).toContain('小区：幸福里 → 幸福里 3 栋')
    await page.screenshot({ path: screenshotPath('signup-phone-owner-zh') })
    await page.click('[data-testid="phone-owner-different"]')
    await expect.poll(() => page.locator('#signup-phone:focus').count()).toBe(1)
    expect(await text('[data-testid="signup-form-error"]')).toContain('请改正手机号')
    const people = await server.api<{ items: { name: string; neighbourhood: string }[] }>('people.list', { query: '8000' })
    expect(people.items).toEqual([expect.objectContaining({ name: '张秀英', neighbourhood: '幸福里' })])
  })
})

describe('kiosk', () => {
  it('opened for a session days ahead registers and says 已报名, not 已签到', async () => {
    await page.goto(`${server.url}/#/sessions/${ids.future}/kiosk`)
    await expect.poll(() => text('[data-testid="kiosk-registering"]')).toContain('今天登记的是报名')
    await fillPerson('kiosk', { name: '周玉梅', neighbourhood: '幸福里' })
    await page.screenshot({ path: screenshotPath('kiosk-future-zh') })
    await page.click('[data-testid="kiosk-submit"]')
    await expect.poll(() => text('[data-testid="kiosk-thanks-body"]')).toContain('已报名')
    expect(await text('[data-testid="kiosk-thanks"]')).not.toContain('已签到')
    await page.screenshot({ path: screenshotPath('kiosk-future-thanks-zh') })
    expect(await session(ids.future)).toMatchObject({ registered: 3, present: 0 })
    await leaveKiosk()
  })

  it("on today's session checks in, and another person's phone with a different name changes nobody and shows nobody", async () => {
    await page.goto(`${server.url}/#/sessions/${ids.today}/kiosk`)
    await expect.poll(() => page.locator('[data-testid="kiosk-form"]').count()).toBe(1)
    expect(await page.locator('[data-testid="kiosk-registering"]').count()).toBe(0)
    await fillPerson('kiosk', { name: '李国强', phone: '13800138000', neighbourhood: '和平里', consent: true })
    await page.click('[data-testid="kiosk-submit"]')
    await expect.poll(() => text('[data-testid="kiosk-thanks-body"]')).toContain('已签到')
    const html = await page.content()
    expect(html).not.toContain('张秀英')
    expect(html).not.toContain('138****8000')
    const owner = await server.api<{ items: { name: string; neighbourhood: string }[] }>('people.list', { query: '8000' })
    expect(owner.items).toEqual([expect.objectContaining({ name: '张秀英', neighbourhood: '幸福里' })])
    await leaveKiosk()
  })
})

describe('session page', () => {
  it("refuses a walk-in with another person's phone under a different name, naming the owner for the worker", async () => {
    await page.goto(`${server.url}/#/sessions/${ids.today}`)
    await page.fill('#checkin-search', '赵大勇 138 0013 8000')
    await expect.poll(() => page.textContent('[data-testid="walkin-offer"]')).toContain('赵大勇')
    await page.click('[data-testid="walkin-offer"]')
    await expect.poll(() => page.inputValue('#walkin-phone')).toBe('13800138000')
    await page.check('#walkin-consent')
    await page.press('#walkin-consent', 'Enter')
    await expect.poll(() => text('#walkin-phone-error')).toContain('已登记在“张秀英”名下')
    expect(await session(ids.today)).toMatchObject({ registered: 3 })
    await page.press('#walkin-name', 'Escape')
  })

  it('shows the pending sign-up with a count badge, both records side by side, and a resolution clears it', async () => {
    await page.goto(`${server.url}/#/sessions/${ids.today}`)
    await expect.poll(() => text('[data-testid="pending-badge"]')).toBe('1 条待确认')
    expect(await text('[data-testid="pending-resident-name"]')).toBe('李国强')
    expect(await text('[data-testid="pending-existing-name"]')).toBe('张秀英')
    expect(await text('[data-testid="pending-signup"]')).toContain('138****8000')
    expect(await page.content()).not.toContain('13800138000')
    await page.locator('[data-testid="pending-signups"]').scrollIntoViewIfNeeded()
    await page.screenshot({ path: screenshotPath('session-pending-zh') })
    await page.click('[data-testid="pending-different"]')
    await expect.poll(() => text('[data-testid="pending-message"]')).toContain('已记为两个人')
    expect(await page.locator('[data-testid="pending-badge"]').count()).toBe(0)
    expect(await server.api('signups.pendingList', { sessionId: ids.today })).toEqual({ items: [] })
  })

  it('counts check-ins made before the session day and undoes them after confirming; the sign-ups stay', async () => {
    const names = ['赵一', '钱二', '孙三']
    const attendeeIds: string[] = []
    for (const name of names)
      attendeeIds.push((await server.api<{ attendeeId: string }>('attendees.signUp', { sessionId: ids.past, name, consent: false, confirmedNew: true })).attendeeId)
    const raw = await SqliteConnection.open(dbFile)
    const early = localDayAt(-7, 10, 0)
    await raw.run('UPDATE attendance SET checked_in_at = ? WHERE session_id = ? AND attendee_id IN (?, ?)', [early, ids.past, attendeeIds[0], attendeeIds[1]])
    await raw.run('UPDATE attendance SET checked_in_at = ? WHERE session_id = ? AND attendee_id = ?', [localDayAt(-1, 14, 10), ids.past, attendeeIds[2]])
    await raw.close()

    await page.goto(`${server.url}/#/sessions/${ids.past}`)
    await expect.poll(() => text('[data-testid="early-checkins-count"]')).toContain('本场有 2 条签到是在活动当天之前记录的')
    await expect.poll(() => text('[data-testid="present-count"]')).toContain('已到 3 / 报名 4')
    await page.click('[data-testid="early-checkins-undo"]')
    await expect.poll(() => page.locator('[data-testid="confirm-dialog"]').count()).toBe(1)
    await page.screenshot({ path: screenshotPath('session-early-checkins-zh') })
    await page.click('[data-testid="confirm-ok"]')
    await expect.poll(() => text('[data-testid="early-checkins-message"]')).toBe('已撤销 2 条签到，报名保留。')
    await expect.poll(() => text('[data-testid="present-count"]')).toContain('已到 1 / 报名 4')
    expect(await session(ids.past)).toMatchObject({ registered: 4, present: 1 })
  })

  it('asks before marking a session held whose day is still ahead', async () => {
    await page.goto(`${server.url}/#/sessions/${ids.future}`)
    await page.click('[data-testid="session-mark-held"]')
    await expect.poll(() => text('[data-testid="confirm-dialog"]')).toContain('活动日期还没到')
    await page.screenshot({ path: screenshotPath('session-held-confirm-zh') })
    await page.click('[data-testid="confirm-cancel"]')
    expect(await text('[data-testid="session-status"]')).toBe('计划中')
    expect((await session(ids.future)).status).toBe('planned')
    await page.click('[data-testid="session-mark-held"]')
    await page.click('[data-testid="confirm-ok"]')
    await expect.poll(() => text('[data-testid="session-status"]')).toBe('已举办')
  })
})

describe('session edit form', () => {
  it('asks before saving a session days ahead as held, and saves it only when confirmed', async () => {
    const id = (await server.api<{ id: string }>('sessions.create', { title: '月底讲座', startsAt: localDayAt(20), place: '礼堂' })).id
    await page.goto(`${server.url}/#/sessions/${id}`)
    await page.click('[data-testid="session-edit"]')
    await page.selectOption('#session-edit-status', 'held')
    await page.click('[data-testid="session-edit-form"] button[type="submit"]')
    await expect.poll(() => text('[data-testid="confirm-dialog"]')).toContain('填写的日期还没到')
    await page.click('[data-testid="confirm-cancel"]')
    expect((await session(id)).status).toBe('planned')
    await page.click('[data-testid="session-edit-form"] button[type="submit"]')
    await page.click('[data-testid="confirm-ok"]')
    await expect.poll(() => text('[data-testid="session-status"]')).toBe('已举办')
    expect((await session(id)).status).toBe('held')
  })
})

describe('in English', () => {
  it('says the same things in English', async () => {
    await page.evaluate(() => localStorage.setItem('outreach.locale', 'en'))
    await page.goto(`${server.url}/#/sessions/${ids.future}/signup`)
    await page.reload()
    await expect.poll(() => text('[data-testid="signup-registration-only"]')).toContain('this is a registration, not a check-in')
    expect(await text('[data-testid="signup-counts"]')).toBe('Present 0 / signed up 3')
    await page.screenshot({ path: screenshotPath('signup-future-en') })
    await page.goto(`${server.url}/#/sessions/${ids.future}/kiosk`)
    await expect.poll(() => text('[data-testid="kiosk-registering"]')).toContain('Today you are signing up')
    await page.screenshot({ path: screenshotPath('kiosk-future-en') })
    await leaveKiosk()
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { launchChromium, screenshotPath } from '../helpers/chromium'
import { startServe, type ServeProcess } from '../helpers/serveProcess'
import { makeTempDir } from '../helpers/tempDatabase'
import { SqliteConnection } from '../../src-main/db/sqliteConnection'

let browser: Browser
let server: ServeProcess
let page: Page
let sessionId = ''
const temp = makeTempDir('outreach-e2e-people-')
const dbFile = join(temp.dir, 'outreach.sqlite')

interface PeopleList {
  items: { attendeeId: string; name: string; phoneMasked: string; attendanceCount: number }[]
  total: number
}

beforeAll(async () => {
  server = await startServe(dbFile)
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })
  sessionId = (await server.api<{ id: string }>('sessions.create', { title: '守护钱袋子·防范电信网络诈骗', startsAt: '2026-12-01T14:30:00+08:00', place: '党群服务中心' })).id
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  temp.remove()
})

const people = (query?: string) => server.api<PeopleList>('people.list', query ? { query } : {})
const text = (selector: string) => page.textContent(selector)

async function fillPerson(prefix: string, person: { name: string; phone?: string; age?: string; neighbourhood?: string; consent?: boolean }): Promise<void> {
  await page.fill(`#${prefix}-name`, person.name)
  await page.fill(`#${prefix}-phone`, person.phone ?? '')
  if (person.age) await page.click(`[data-testid="${prefix}-age"] [data-value="${person.age}"]`)
  await page.fill(`#${prefix}-neighbourhood`, person.neighbourhood ?? '')
  if (person.consent) await page.check(`#${prefix}-consent`)
}

describe('worker sign-up form', () => {
  it('adds a person, clears the form and puts the cursor back on the name', async () => {
    await page.goto(`${server.url}/#/sessions/${sessionId}/signup`)
    await expect.poll(() => text('[data-testid="signup-session-title"]')).toBe('守护钱袋子·防范电信网络诈骗')
    await fillPerson('signup', { name: '张秀英', phone: '138 0013 8000', age: '60plus', neighbourhood: '幸福里', consent: true })
    await page.press('#signup-neighbourhood', 'Enter')
    await expect.poll(() => text('[data-testid="signup-saved"]')).toBe('已新增：张秀英')
    expect(await page.inputValue('#signup-name')).toBe('')
    expect(await page.inputValue('#signup-phone')).toBe('')
    expect(await page.isChecked('#signup-consent')).toBe(false)
    expect(await page.locator('#signup-name:focus').count()).toBe(1)
    expect(await text('[data-testid="signup-recent"]')).toContain('138****8000')
  })

  it("shows the API's field errors next to the fields and saves nothing", async () => {
    await fillPerson('signup', { name: '李四', phone: '12345' })
    await page.click('[data-testid="signup-submit"]')
    await expect.poll(() => text('#signup-phone-error')).toContain('11 位手机号')
    await page.fill('#signup-phone', '13900139000')
    await page.click('[data-testid="signup-submit"]')
    await expect.poll(() => text('#signup-consent-error')).toContain('需要本人同意')
    expect((await people()).total).toBe(1)
  })

  it('signs up a second person, and the same phone again is an update, not a new person', async () => {
    await page.check('#signup-consent')
    await page.click('[data-testid="signup-submit"]')
    await expect.poll(() => text('[data-testid="signup-saved"]')).toBe('已新增：李四')
    await fillPerson('signup', { name: '张秀英', phone: '+86 138-0013-8000', neighbourhood: '幸福里', consent: true })
    await page.click('[data-testid="signup-submit"]')
    await expect.poll(() => text('[data-testid="signup-saved"]')).toContain('已更新原有记录')
    expect((await people()).total).toBe(2)
  })

  it('asks "is this the same person?" for a similar name in the same neighbourhood with no phone', async () => {
    await fillPerson('signup', { name: '王芳', neighbourhood: '幸福里' })
    await page.click('[data-testid="signup-submit"]')
    await expect.poll(() => text('[data-testid="signup-saved"]')).toBe('已新增：王芳')

    await fillPerson('signup', { name: '汪芳', neighbourhood: '幸福里' })
    await page.click('[data-testid="signup-submit"]')
    await expect.poll(() => text('[data-testid="duplicate-prompt"]')).toContain('这是同一个人吗')
    expect(await text('[data-testid="duplicate-candidate"]')).toContain('王芳')
    await page.screenshot({ path: screenshotPath('signup-duplicate-zh'), fullPage: true })
    await page.click('[data-testid="duplicate-new"]')
    await expect.poll(() => text('[data-testid="signup-saved"]')).toBe('已新增：汪芳')

    await fillPerson('signup', { name: '王芳', neighbourhood: '幸福里' })
    await page.click('[data-testid="signup-submit"]')
    await expect.poll(() => page.locator('[data-testid="duplicate-candidate"]').count()).toBe(2)
    await page.locator('[data-testid="duplicate-candidate"]', { hasText: '王芳' }).locator('[data-testid="duplicate-same"]').click()
    await expect.poll(() => text('[data-testid="signup-saved"]')).toBe('已记为同一人：王芳')
    expect((await people()).total).toBe(4)
    await page.screenshot({ path: screenshotPath('signup-zh'), fullPage: true })
  })
})

describe('self-service kiosk', () => {
  it('will not start without a worker PIN and says where to set one', async () => {
    await page.click('[data-testid="start-kiosk"]')
    await expect.poll(() => text('[data-testid="kiosk-no-pin"]')).toContain('设置 → 自助登记 PIN')
    expect(await page.locator('[data-testid="kiosk-form"]').count()).toBe(0)
  })

  it('sets a PIN in Settings, never showing it back', async () => {
    await page.click('[data-testid="kiosk-no-pin"] a[href="#/settings"]')
    await expect.poll(() => text('[data-testid="kiosk-pin-status"]')).toContain('还没有设置')
    await page.fill('#kiosk-pin-new', '2468')
    await page.fill('#kiosk-pin-repeat', '2469')
    await page.click('[data-testid="kiosk-pin-save"]')
    await expect.poll(() => text('#kiosk-pin-repeat-error')).toContain('不一样')
    await page.fill('#kiosk-pin-repeat', '2468')
    await page.click('[data-testid="kiosk-pin-save"]')
    await expect.poll(() => text('[data-testid="kiosk-pin-status"]')).toBe('已设置 PIN。')
    expect(await page.inputValue('#kiosk-pin-new')).toBe('')
  })

  it('signs a resident up in large type, thanks them, then shows a fresh form with nothing of theirs', async () => {
    await page.goto(`${server.url}/#/sessions/${sessionId}/signup`)
    await page.click('[data-testid="start-kiosk"]')
    await expect.poll(() => page.locator('[data-testid="kiosk-form"]').count()).toBe(1)
    expect(await page.locator('[data-testid="nav-people"]').count()).toBe(0)
    expect(await text('[data-testid="kiosk-title"]')).toBe('守护钱袋子·防范电信网络诈骗')
    const inputSize = await page.$eval('#kiosk-name', (input) => parseFloat(getComputedStyle(input).fontSize))
    expect(inputSize).toBeGreaterThanOrEqual(40)
    await fillPerson('kiosk', { name: '赵桂兰', phone: '13700137000', age: '36-59', neighbourhood: '和平里', consent: true })
    await page.screenshot({ path: screenshotPath('kiosk-zh'), fullPage: true })
    await page.click('[data-testid="kiosk-submit"]')
    await expect.poll(() => text('[data-testid="kiosk-thanks"]')).toContain('谢谢您')
    expect(await page.content()).not.toContain('赵桂兰')
    await page.screenshot({ path: screenshotPath('kiosk-thanks-zh'), fullPage: true })
    await expect.poll(() => page.locator('[data-testid="kiosk-form"]').count(), { timeout: 9000 }).toBe(1)
    expect(await page.inputValue('#kiosk-name')).toBe('')
    expect(await page.inputValue('#kiosk-phone')).toBe('')
    const html = await page.content()
    expect(html).not.toContain('赵桂兰')
    expect(html).not.toContain('13700137000')
    const zhao = await people('赵桂兰')
    expect(zhao.items).toEqual([expect.objectContaining({ name: '赵桂兰', phoneMasked: '137****7000', attendanceCount: 1 })])
  })

  it('never shows other people when a similar name exists: saves as new for the worker to merge later', async () => {
    await fillPerson('kiosk', { name: '汪芳', neighbourhood: '幸福里' })
    await page.click('[data-testid="kiosk-submit"]')
    await expect.poll(() => page.locator('[data-testid="kiosk-thanks"]').count()).toBe(1)
    expect(await page.content()).not.toContain('王芳')
    expect((await people('汪芳')).total).toBe(2)
    await page.click('[data-testid="kiosk-next"]')
    await fillPerson('kiosk', { name: '李四' })
    await page.click('[data-testid="kiosk-submit"]')
    await expect.poll(() => page.locator('[data-testid="kiosk-thanks"]').count()).toBe(1)
    expect((await people('李四')).total).toBe(2)
    await page.click('[data-testid="kiosk-next"]')
    await expect.poll(() => page.locator('[data-testid="kiosk-form"]').count()).toBe(1)
  })

  it('cannot be left by the back button or by the exit control without the right PIN', async () => {
    await page.goBack()
    await expect.poll(() => page.locator('[data-testid="kiosk-exit-dialog"]').count()).toBe(1)
    expect(await page.locator('[data-testid="kiosk"]').count()).toBe(1)
    await page.click('[data-testid="kiosk-exit-cancel"]')
    await page.click('[data-testid="kiosk-exit"]')
    await page.fill('#kiosk-pin', '1111')
    await page.press('#kiosk-pin', 'Enter')
    await expect.poll(() => text('[data-testid="kiosk-pin-error"]')).toBe('PIN 不对，请再试。')
    expect(await page.locator('[data-testid="kiosk-form"]').count()).toBe(1)
    await page.fill('#kiosk-pin', '2468')
    await page.press('#kiosk-pin', 'Enter')
    await expect.poll(() => page.locator('[data-testid="kiosk"]').count()).toBe(0)
    await expect.poll(() => page.locator('[data-testid="nav-people"]').count()).toBe(1)
  })
})

describe('People page', () => {
  it('searches by pinyin initials and shows masked phones only', async () => {
    await page.click('[data-testid="nav-people"]')
    await expect.poll(() => text('[data-testid="people-total"]')).toBe('共 7 人')
    await page.fill('[data-testid="people-search"]', 'zxy')
    await expect.poll(() => page.locator('[data-testid="person-row"]').count()).toBe(1)
    expect(await text('[data-testid="person-row"]')).toContain('138****8000')
    expect(await page.content()).not.toContain('13800138000')
    await page.fill('[data-testid="people-search"]', '')
    await expect.poll(() => page.locator('[data-testid="person-row"]').count()).toBe(7)
    await page.screenshot({ path: screenshotPath('people-zh'), fullPage: true })
  })

  it('merges two records of one person, keeping all their attendance', async () => {
    await page.click('[data-testid="people-tab-duplicates"]')
    await expect.poll(() => page.locator('[data-testid="duplicate-pair"]').count()).toBeGreaterThanOrEqual(2)
    const sameName = page.locator('[data-testid="duplicate-pair"]', { hasText: '姓名相同' }).filter({ hasText: '汪芳' })
    await sameName.locator('[data-testid="duplicate-compare"]').click()
    await expect.poll(() => page.locator('[data-testid="merge-compare"]').count()).toBe(1)
    await page.screenshot({ path: screenshotPath('people-merge-zh'), fullPage: true })
    await page.click('[data-testid="merge-keep-0"]')
    await page.click('[data-testid="merge-confirm"]')
    await expect.poll(() => text('[data-testid="merge-done"]')).toContain('已合并为“汪芳”')
    const wang = await people('汪芳')
    expect(wang.total).toBe(1)
    expect(wang.items[0].attendanceCount).toBe(1)
    await expect.poll(() => page.locator('[data-testid="duplicate-pair"]', { hasText: '姓名相同' }).filter({ hasText: '汪芳' }).count()).toBe(0)
  })

  it('deletes a person on request after saying what goes', async () => {
    await page.click('[data-testid="people-tab-list"]')
    await page.fill('[data-testid="people-search"]', '李四')
    await expect.poll(() => page.locator('[data-testid="person-row"]').count()).toBe(2)
    await page.locator('[data-testid="person-row"]').first().locator('button').click()
    await expect.poll(() => text('[data-testid="person-detail-name"]')).toBe('李四')
    await page.click('[data-testid="person-delete"]')
    expect(await text('[data-testid="person-delete-confirm"]')).toMatch(/其 1 条活动记录和 \d 条同意记录/)
    await page.click('[data-testid="person-delete-yes"]')
    await expect.poll(() => text('[data-testid="people-notice"]')).toContain('已删除“李四”')
    await expect.poll(() => page.locator('[data-testid="person-row"]').count()).toBe(1)
    expect((await people('李四')).total).toBe(1)
  })

  it("edits a person; another person's phone is refused with a message suggesting a merge", async () => {
    await page.fill('[data-testid="people-search"]', 'zgl')
    await expect.poll(() => text('[data-testid="people-total"]')).toBe('共 1 人')
    await expect.poll(() => text('[data-testid="person-row"]')).toContain('赵桂兰')
    await page.locator('[data-testid="person-row"]').first().locator('button').click()
    await expect.poll(() => text('[data-testid="person-detail-name"]')).toBe('赵桂兰')
    await page.click('[data-testid="person-edit"]')
    expect(await page.getAttribute('#edit-phone', 'placeholder')).toContain('137****7000')
    await page.fill('#edit-phone', '13800138000')
    await page.click('[data-testid="edit-save"]')
    await expect.poll(() => text('#edit-phone-error')).toContain('张秀英')
    expect(await text('#edit-phone-error')).toContain('合并')
    await page.fill('#edit-phone', '')
    await page.fill('#edit-neighbourhood', '和平里 5 栋')
    await page.click('[data-testid="edit-save"]')
    await expect.poll(() => text('[data-testid="person-detail"]')).toContain('和平里 5 栋')
    expect(await text('[data-testid="person-detail"]')).toContain('137****7000')
    await page.fill('[data-testid="people-search"]', '')
  })
})

describe('retention purge', () => {
  it('previews who goes, then deletes exactly them', async () => {
    const raw = await SqliteConnection.open(dbFile)
    const old = '2020-03-01T02:00:00.000Z'
    await raw.run("INSERT INTO attendees (id, name, last_seen_at, created_at, updated_at) VALUES ('00000000-0000-4000-8000-0000000000aa', '钱老汉', ?, ?, ?)", [old, old, old])
    await raw.run(
      "INSERT INTO attendance (id, session_id, attendee_id, source, checked_in_at, created_at, updated_at) VALUES ('00000000-0000-4000-8000-0000000000ab', ?, '00000000-0000-4000-8000-0000000000aa', 'signup', ?, ?, ?)",
      [sessionId, old, old, old],
    )
    await raw.close()
    const before = (await people()).total

    await page.click('[data-testid="nav-settings"]')
    await page.click('[data-testid="purge-preview"]')
    await expect.poll(() => text('[data-testid="purge-summary"]')).toMatch(/将删除 1 人及其 1 条签到记录，他们自 \d{4}-\d{2}-\d{2} 起没有参加活动/)
    expect(await text('[data-testid="purge-summary"]')).toContain('钱老汉')
    expect((await people()).total).toBe(before)
    await page.screenshot({ path: screenshotPath('settings-zh'), fullPage: true })
    await page.click('[data-testid="purge-confirm"]')
    await expect.poll(() => text('[data-testid="purge-done"]')).toBe('已删除 1 人、1 条签到记录、0 条同意记录。')
    expect((await people()).total).toBe(before - 1)
    expect((await people('钱老汉')).total).toBe(0)
  })
})

describe('in English', () => {
  it('shows every screen in English', async () => {
    await page.selectOption('[data-testid="settings-language"]', 'en')
    await expect.poll(() => text('h1')).toBe('Settings')
    await page.click('[data-testid="purge-preview"]')
    await expect.poll(() => text('[data-testid="purge-summary"]')).toContain('Nobody is past retention')
    await page.screenshot({ path: screenshotPath('settings-en'), fullPage: true })

    await page.goto(`${server.url}/#/sessions/${sessionId}/signup`)
    await fillPerson('signup', { name: 'Li Na', phone: '139 0013 9001' })
    await page.click('[data-testid="signup-submit"]')
    await expect.poll(() => text('#signup-consent-error')).toContain('needed to keep a phone number')
    await page.screenshot({ path: screenshotPath('signup-en'), fullPage: true })

    await page.click('[data-testid="nav-people"]')
    await page.fill('[data-testid="people-search"]', '')
    await expect.poll(() => text('[data-testid="people-total"]')).toBe('5 people')
    await page.locator('[data-testid="person-row"]', { hasText: '张秀英' }).locator('button').click()
    // 张秀英 was signed up for a past session on the sign-up form, which no longer checks people in by itself.
    await expect.poll(() => text('[data-testid="person-history"]')).toContain('signed up, did not come')
    await page.screenshot({ path: screenshotPath('people-en'), fullPage: true })

    await page.goto(`${server.url}/#/sessions/${sessionId}/kiosk`)
    await expect.poll(() => page.locator('[data-testid="kiosk-form"]').count()).toBe(1)
    await page.click('[data-testid="kiosk-submit"]')
    await expect.poll(() => text('#kiosk-name-error')).toBe('is required')
    await page.screenshot({ path: screenshotPath('kiosk-en'), fullPage: true })
    await page.click('[data-testid="kiosk-exit"]')
    await page.fill('#kiosk-pin', '2468')
    await page.press('#kiosk-pin', 'Enter')
    await expect.poll(() => page.locator('[data-testid="kiosk"]').count()).toBe(0)
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { launchChromium, screenshotPath } from '../helpers/chromium'
import { startServe, type ServeProcess } from '../helpers/serveProcess'
import { makeTempDir } from '../helpers/tempDatabase'
import { Database } from '../../src-main/db/database'
import { seedLargeDatabase } from '../helpers/seedLargeDatabase'

let browser: Browser
let server: ServeProcess
let page: Page
let sessionId = ''
const temp = makeTempDir('outreach-e2e-checkin-')
const dbFile = join(temp.dir, 'outreach.sqlite')

interface Roster {
  items: { name: string; checkedInAt: string | null; source: string }[]
  present: number
  registered: number
}

beforeAll(async () => {
  server = await startServe(dbFile)
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  temp.remove()
})

const count = () => page.textContent('[data-testid="checkin-panel"] [data-testid="present-count"]')
const roster = () => server.api<Roster>('attendance.list', { sessionId })

async function typeRow(name: string, phone: string, age: string): Promise<void> {
  await page.keyboard.type(name)
  await page.keyboard.press('Enter')
  await page.keyboard.type(phone)
  await page.keyboard.press('Enter')
  await page.keyboard.press(age)
  await page.keyboard.press('Enter')
}

async function search(text: string): Promise<void> {
  await page.fill('#checkin-search', text)
  await expect.poll(() => page.locator('[data-testid="checkin-results"] li').count()).toBeGreaterThan(0)
}

describe('checking people in at the door', () => {
  it('creates a session with every field and opens its detail page from the list', async () => {
    await page.goto(server.url)
    await page.fill('#session-title', '守护钱袋子·防范电信网络诈骗')
    await page.fill('#session-starts-at', '2026-12-01T14:30')
    await page.fill('#session-place', '党群服务中心二楼')
    await page.click('[data-testid="session-create-form"] summary')
    await page.fill('#session-community', '幸福社区')
    await page.fill('#session-building', '3号楼')
    await page.selectOption('#session-audience', 'elderly')
    await page.click('[data-testid="session-create-form"] button[type="submit"]')
    await expect.poll(() => page.locator('[data-testid="session-row"]').count()).toBe(1)
    await page.click('[data-testid="session-link"]')
    await expect.poll(() => page.textContent('[data-testid="session-title"]')).toBe('守护钱袋子·防范电信网络诈骗')
    sessionId = /#\/sessions\/([0-9a-f-]{36})/.exec(page.url())![1]
    const header = await page.textContent('[data-testid="session-header"]')
    expect(header).toContain('幸福社区')
    expect(header).toContain('老年居民')
    expect(await page.$eval(':focus', (element) => element.id)).toBe('checkin-search')
  })

  it('shows people signed up through the API, the same phone counted once', async () => {
    const first = await server.api<{ attendeeId: string; created: boolean }>('attendees.signUp', {
      sessionId,
      name: '张三',
      phone: '13800131234',
      ageGroup: '60plus',
      consent: true,
    })
    await server.api('attendees.signUp', { sessionId, name: '李四', phone: '13900135678', ageGroup: '36-59', consent: true })
    const again = await server.api<{ attendeeId: string; created: boolean }>('attendees.signUp', { sessionId, name: '张三', phone: '138 0013 1234', consent: true })
    expect(again).toMatchObject({ attendeeId: first.attendeeId, created: false })
    await page.reload()
    await expect.poll(count).toBe('已到 0 / 报名 2')
    await expect.poll(() => page.locator('[data-testid="roster-row"]').count()).toBe(2)
  })

  it('checks in by pinyin initials with Enter, and shows ✓ only after the answer', async () => {
    await search('zs')
    expect(await page.textContent('[data-testid="checkin-match"]')).toContain('张三')
    // The Enter that confirms a Chinese input-method candidate is not a check-in.
    await page.$eval('#checkin-search', (input) => input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true })))
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect((await roster()).present).toBe(0)
    expect(await page.locator('[data-testid="checkin-pending"], [data-testid="checkin-feedback"]').count()).toBe(0)
    await page.press('#checkin-search', 'Enter')
    await expect.poll(() => page.textContent('[data-testid="checkin-feedback"]')).toContain('✓ 张三 签到成功')
    await expect.poll(count).toBe('已到 1 / 报名 2')
    expect((await roster()).items.find((p) => p.name === '张三')?.checkedInAt).not.toBeNull()
    expect(await page.inputValue('#checkin-search')).toBe('')
  })

  it('checks in by the last 4 phone digits, then Ctrl+Z undoes it', async () => {
    await search('5678')
    await page.press('#checkin-search', 'Enter')
    await expect.poll(() => page.textContent('[data-testid="checkin-feedback"]')).toContain('李四')
    await expect.poll(count).toBe('已到 2 / 报名 2')
    await page.keyboard.press('Control+z')
    await expect.poll(() => page.textContent('[data-testid="checkin-feedback"]')).toContain('已撤销 李四 的签到')
    await expect.poll(count).toBe('已到 1 / 报名 2')
    expect((await roster()).present).toBe(1)
  })

  it('adds a walk-in from the same box with the keyboard', async () => {
    await page.fill('#checkin-search', '王五 137 0013 7000')
    await expect.poll(() => page.textContent('[data-testid="walkin-offer"]')).toContain('王五')
    await page.press('#checkin-search', 'Enter')
    await expect.poll(() => page.inputValue('#walkin-name')).toBe('王五')
    expect(await page.inputValue('#walkin-phone')).toBe('13700137000')
    await page.press('#walkin-phone', 'Enter')
    await expect.poll(() => page.textContent('[data-testid="walkin-consent-error"]')).toContain('同意')
    expect((await roster()).registered).toBe(2)
    // Age group is four buttons, as on every other form, not a dropdown.
    expect(await page.locator('[data-testid="walkin-form"] select').count()).toBe(0)
    expect(await page.locator('[data-testid="walkin-age"] button').count()).toBe(4)
    await page.click('[data-testid="walkin-age"] button[data-value="60plus"]')
    expect(await page.getAttribute('[data-testid="walkin-age"] button[data-value="60plus"]', 'aria-pressed')).toBe('true')
    await page.check('#walkin-consent')
    await page.press('#walkin-consent', 'Enter')
    await expect.poll(() => page.textContent('[data-testid="checkin-feedback"]')).toContain('✓ 王五 已登记并签到')
    await expect.poll(count).toBe('已到 2 / 报名 3')
    expect((await roster()).items.find((p) => p.name === '王五')).toMatchObject({ source: 'walkin', ageGroup: '60plus' })
    await page.screenshot({ path: screenshotPath('checkin-detail-zh'), fullPage: true })
  })

  it('types in a paper sheet: Enter moves on, a repeated phone is flagged while typing, the count updates', async () => {
    await page.click('[data-testid="action-paper"]')
    await expect.poll(() => page.textContent('h1')).toBe('录入纸质签到表')
    await page.check('[data-testid="paper-consent"]')
    await page.click('[data-testid="paper-name-0"]')
    await typeRow('赵六', '136 0013 6000', '4')
    await typeRow('钱七', '', '3')
    await page.keyboard.type('赵六')
    await page.keyboard.press('Enter')
    await page.keyboard.type('13600136000')
    await expect.poll(() => page.getAttribute('[data-testid="paper-row-2"]', 'data-state')).toBe('duplicateInGrid')
    await page.keyboard.press('Enter')
    await page.keyboard.press('4')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getAttribute('[data-testid="paper-row-0"]', 'data-state')).toBe('saved')
    await expect.poll(() => page.getAttribute('[data-testid="paper-row-1"]', 'data-state')).toBe('saved')
    await expect.poll(() => page.getAttribute('[data-testid="paper-row-2"]', 'data-state')).toBe('duplicateInGrid')
    expect(await page.textContent('[data-testid="paper-state-2"]')).toContain('与第 1 行相同')
    expect(await page.$eval(':focus', (element) => element.getAttribute('data-testid'))).toBe('paper-name-3')
    await expect.poll(() => page.textContent('[data-testid="present-count"]')).toBe('已到 4 / 报名 5')
    const after = await roster()
    expect(after).toMatchObject({ present: 4, registered: 5 })
    expect(after.items.find((p) => p.name === '赵六')?.checkedInAt).not.toBeNull()
  })

  it('on paper, flags someone already checked in and asks about a similar name', async () => {
    const elsewhere = await server.api<{ id: string }>('sessions.create', { title: '上周讲座', startsAt: '2026-11-20T10:00:00+08:00', place: '礼堂' })
    await server.api('attendees.signUp', { sessionId: elsewhere.id, name: '王芳', consent: false })
    await typeRow('张三', '13800131234', '4')
    await expect.poll(() => page.getAttribute('[data-testid="paper-row-3"]', 'data-state')).toBe('alreadyPresent')
    expect(await page.textContent('[data-testid="paper-state-3"]')).toContain('张三 已签到')
    await typeRow('汪芳', '', '4')
    await expect.poll(() => page.getAttribute('[data-testid="paper-row-4"]', 'data-state')).toBe('similar')
    expect(await page.textContent('[data-testid="paper-state-4"]')).toContain('同一人：王芳')
    await page.screenshot({ path: screenshotPath('checkin-paper-zh'), fullPage: true })
    await page.click('[data-testid="paper-new-4"]')
    await expect.poll(() => page.getAttribute('[data-testid="paper-row-4"]', 'data-state')).toBe('saved')
    await expect.poll(() => page.textContent('[data-testid="present-count"]')).toBe('已到 5 / 报名 6')
    expect(await roster()).toMatchObject({ present: 5, registered: 6 })
  })

  it('asks before leaving the sheet with a row that could not be saved', async () => {
    await page.uncheck('[data-testid="paper-consent"]')
    await page.click('[data-testid="paper-name-5"]')
    await typeRow('孙八', '13500135000', '2')
    await expect.poll(() => page.getAttribute('[data-testid="paper-row-5"]', 'data-state')).toBe('error')
    expect(await page.textContent('[data-testid="paper-state-5"]')).toContain('同意条款')
    const questions: string[] = []
    page.once('dialog', (dialog) => {
      questions.push(dialog.message())
      void dialog.dismiss()
    })
    await page.click('[data-testid="back-to-session"]')
    await expect.poll(() => questions.length).toBe(1)
    expect(questions[0]).toContain('1 行没有保存')
    expect(page.url()).toMatch(/\/paper$/)
    await page.check('[data-testid="paper-consent"]')
    await page.click('[data-testid="paper-retry-5"]')
    await expect.poll(() => page.getAttribute('[data-testid="paper-row-5"]', 'data-state')).toBe('saved')
    expect(await roster()).toMatchObject({ present: 6, registered: 7 })
  })

  it('reads the same in English', async () => {
    await page.selectOption('[data-testid="language-switch"]', 'en')
    await expect.poll(() => page.textContent('h1')).toBe('Type in a paper sign-in sheet')
    await page.screenshot({ path: screenshotPath('checkin-paper-en'), fullPage: true })
    await page.click('[data-testid="back-to-session"]')
    await expect.poll(count).toBe('6 present / 7 registered')
    await search('ls')
    await page.screenshot({ path: screenshotPath('checkin-detail-en'), fullPage: true })
    await page.selectOption('[data-testid="language-switch"]', 'zh-CN')
  })

  it('says loudly when a check-in was not saved, and shows no ✓', async () => {
    await expect.poll(() => page.textContent('[data-testid="checkin-match"]')).toContain('李四')
    await server.stop()
    await page.press('#checkin-search', 'Enter')
    await expect.poll(() => page.textContent('[data-testid="checkin-error"]')).toContain('没有保存！')
    expect(await page.locator('[data-testid="checkin-feedback"]').count()).toBe(0)
    expect(await page.textContent('[data-testid="checkin-match"]')).not.toContain('✓')
    expect(await count()).toBe('已到 6 / 报名 7')
  })
})

describe('a roster of 5,000', () => {
  const bigTemp = makeTempDir('outreach-e2e-roster-')
  let bigServer: ServeProcess

  beforeAll(async () => {
    const file = join(bigTemp.dir, 'outreach.sqlite')
    const db = await Database.open(file)
    const seeded = await seedLargeDatabase(db, { people: 5_000, sessions: 1, perSession: 5_000 })
    await db.close()
    bigServer = await startServe(file)
    await page.goto(`${bigServer.url}/#/sessions/${seeded.sessionIds[0]}`)
  })
  afterAll(async () => {
    await bigServer?.stop()
    bigTemp.remove()
  })

  it('renders only a window of rows; the page itself scrolls to the end of the roster (no box of a few rows)', async () => {
    await expect.poll(() => page.textContent('[data-testid="checkin-panel"] [data-testid="present-count"]'), { timeout: 15_000 }).toMatch(/\/ 报名 5000$/)
    const rendered = await page.locator('[data-testid="roster-row"]').count()
    expect(rendered).toBeGreaterThan(5)
    expect(rendered).toBeLessThan(60)
    const list = await page.$eval('[data-testid="roster-scroller"]', (element) => ({
      height: element.getBoundingClientRect().height,
      scrolls: element.scrollHeight > element.clientHeight + 1,
    }))
    expect(list.height).toBeGreaterThan(5_000 * 50)
    expect(list.scrolls).toBe(false)
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight }))
    await expect
      .poll(() =>
        page.$eval('[data-testid="roster-scroller"]', (element) => {
          const rows = [...element.querySelectorAll('[data-testid="roster-row"]')]
          const end = element.getBoundingClientRect().bottom
          return rows.some((row) => Math.abs(row.getBoundingClientRect().bottom - end) < 2 && row.getBoundingClientRect().bottom <= innerHeight)
        }),
      )
      .toBe(true)
    expect(await page.locator('[data-testid="roster-row"]').count()).toBeLessThan(60)
  })
})

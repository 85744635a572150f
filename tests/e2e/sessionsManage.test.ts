import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { launchChromium, screenshotPath } from '../helpers/chromium'
import { startServe, type ServeProcess } from '../helpers/serveProcess'
import { makeTempDir } from '../helpers/tempDatabase'

let browser: Browser
let server: ServeProcess
let page: Page
let busyId = ''
const temp = makeTempDir('outreach-e2e-manage-')

beforeAll(async () => {
  server = await startServe(join(temp.dir, 'outreach.sqlite'))
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })
  const busy = await server.api<{ id: string }>('sessions.create', { title: '幸福社区反诈讲座', startsAt: '2026-12-01T14:30:00+08:00', place: '活动室', neighbourhood: '幸福里' })
  busyId = busy.id
  await server.api('sessions.create', { title: '和平学校宣讲', startsAt: '2026-11-10T09:00:00+08:00', place: '和平中学礼堂', audience: 'students', status: 'held' })
  for (const [name, phone] of [
    ['张三', '13800131234'],
    ['李四', '13900135678'],
  ]) {
    await server.api('attendees.signUp', { sessionId: busyId, name, phone, consent: true })
  }
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  temp.remove()
})

const rowCount = () => page.locator('[data-testid="session-row"]').count()

describe('managing sessions', () => {
  it('filters the list by place, status and date', async () => {
    await page.goto(server.url)
    await expect.poll(rowCount).toBe(2)
    await page.fill('[data-testid="filter-place"]', '幸福')
    await expect.poll(rowCount).toBe(1)
    expect(await page.textContent('[data-testid="session-row"]')).toContain('幸福社区反诈讲座')
    await page.selectOption('[data-testid="filter-status"]', 'held')
    await expect.poll(() => page.textContent('[data-testid="sessions-no-match"]')).toContain('没有符合')
    await page.click('text=清除筛选')
    await expect.poll(rowCount).toBe(2)
    await page.fill('[data-testid="filter-from"]', '2026-11-30')
    await page.dispatchEvent('[data-testid="filter-from"]', 'change')
    await expect.poll(rowCount).toBe(1)
    await page.click('text=清除筛选')
    await expect.poll(rowCount).toBe(2)
  })

  it('edits a session and cancels it from its detail page', async () => {
    await page.click('text=幸福社区反诈讲座')
    await page.click('[data-testid="session-edit"]')
    await page.fill('#session-edit-title', '幸福社区反诈讲座（改期）')
    await page.fill('#session-edit-presenters', '李警官')
    await page.press('#session-edit-title', 'Enter')
    await expect.poll(() => page.textContent('[data-testid="session-title"]')).toBe('幸福社区反诈讲座（改期）')
    expect(await page.textContent('[data-testid="session-header"]')).toContain('李警官')
    await page.click('[data-testid="session-cancel"]')
    await expect.poll(() => page.textContent('[data-testid="session-status"]')).toBe('已取消')
    expect(await page.textContent('[data-testid="session-cancelled-notice"]')).toContain('已取消')
    expect(await server.api('sessions.get', { id: busyId })).toMatchObject({ status: 'cancelled', presenters: '李警官' })
  })

  it('asks twice before deleting a session with records, and re-asks when the count changed meanwhile', async () => {
    await page.click('[data-testid="session-delete"]')
    await page.click('[data-testid="confirm-ok"]')
    await expect.poll(() => page.textContent('[data-testid="delete-count-warning"]')).toContain('2 条报名/签到记录')
    await page.screenshot({ path: screenshotPath('session-delete-zh') })
    await server.api('attendees.signUp', { sessionId: busyId, name: '王五', phone: '13700137000', consent: true })
    await page.click('[data-testid="confirm-ok"]')
    await expect.poll(() => page.textContent('[data-testid="confirm-dialog"] [role="alert"]')).toContain('记录数已变化')
    expect(await page.textContent('[data-testid="delete-count-warning"]')).toContain('3 条')
    expect(await server.api('sessions.get', { id: busyId })).toMatchObject({ registered: 3 })
    await page.click('[data-testid="confirm-ok"]')
    await expect.poll(() => page.url()).toMatch(/#\/sessions$/)
    await expect.poll(rowCount).toBe(1)
    const listed = await server.api<{ items: { id: string }[] }>('sessions.list', {})
    expect(listed.items.map((s) => s.id)).not.toContain(busyId)
  })

  it('Esc in the delete dialog keeps the session', async () => {
    await page.click('[data-testid="session-link"]')
    await page.click('[data-testid="session-delete"]')
    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('[data-testid="confirm-dialog"]').count()).toBe(0)
    expect((await server.api<{ items: unknown[] }>('sessions.list', {})).items).toHaveLength(1)
  })
})

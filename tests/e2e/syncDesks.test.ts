import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { launchChromium, screenshotPath } from '../helpers/chromium'
import { startServe, type ServeProcess } from '../helpers/serveProcess'
import { makeTempDir } from '../helpers/tempDatabase'

// One talk, two check-in desks on two laptops (two servers): afterwards the workers exchange merge files both
// ways in Settings → 合并其他电脑的记录, and both laptops end with every check-in.
let browser: Browser
let laptopA: ServeProcess
let laptopB: ServeProcess
let pageA: Page
let pageB: Page
let sessionId = ''
const temp = makeTempDir('outreach-e2e-sync-')

interface Roster {
  items: { name: string; checkedInAt: string | null }[]
  present: number
}

const checkedIn = async (laptop: ServeProcess) =>
  (await laptop.api<Roster>('attendance.list', { sessionId })).items
    .filter((entry) => entry.checkedInAt)
    .map((entry) => entry.name)
    .sort()

async function openSettings(laptop: ServeProcess, locale = 'zh-CN'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale, acceptDownloads: true })
  await page.goto(`${laptop.url}/#/settings`)
  await page.waitForSelector('[data-testid="sync-device"]')
  return page
}

/** Exports on `from` for the peer chosen in its list and imports the file on `to`, confirming the preview. */
async function exchange(from: Page, to: Page, expectInPreview: string, shot?: string): Promise<string> {
  const download = from.waitForEvent('download')
  await from.click('[data-testid="sync-export"]')
  const file = join(temp.dir, (await download).suggestedFilename())
  await (await download).saveAs(file)
  expect(file.endsWith('.outreach-sync')).toBe(true)
  await to.setInputFiles('[data-testid="sync-import"]', file)
  await to.waitForSelector('[data-testid="sync-preview"]')
  expect(await to.textContent('[data-testid="sync-preview"]')).toContain(expectInPreview)
  if (shot) {
    await to.locator('[data-testid="sync-panel"]').scrollIntoViewIfNeeded()
    await to.screenshot({ path: screenshotPath(shot) })
  }
  await to.click('[data-testid="sync-confirm"]')
  await expect.poll(() => to.textContent('[data-testid="sync-message"]').catch(() => '')).toContain('已合并')
  return file
}

beforeAll(async () => {
  laptopA = await startServe(join(temp.dir, 'a.sqlite'))
  laptopB = await startServe(join(temp.dir, 'b.sqlite'))
  browser = await launchChromium()
  sessionId = (await laptopA.api<{ id: string }>('sessions.create', { title: '守护钱袋子', startsAt: '2026-12-01T14:30:00+08:00', place: '党群服务中心' })).id
  for (const [name, phone] of [
    ['张三', '13800131234'],
    ['李四', '13900135678'],
  ]) {
    await laptopA.api('attendees.signUp', { sessionId, name, phone, consent: true })
  }
  pageA = await openSettings(laptopA)
  pageB = await openSettings(laptopB)
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await laptopA?.stop()
  await laptopB?.stop()
  temp.remove()
})

describe('two laptops at one talk merge their check-ins', () => {
  it('before the talk, laptop B takes everything from laptop A', async () => {
    await exchange(pageA, pageB, '新增 7 条记录', 'sync-preview-first-zh')
    expect((await laptopB.api<Roster>('attendance.list', { sessionId })).items.map((entry) => entry.name).sort()).toEqual(['张三', '李四'])
  })

  it('each desk checks people in; the same walk-in phone on both becomes one person', async () => {
    const roster = async (laptop: ServeProcess) => (await laptop.api<{ items: { attendeeId: string; name: string }[] }>('attendance.list', { sessionId })).items
    const zhang = (await roster(laptopA)).find((entry) => entry.name === '张三')!.attendeeId
    const li = (await roster(laptopB)).find((entry) => entry.name === '李四')!.attendeeId
    await laptopA.api('attendance.checkIn', { sessionId, attendeeId: zhang })
    await laptopB.api('attendance.checkIn', { sessionId, attendeeId: li })
    for (const laptop of [laptopA, laptopB]) {
      await laptop.api('attendees.signUp', { sessionId, name: '王五', phone: '13700137777', consent: true, confirmedNew: true })
    }
    const wang = (await roster(laptopB)).find((entry) => entry.name === '王五')!.attendeeId
    await laptopB.api('attendance.checkIn', { sessionId, attendeeId: wang })
    expect(await checkedIn(laptopA)).toEqual(['张三'])
  })

  it('after the talk they exchange both ways and both laptops hold every check-in', async () => {
    await pageB.reload()
    await pageB.waitForSelector('[data-testid="sync-device"]')
    // B imported from A, so its list offers A, chosen: only what changed since goes
    expect(await pageB.locator('[data-testid="sync-peer"] option').count()).toBe(2)
    await pageB.selectOption('[data-testid="sync-peer"]', { index: 1 })
    await exchange(pageB, pageA, '合并 1 位同一手机号的人员', 'sync-preview-merge-zh')
    await pageA.selectOption('[data-testid="sync-peer"]', { index: 1 })
    await exchange(pageA, pageB, '更新')
    for (const laptop of [laptopA, laptopB]) expect(await checkedIn(laptop)).toEqual(['张三', '李四', '王五'].sort())
    expect((await laptopA.api<Roster>('attendance.list', { sessionId })).items).toHaveLength(3)
    expect((await laptopB.api<Roster>('attendance.list', { sessionId })).items).toHaveLength(3)
    await pageB.screenshot({ path: screenshotPath('sync-done-zh') })
  })

  it('reads in English too', async () => {
    const page = await openSettings(laptopA, 'en')
    await page.evaluate(() => localStorage.setItem('outreach.locale', 'en'))
    await page.reload()
    await page.waitForSelector('[data-testid="sync-device"]')
    await page.locator('[data-testid="sync-panel"]').scrollIntoViewIfNeeded()
    expect(await page.textContent('[data-testid="sync-panel"]')).toContain('Merge records from other computers')
    await page.screenshot({ path: screenshotPath('sync-panel-en') })
  })
})

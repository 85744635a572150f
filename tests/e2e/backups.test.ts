import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { Browser, Page } from 'playwright-core'
import { launchChromium, screenshotPath } from '../helpers/chromium'
import { startServe, type ServeProcess } from '../helpers/serveProcess'
import { makeTempDir } from '../helpers/tempDatabase'

let browser: Browser
let server: ServeProcess
let page: Page
const temp = makeTempDir('outreach-e2e-backups-')

beforeAll(async () => {
  server = await startServe(join(temp.dir, 'outreach.sqlite'))
  const { id } = await server.api<{ id: string }>('sessions.create', { title: '备份演练', startsAt: '2026-12-01T10:00:00+08:00', place: '礼堂' })
  await server.api('attendees.signUp', { sessionId: id, name: '张三', phone: '13800138000', consent: true })
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  temp.remove()
})

const sessionTitles = async () => (await server.api<{ items: { title: string }[] }>('sessions.list', {})).items.map((s) => s.title).sort()

describe('backup and restore from Settings', () => {
  it('backs up now, shows what a backup holds, and restores it after confirmation', async () => {
    await page.goto(`${server.url}/#/settings`)
    await page.click('[data-testid="backup-create"]')
    await expect.poll(() => page.locator('[data-testid="backup-row"]').count()).toBe(1)
    await server.api('sessions.create', { title: '备份之后', startsAt: '2026-12-02T10:00:00+08:00', place: '礼堂' })
    expect(await sessionTitles()).toEqual(['备份之后', '备份演练'])

    await page.click('[data-testid="backup-restore"]')
    await expect.poll(() => page.textContent('[data-testid="confirm-dialog"]')).toContain('1 场活动、1 位人员、1 条签到记录')
    await page.screenshot({ path: screenshotPath('backups-restore-zh') })
    await page.click('[data-testid="confirm-ok"]')
    await expect.poll(() => page.textContent('[data-testid="backup-message"]')).toContain('已恢复')
    expect(await sessionTitles()).toEqual(['备份演练'])
    await expect.poll(() => page.locator('[data-testid="backup-row"]').count()).toBe(2)
  })

  it('exports the full archive as a download that holds every table', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="archive-export"]')])
    expect(download.suggestedFilename()).toMatch(/^outreach-archive-.*\.json\.gz$/)
    const archive = JSON.parse(gunzipSync(readFileSync((await download.path())!)).toString('utf8'))
    expect(archive.tables.sessions.map((s: { title: string }) => s.title)).toEqual(['备份演练'])
    expect(archive.tables.attendees[0].phone).toBe('13800138000')
  })
})

describe('damaged backups and the purge of old backups, as a worker sees them', () => {
  const backupDir = join(temp.dir, 'outreach-backups')
  const cutShort = 'outreach-2099-01-01T00-00-00-000Z-manual.sqlite'
  const tooOld = 'outreach-2020-03-01T08-00-00-000Z-daily.sqlite'
  let wide: Page

  beforeAll(async () => {
    const { fileName } = await server.api<{ fileName: string }>('backups.create')
    writeFileSync(join(backupDir, cutShort), readFileSync(join(backupDir, fileName)).subarray(0, 8192))
    copyFileSync(join(backupDir, fileName), join(backupDir, tooOld))
    wide = await browser.newPage({ viewport: { width: 1366, height: 768 } })
  })

  it('shows a backup cut short as damaged and offers no restore for it', async () => {
    await wide.goto(`${server.url}/#/settings`)
    const damagedRow = wide.locator('[data-testid="backup-row"]', { has: wide.locator('[data-testid="backup-damaged"]') })
    await expect.poll(() => damagedRow.count()).toBe(1)
    expect(await damagedRow.textContent()).toContain('已损坏')
    expect(await damagedRow.locator('[data-testid="backup-restore"]').count()).toBe(0)
    const rows = await wide.locator('[data-testid="backup-row"]').count()
    expect(await wide.locator('[data-testid="backup-restore"]').count()).toBe(rows - 1)
    await damagedRow.scrollIntoViewIfNeeded()
    await wide.screenshot({ path: screenshotPath('backups-damaged-zh') })
  })

  it('says in the purge preview that backups older than the retention period go too, then deletes them', async () => {
    await wide.click('[data-testid="purge-preview"]')
    await expect.poll(() => wide.textContent('[data-testid="purge-backups"]')).toMatch(/还将删除 1 个 \d{4}-\d{2}-\d{2} 以前的备份/)
    await wide.locator('[data-testid="purge-summary"]').scrollIntoViewIfNeeded()
    await wide.screenshot({ path: screenshotPath('purge-backups-zh') })
    await wide.click('[data-testid="purge-confirm"]')
    await expect.poll(() => wide.textContent('[data-testid="purge-done-backups"]')).toBe('另删除了 1 个旧备份。')
    const names = (await server.api<{ items: { fileName: string }[] }>('backups.list')).items.map((item) => item.fileName)
    expect(names).not.toContain(tooOld)
    expect(names).toContain(cutShort)
  })

  it('says the same in English', async () => {
    await wide.selectOption('[data-testid="settings-language"]', 'en')
    await expect.poll(() => wide.textContent('[data-testid="backup-damaged"]')).toContain('Damaged')
    expect(await wide.textContent('[data-testid="backup-panel"]')).toContain('People you deleted do not come back')
    await wide.locator('[data-testid="backup-damaged"]').scrollIntoViewIfNeeded()
    await wide.screenshot({ path: screenshotPath('backups-damaged-en') })
  })
})

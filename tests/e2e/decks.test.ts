import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchChromium, screenshotPath } from '../helpers/chromium'
import { startServe, type ServeProcess } from '../helpers/serveProcess'
import { makeTempDir } from '../helpers/tempDatabase'

let browser: Browser
let context: BrowserContext
let server: ServeProcess
let page: Page
let audience: Page
let sessionId: string
const temp = makeTempDir('outreach-e2e-decks-')

const TINY_PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f8a1b60000000049454e44ae426082', 'hex')
const api = <T>(method: string, input: unknown): Promise<T> => server.api<T>(method, input)

beforeAll(async () => {
  server = await startServe(join(temp.dir, 'outreach.sqlite'))
  browser = await launchChromium()
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', acceptDownloads: true })
  page = await context.newPage()
  sessionId = (await api<{ id: string }>('sessions.create', { title: '守护钱袋子', startsAt: '2026-12-01T14:30:00+08:00', place: '幸福社区活动室' })).id
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  temp.remove()
})

const consoleState = async () => {
  const element = page.locator('[data-testid=presenter-console]')
  return `${await element.getAttribute('data-index')}.${await element.getAttribute('data-step')}.${await element.getAttribute('data-blank')}`
}
const audienceState = async () => {
  const slide = audience.locator('[data-testid=audience-slide]')
  return `${await slide.getAttribute('data-index')}.${await slide.getAttribute('data-step')}`
}

describe('the deck library', () => {
  it('lists the built-in decks in the sidebar area, read-only', async () => {
    await page.goto(server.url)
    await page.click('[data-testid=nav-decks]')
    await expect.poll(() => page.locator('[data-testid=deck-card]').count()).toBe(12)
    expect(await page.locator('[data-testid=deck-edit]').count()).toBe(0)
    await page.screenshot({ path: screenshotPath('decks-library-zh'), fullPage: true })
  })

  it('refuses a malformed deck file with a clear message and changes nothing', async () => {
    const exported = await api<{ content: string }>('decks.export', { id: 'builtin-seven-tips' })
    const broken = JSON.parse(exported.content) as { slides: { title?: unknown }[] }
    delete broken.slides[1].title
    await page.setInputFiles('[data-testid=deck-import-file]', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) })
    await expect.poll(() => page.textContent('[data-testid=deck-problem]')).toContain('没有导入任何内容')
    expect(await page.textContent('[data-testid=deck-problem]')).toContain('第 2 张幻灯片 › 标题：必填')
    await page.setInputFiles('[data-testid=deck-import-file]', { name: 'photo.json', mimeType: 'application/json', buffer: Buffer.from('\u0089PNG garbage') })
    await expect.poll(() => page.textContent('[data-testid=deck-problem]')).toContain('不是幻灯片文件')
    expect(await page.locator('[data-testid=deck-card]').count()).toBe(12)
    expect((await api<{ items: unknown[] }>('decks.list', {})).items).toHaveLength(12)
  })

  it('exports a deck as one file that imports back as a custom deck', async () => {
    const card = page.locator('[data-deck-id=builtin-who-to-call]')
    const [download] = await Promise.all([page.waitForEvent('download'), card.locator('[data-testid=deck-export]').click()])
    expect(download.suggestedFilename()).toBe('遇事找谁问.deck.json')
    const file = join(temp.dir, download.suggestedFilename())
    await download.saveAs(file)
    await page.setInputFiles('[data-testid=deck-import-file]', file)
    await expect.poll(() => page.textContent('[data-testid=deck-notice]')).toContain('已导入：遇事找谁问')
    await expect.poll(() => page.locator('[data-testid=deck-card]').count()).toBe(13)
  })
})

describe('editing a copy of a built-in deck', () => {
  it('duplicates, edits text, adds, reorders and removes slides, saves, and the edit survives a reload', async () => {
    await page.locator('[data-deck-id=builtin-two-cards-students-workers] [data-testid=deck-duplicate]').click()
    await page.waitForSelector('[data-testid=slide-fields]')
    expect(page.url()).toContain('/edit')
    await page.fill('[data-testid=field-title-zh-CN]', '我们社区的“两卡”讲座')
    await page.fill('[data-testid=field-title-en]', '')
    expect(await page.textContent('[data-testid=editor-preview]')).toContain('我们社区的“两卡”讲座')
    await expect.poll(() => page.isVisible('[data-testid=editor-unsaved]')).toBe(true)

    await page.selectOption('[data-testid=add-slide-kind]', 'statement')
    await page.click('[data-testid=add-slide]')
    await page.fill('[data-testid=field-text-zh-CN]', '不卖卡，不借卡，不租卡')
    await page.selectOption('[data-testid=field-pictogram]', 'ban')
    await expect.poll(() => page.locator('[data-testid=editor-preview] [data-pictogram=ban]').count()).toBe(1)
    await page.click('[data-testid=slide-down]')
    expect(await page.locator('[data-testid=editor-slide]').count()).toBe(11)

    await page.selectOption('[data-testid=add-slide-kind]', 'imageText')
    await page.click('[data-testid=add-slide]')
    await page.setInputFiles('[data-testid=image-file]', { name: 'station.png', mimeType: 'image/png', buffer: TINY_PNG })
    await expect.poll(() => page.locator('[data-testid=editor-preview] img').getAttribute('src')).toMatch(/^data:image\/png;base64,/)
    await page.setInputFiles('[data-testid=image-file]', { name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('not really a picture') })
    await expect.poll(() => page.textContent('[data-testid=editor-problem]')).toContain('只能插入 PNG、JPEG 或 WebP')
    page.once('dialog', (dialog) => void dialog.accept())
    await page.click('[data-testid=slide-remove]')
    await page.locator('[data-testid=editor-slide]').nth(2).locator('button.pick').click()
    await page.locator('[data-testid=editor-slide]').nth(3).locator('button.pick').click()
    page.once('dialog', (dialog) => void dialog.accept())
    await page.click('[data-testid=slide-remove]')
    expect(await page.locator('[data-testid=editor-slide]').count()).toBe(10)
    await page.screenshot({ path: screenshotPath('deck-editor-zh'), fullPage: true })

    await page.locator('[data-testid=editor-slide]').nth(1).locator('button.pick').click()
    await page.fill('[data-testid=field-title-zh-CN]', '')
    await page.fill('[data-testid=field-title-en]', ' ')
    await page.click('[data-testid=editor-save]')
    await expect.poll(() => page.textContent('[data-testid=editor-problem]')).toBe('没有保存：第 2 张幻灯片 › 标题 › 中文：必填；第 2 张幻灯片 › 标题 › 英文：必填')
    expect(await page.locator('[data-testid=editor-slide]').nth(1).getAttribute('class')).toContain('error')
    await page.fill('[data-testid=field-title-zh-CN]', '什么是“两卡”')
    await page.fill('[data-testid=field-title-en]', 'What are the “two cards”?')

    await page.click('[data-testid=editor-save]')
    await expect.poll(() => page.textContent('[data-testid=editor-status]')).toBe('已保存')
    await page.reload()
    await page.waitForSelector('[data-testid=slide-fields]')
    const slides = page.locator('[data-testid=editor-slide]')
    expect(await slides.count()).toBe(10)
    expect(await slides.nth(0).textContent()).toContain('我们社区的“两卡”讲座')
    expect(await slides.nth(2).textContent()).toContain('不卖卡，不借卡，不租卡')
    expect(await slides.nth(1).textContent()).toContain('什么是“两卡”')
    expect(await page.inputValue('[data-testid=field-title-en]')).toBe('我们社区的“两卡”讲座')
    await slides.nth(2).locator('button.pick').click()
    expect(await page.inputValue('[data-testid=field-pictogram]')).toBe('ban')
  })

  it('presents the edited copy', async () => {
    const deckId = /#\/decks\/([a-z0-9-]+)\/edit/.exec(page.url())![1]
    await page.goto(`${server.url}/#/present/${deckId}`)
    await page.click('[data-testid=presenter-start]')
    await page.waitForSelector('[data-testid=presenter-console]')
    expect(await page.locator('[data-testid=presenter-console] [data-testid=slide-canvas]').first().textContent()).toContain('我们社区的“两卡”讲座')
    await page.keyboard.press('3')
    await page.keyboard.press('Enter')
    expect(await page.locator('[data-testid=presenter-console] [data-testid=slide-canvas]').first().textContent()).toContain('不卖卡，不借卡，不租卡')
    await page.keyboard.press('Escape')
    await page.keyboard.press('Escape')
    await page.waitForSelector('[data-testid=deck-card]')
  })
})

describe('presenting a built-in deck for a session', () => {
  it('starts from the session with this talk’s police station', async () => {
    await page.setViewportSize({ width: 1366, height: 768 })
    await page.goto(`${server.url}/#/decks?session=${sessionId}`)
    await expect.poll(() => page.textContent('[data-testid=decks-for-session]')).toContain('为活动“守护钱袋子”选择要放映的幻灯片')
    await page.locator('[data-deck-id=builtin-two-cards-students-workers] [data-testid=deck-present]').click()
    await page.waitForSelector('[data-testid=presenter-setup]')
    expect(await page.inputValue('[data-testid=presenter-session]')).toBe(sessionId)
    await page.fill('[data-testid=presenter-variable-policeStation]', '幸福路派出所')
    await page.fill('[data-testid=presenter-countdown]', '45')
    await page.screenshot({ path: screenshotPath('presenter-setup-zh') })
    await page.click('[data-testid=presenter-start]')
    await page.waitForSelector('[data-testid=presenter-console]')
    expect(await consoleState()).toBe('0.0.none')
    expect(await page.textContent('[data-testid=slide-position]')).toBe('1 / 10')
    expect(await page.textContent('[data-testid=timer-elapsed]')).toMatch(/已用时 0:0\d/)
    expect(await page.textContent('[data-testid=timer-remaining]')).toMatch(/剩余 (45:00|44:5\d)/)
  })

  it('opens the audience window, which follows the presenter', async () => {
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.click('[data-testid=open-audience]')])
    audience = popup
    await audience.setViewportSize({ width: 1280, height: 720 })
    await audience.waitForSelector('[data-testid=audience-slide]')
    expect(await audienceState()).toBe('0.0')
    await page.bringToFront()
    await page.keyboard.press('ArrowRight')
    await expect.poll(audienceState).toBe('1.0')
    expect(await audience.locator('[data-testid=slide-bullet]').evaluateAll((items) => items.map((item) => getComputedStyle(item).visibility))).toEqual([
      'visible',
      'hidden',
      'hidden',
    ])
  })

  it('steps through bullets with every clicker key, and jumps with Home, End and a number', async () => {
    await page.keyboard.press('Space')
    expect(await consoleState()).toBe('1.1.none')
    await page.keyboard.press('PageDown')
    expect(await consoleState()).toBe('1.2.none')
    await page.keyboard.press('ArrowRight')
    expect(await consoleState()).toBe('2.0.none')
    await page.keyboard.press('PageUp')
    expect(await consoleState()).toBe('1.2.none')
    await page.keyboard.press('ArrowLeft')
    expect(await consoleState()).toBe('1.1.none')
    await page.keyboard.press('End')
    expect(await consoleState()).toBe('9.0.none')
    await page.keyboard.press('Home')
    expect(await consoleState()).toBe('0.0.none')
    await page.keyboard.press('7')
    expect(await page.textContent('[data-testid=typed-number]')).toContain('7')
    await page.keyboard.press('Enter')
    expect(await consoleState()).toBe('6.0.none')
    await expect.poll(audienceState).toBe('6.0')
  })

  it('blanks to black and white, and any move brings the slide back', async () => {
    await page.keyboard.press('b')
    expect(await consoleState()).toBe('6.0.black')
    await expect.poll(() => audience.locator('[data-testid=audience]').getAttribute('class')).toContain('blank-black')
    expect(await audience.isVisible('[data-testid=audience-slide]')).toBe(false)
    await audience.screenshot({ path: screenshotPath('audience-black') })
    await page.keyboard.press('b')
    expect(await consoleState()).toBe('6.0.none')
    await page.keyboard.press('.')
    expect(await consoleState()).toBe('6.0.black')
    await page.keyboard.press('w')
    expect(await consoleState()).toBe('6.0.white')
    await expect.poll(() => audience.locator('[data-testid=audience]').getAttribute('class')).toContain('blank-white')
    await page.keyboard.press('ArrowRight')
    expect(await consoleState()).toBe('6.1.none')
    await expect.poll(() => audience.isVisible('[data-testid=audience-slide]')).toBe(true)
  })

  it('a clicker aimed at the audience window still drives the talk', async () => {
    await audience.bringToFront()
    await audience.keyboard.press('PageDown')
    await expect.poll(consoleState).toBe('6.2.none')
    await audience.keyboard.press('PageUp')
    await expect.poll(consoleState).toBe('6.1.none')
    await page.bringToFront()
  })

  it('reveals the quiz answer on both screens and records the show of hands for the session', async () => {
    await page.keyboard.press('8')
    await page.keyboard.press('Enter')
    expect(await consoleState()).toBe('7.0.none')
    await expect.poll(audienceState).toBe('7.0')
    expect(await audience.locator('[data-testid=quiz-explanation]').evaluate((item) => getComputedStyle(item).visibility)).toBe('hidden')
    expect(await audience.locator('[data-testid=quiz-option].correct').count()).toBe(0)
    await page.screenshot({ path: screenshotPath('presenter-quiz-zh') })
    await page.click('[data-testid=quiz-reveal]')
    await expect.poll(audienceState).toBe('7.1')
    expect(await audience.locator('[data-testid=quiz-explanation]').evaluate((item) => getComputedStyle(item).visibility)).toBe('visible')
    expect(await audience.locator('[data-testid=quiz-option]').nth(2).getAttribute('class')).toContain('correct')
    await audience.screenshot({ path: screenshotPath('audience-quiz-revealed-zh') })

    await page.fill('[data-testid=quiz-correct]', '23')
    await page.fill('[data-testid=quiz-total]', '30')
    await page.click('[data-testid=quiz-record]')
    await expect.poll(() => page.textContent('[data-testid=quiz-message]')).toBe('已记下：23 人答对')
    await page.fill('[data-testid=quiz-correct]', '40')
    await page.click('[data-testid=quiz-record]')
    await expect.poll(() => page.textContent('[data-testid=quiz-message]')).toContain('答对人数不能多于举手总人数')
    await page.screenshot({ path: screenshotPath('presenter-quiz-revealed-zh') })
  })

  it('shows every slide in the overview, and a click goes there', async () => {
    await page.keyboard.press('o')
    await page.waitForSelector('[data-testid=slide-overview]')
    expect(await page.locator('[data-testid=slide-overview] [data-testid=slide-canvas]').count()).toBe(10)
    await page.waitForTimeout(300)
    await page.screenshot({ path: screenshotPath('presenter-overview-zh') })
    await page.click('[data-testid=overview-slide-10]')
    expect(await consoleState()).toBe('9.0.none')
    expect(await page.locator('[data-testid=presenter-console] [data-testid=slide-canvas]').first().textContent()).toContain('幸福路派出所')
    await page.screenshot({ path: screenshotPath('presenter-zh') })
  })

  it('can show only the slide in the presenter window (projector mirroring the laptop); Esc comes back', async () => {
    await page.click('[data-testid=slides-only]')
    await page.waitForSelector('[data-testid=slides-only-view] [data-testid=slide-canvas]')
    expect(await page.isVisible('[data-testid=presenter-notes]')).toBe(false)
    await page.keyboard.press('ArrowLeft')
    expect(await consoleState()).toBe('8.1.none')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Escape')
    expect(await page.isVisible('[data-testid=slides-only-view]')).toBe(false)
    expect(await page.isVisible('[data-testid=esc-armed]')).toBe(false)
  })

  it('Esc twice ends the show; the session records which deck was shown, when, and the quiz count', async () => {
    await page.keyboard.press('Escape')
    expect(await page.isVisible('[data-testid=esc-armed]')).toBe(true)
    await page.keyboard.press('Escape')
    await page.waitForSelector('[data-testid=deck-card]')
    await expect.poll(() => audience.textContent('[data-testid=audience]')).toContain('放映结束')
    const { items } = await api<{
      items: { deckId: string; startedAt: string; endedAt: string | null; variables: Record<string, string>; quiz: { correctHands: number; totalHands: number }[] }[]
    }>('presentations.listForSession', { sessionId })
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({ deckId: 'builtin-two-cards-students-workers', variables: { policeStation: '幸福路派出所' }, quiz: [{ correctHands: 23, totalHands: 30 }] })
    expect(items[0].endedAt! >= items[0].startedAt).toBe(true)
    await audience.close()
  })
})

describe('in English', () => {
  it('presents English slides and presenter texts', async () => {
    await page.selectOption('[data-testid=language-switch]', 'en')
    await page.screenshot({ path: screenshotPath('decks-library-en'), fullPage: true })
    await page.goto(`${server.url}/#/present/builtin-seven-tips`)
    await page.waitForSelector('[data-testid=presenter-setup]')
    expect(await page.inputValue('[data-testid=presenter-language]')).toBe('en')
    await page.selectOption('[data-testid=presenter-theme]', 'largePrint')
    await page.click('[data-testid=presenter-start]')
    await page.waitForSelector('[data-testid=presenter-console]')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    expect(await page.textContent('[data-testid=presenter-console]')).toContain('Tip 1:')
    expect(await page.textContent('[data-testid=presenter-notes]')).toContain('No police, prosecutors or courts handle cases over the phone')
    await page.waitForTimeout(300)
    await page.screenshot({ path: screenshotPath('presenter-en') })
  })
})

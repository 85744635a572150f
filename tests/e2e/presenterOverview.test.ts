import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { launchChromium, screenshotPath } from '../helpers/chromium'
import { startServe, type ServeProcess } from '../helpers/serveProcess'
import { makeTempDir } from '../helpers/tempDatabase'
import { builtinDecks } from '../../src-main/decks/builtinDecks'

/**
 * The presenter's overview (O) shows each slide whole, scaled down, at any window size and in both slide
 * shapes: a title slide shows its title, a bullet slide its bullets, and nothing is cropped by its box.
 */
let browser: Browser
let server: ServeProcess
const temp = makeTempDir('outreach-e2e-overview-')
const DECK = 'builtin-seven-tips'
const SLIDE_COUNT = builtinDecks.find((deck) => deck.id === DECK)!.slides.length

beforeAll(async () => {
  server = await startServe(join(temp.dir, 'outreach.sqlite'))
  browser = await launchChromium()
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  temp.remove()
})

interface ThumbFacts {
  count: number
  /** Thumbnails whose slide canvas is not wholly inside its box. */
  cropped: number[]
  /** Of the thumbnails on screen: text that hit-testing does not find where it is drawn (clipped or covered). */
  unseen: string[]
  titleSlideTitle: string
  secondSlideBullets: number
  ratios: number[]
}

async function overviewFacts(page: Page): Promise<ThumbFacts> {
  return page.evaluate(() => {
    const thumbs = [...document.querySelectorAll<HTMLElement>('[data-testid=overview-thumb]')]
    const cropped: number[] = []
    const unseen: string[] = []
    const ratios: number[] = []
    const inside = (inner: DOMRect, outer: DOMRect) =>
      inner.left >= outer.left - 1 && inner.right <= outer.right + 1 && inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1
    const onScreen = (rect: DOMRect) => rect.top >= 0 && rect.bottom <= innerHeight && rect.left >= 0 && rect.right <= innerWidth
    thumbs.forEach((thumb, index) => {
      // The button around the slide is what the presenter sees of it.
      const box = thumb.closest('button')!.getBoundingClientRect()
      const canvas = thumb.querySelector<HTMLElement>('[data-testid=slide-canvas]')!.getBoundingClientRect()
      ratios.push(Math.round((canvas.width / canvas.height) * 100) / 100)
      if (!inside(canvas, box) || canvas.width < box.width - 12) cropped.push(index + 1)
      if (!onScreen(box)) return
      for (const text of thumb.querySelectorAll<HTMLElement>('.big-title, .subtitle, .slide-title, [data-testid=slide-bullet]')) {
        const rect = text.getBoundingClientRect()
        const hit = document.elementFromPoint(rect.left + Math.min(rect.width / 2, 20), rect.top + rect.height / 2)
        if (!hit || !text.contains(hit)) unseen.push(`#${index + 1} "${(text.textContent ?? '').trim().slice(0, 20)}"`)
      }
    })
    const first = thumbs[0]
    return {
      count: thumbs.length,
      cropped,
      unseen,
      titleSlideTitle: first?.querySelector('.big-title')?.textContent?.trim() ?? '',
      secondSlideBullets: thumbs[1]?.querySelectorAll('[data-testid=slide-bullet]').length ?? 0,
      ratios,
    }
  })
}

const CASES = [
  { width: 1280, height: 720, aspect: '16:9', ratio: 1.78 },
  { width: 1024, height: 768, aspect: '16:9', ratio: 1.78 },
  { width: 1920, height: 1080, aspect: '16:9', ratio: 1.78 },
  { width: 1280, height: 720, aspect: '4:3', ratio: 1.33 },
  { width: 1024, height: 768, aspect: '4:3', ratio: 1.33 },
  { width: 1920, height: 1080, aspect: '4:3', ratio: 1.33 },
] as const

describe('the presenter overview', () => {
  for (const size of CASES) {
    it(`shows every slide whole at ${size.width}×${size.height} in ${size.aspect}`, async () => {
      const page = await browser.newPage({ viewport: { width: size.width, height: size.height }, locale: 'zh-CN' })
      await page.goto(`${server.url}/#/present/${DECK}`)
      await page.selectOption('[data-testid=presenter-aspect]', size.aspect)
      await page.click('[data-testid=presenter-start]')
      await page.waitForSelector('[data-testid=presenter-console]')
      await page.keyboard.press('o')
      await page.waitForSelector('[data-testid=slide-overview]')
      await page.evaluate(() => document.fonts.ready)
      await expect.poll(() => page.locator('[data-testid=slide-overview] [data-testid=slide-canvas][data-fitted=true]').count()).toBe(SLIDE_COUNT)
      const facts = await overviewFacts(page)
      await page.screenshot({ path: screenshotPath(`presenter-overview-${size.width}x${size.height}-${size.aspect.replace(':', 'x')}`) })
      expect(facts.count).toBe(SLIDE_COUNT)
      expect(facts.ratios.every((ratio) => Math.abs(ratio - size.ratio) < 0.02)).toBe(true)
      expect(facts.cropped).toEqual([])
      expect(facts.titleSlideTitle).toBe('防范电诈七个小贴士')
      expect(facts.secondSlideBullets).toBeGreaterThanOrEqual(3)
      expect(facts.unseen).toEqual([])
      await page.close()
    })
  }

  it('keeps the chosen shape for the audience window and the next talk on this computer', async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 768 }, locale: 'zh-CN' })
    await page.goto(`${server.url}/#/present/${DECK}`)
    await page.selectOption('[data-testid=presenter-aspect]', '4:3')
    await page.reload()
    expect(await page.inputValue('[data-testid=presenter-aspect]')).toBe('4:3')
    await page.click('[data-testid=presenter-start]')
    const [audience] = await Promise.all([page.waitForEvent('popup'), page.click('[data-testid=open-audience]')])
    await audience.waitForSelector('[data-testid=slide-canvas][data-aspect="4:3"]')
    expect(await page.locator('[data-testid=presenter-console] [data-testid=slide-canvas][data-aspect="4:3"]').count()).toBeGreaterThan(0)
    await audience.close()
    await page.close()
  })
})

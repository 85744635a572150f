import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { launchChromium, screenshotPath } from '../helpers/chromium'
import { startServe, type ServeProcess } from '../helpers/serveProcess'
import { makeTempDir } from '../helpers/tempDatabase'
import { builtinDecks } from '../../src-main/decks/builtinDecks'
import { lastStep } from '../../src-renderer/logic/deckNavigation'
import type { DeckFile } from '../../src-main/contract/deckFormat'

/**
 * Every built-in slide, fully revealed, in both languages and both themes, at 1920×1080 and 1280×720 in 16:9
 * and on a 1024×768 projector in 4:3: no text may overflow its box or leave the slide, and no text may be
 * smaller than MIN_DESIGN_FONT_PX on the 1920 px wide design canvas. A 4:3 slide fills a 4:3 projector's width
 * where a 16:9 one is letterboxed, so its minimum is the same share of the canvas width (on the same projector
 * its text is at least as large as the 16:9 slide's).
 */
const MIN_DESIGN_FONT_PX = 46
const minFontFor = (aspect: '16:9' | '4:3') => (aspect === '4:3' ? (MIN_DESIGN_FONT_PX * 1440) / 1920 : MIN_DESIGN_FONT_PX)
const CHANNEL = 'overflow-check'

let browser: Browser
let server: ServeProcess
const temp = makeTempDir('outreach-e2e-slides-')

beforeAll(async () => {
  server = await startServe(join(temp.dir, 'outreach.sqlite'))
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  temp.remove()
})

interface Measurement {
  problems: string[]
  minFontPx: number
}

/** Runs in the audience page: shows one slide through the same channel the presenter uses, then measures it. */
const SHOW_AND_MEASURE = `async (state) => {
  window.__overflowChannel ??= new BroadcastChannel('outreach-${CHANNEL}')
  window.__overflowChannel.postMessage({ type: 'state', state })
  const slideId = state.deck.slides[state.index].id
  const selector = '[data-testid=slide-canvas][data-fitted=true][data-slide-id="' + slideId + '"][lang="' + state.language + '"][data-theme="' + state.theme + '"][data-aspect="' + (state.aspect ?? '16:9') + '"]'
  let canvas = null
  for (let i = 0; i < 100 && !canvas; i++) {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    canvas = document.querySelector(selector)
  }
  if (!canvas) return { problems: ['slide never rendered'], minFontPx: 0 }
  await document.fonts.ready
  const problems = []
  const box = canvas.getBoundingClientRect()
  const scale = box.height / 1080
  const designWidth = state.aspect === '4:3' ? 1440 : 1920
  if (Math.abs(box.width / scale - designWidth) > 2) problems.push('canvas is ' + Math.round(box.width / scale) + ' design px wide, not ' + designWidth)
  if (box.left < -1 || box.top < -1 || box.right > innerWidth + 1 || box.bottom > innerHeight + 1) problems.push('slide larger than the window')
  let minFontPx = Infinity
  for (const element of canvas.querySelectorAll('*')) {
    const style = getComputedStyle(element)
    if (style.visibility === 'hidden' || style.display === 'none') problems.push('hidden element: ' + element.className)
    const hasText = [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent.trim())
    if (hasText) minFontPx = Math.min(minFontPx, parseFloat(style.fontSize))
    if (style.display !== 'inline' && (element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1)) {
      problems.push('overflows: ' + element.tagName + '.' + element.className + ' "' + element.textContent.slice(0, 40) + '"')
    }
    const rect = element.getBoundingClientRect()
    if (rect.width && (rect.left < box.left - 1 || rect.right > box.right + 1 || rect.top < box.top - 1 || rect.bottom > box.bottom + 1)) {
      problems.push('outside the slide: ' + element.tagName + ' "' + element.textContent.slice(0, 40) + '"')
    }
  }
  return { problems, minFontPx: Math.round(minFontPx * 10) / 10, scale }
}`

function defaultValues(deck: DeckFile, language: 'zh-CN' | 'en'): Record<string, string> {
  return Object.fromEntries(Object.entries(deck.variables ?? {}).map(([name, text]) => [name, text[language]]))
}

/** A real, long police-station name is the worst case for {{policeStation}}. */
const LONG_VALUES = { 'zh-CN': { policeStation: '呼和浩特市赛罕区大学东路派出所' }, en: { policeStation: 'Daxue East Road Police Station, Saihan District' } }

async function openAudience(width: number, height: number, locale: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height }, locale })
  await page.goto(`${server.url}/#/audience/${CHANNEL}`)
  await page.waitForSelector('[data-testid=audience]')
  return page
}

const SIZES = [
  { width: 1920, height: 1080, aspect: '16:9' },
  { width: 1280, height: 720, aspect: '16:9' },
  { width: 1024, height: 768, aspect: '4:3' },
] as const

describe('every built-in slide fits, in both languages, both themes, both shapes and every size', () => {
  for (const size of SIZES) {
    it(`${size.width}×${size.height} (${size.aspect})`, async () => {
      const page = await openAudience(size.width, size.height, 'zh-CN')
      const failures: string[] = []
      let smallest = Infinity
      let checked = 0
      for (const deck of builtinDecks) {
        for (const language of ['zh-CN', 'en'] as const) {
          for (const theme of ['standard', 'largePrint'] as const) {
            const values = { ...defaultValues(deck, language), ...LONG_VALUES[language] }
            for (const [index, slide] of deck.slides.entries()) {
              const state = { deck, language, theme, aspect: size.aspect, values, images: {}, index, step: lastStep(slide), blank: 'none', ended: false }
              const result = (await page.evaluate(`(${SHOW_AND_MEASURE})(${JSON.stringify(state)})`)) as Measurement & { scale: number }
              checked++
              const designFont = result.minFontPx / result.scale
              smallest = Math.min(smallest, designFont)
              if (designFont < minFontFor(size.aspect)) result.problems.push(`text of ${designFont.toFixed(1)}px on the design canvas`)
              for (const problem of result.problems) failures.push(`${deck.id} #${index + 1} ${slide.kind} ${language} ${theme} ${size.aspect}: ${problem}`)
            }
          }
        }
      }
      expect(checked).toBe(builtinDecks.reduce((sum, deck) => sum + deck.slides.length, 0) * 4)
      expect(failures).toEqual([])
      expect(smallest).toBeGreaterThanOrEqual(minFontFor(size.aspect))
      await page.close()
    }, 300_000)
  }

  it('looks right: screenshots of a title, bullets, a statement and a revealed quiz', async () => {
    const shots: [string, string, 'zh-CN' | 'en', 'standard' | 'largePrint', number][] = [
      ['slide-title-zh', 'builtin-seven-tips', 'zh-CN', 'standard', 0],
      ['slide-bullets-zh', 'builtin-fraud-types', 'zh-CN', 'standard', 3],
      ['slide-bullets-en', 'builtin-fraud-types', 'en', 'standard', 3],
      ['slide-bullets-large-en', 'builtin-eight-anyones', 'en', 'largePrint', 2],
      ['slide-statement-zh', 'builtin-who-to-call', 'zh-CN', 'largePrint', -1],
      ['slide-quiz-zh', 'builtin-two-cards', 'zh-CN', 'standard', -2],
      ['slide-quiz-en', 'builtin-two-cards', 'en', 'standard', -2],
      ['slide-pictogram-bullets-zh', 'builtin-ai-face-voice', 'zh-CN', 'standard', 4],
      ['slide-pictogram-bullets-en', 'builtin-five-types', 'en', 'largePrint', 2],
      ['slide-pictogram-statement-en', 'builtin-anti-fraud-law', 'en', 'standard', 1],
    ]
    const shots43: [string, string, 'zh-CN' | 'en', 'standard' | 'largePrint', number][] = [
      ['slide-43-title-en', 'builtin-seven-tips', 'en', 'standard', 0],
      ['slide-43-bullets-large-zh', 'builtin-eight-anyones', 'zh-CN', 'largePrint', 2],
    ]
    const page = await openAudience(1920, 1080, 'zh-CN')
    for (const [name, deckId, language, theme, which] of shots) {
      const deck = builtinDecks.find((candidate) => candidate.id === deckId)!
      const kind = which === -1 ? 'statement' : which === -2 ? 'quiz' : undefined
      const index = kind ? deck.slides.findIndex((slide) => slide.kind === kind) : which
      const state = { deck, language, theme, values: defaultValues(deck, language), images: {}, index, step: lastStep(deck.slides[index]), blank: 'none', ended: false }
      const result = (await page.evaluate(`(${SHOW_AND_MEASURE})(${JSON.stringify(state)})`)) as Measurement
      expect(result.problems).toEqual([])
      await page.screenshot({ path: screenshotPath(name) })
    }
    await page.close()
    const projector = await openAudience(1024, 768, 'zh-CN')
    for (const [name, deckId, language, theme, index] of shots43) {
      const deck = builtinDecks.find((candidate) => candidate.id === deckId)!
      const state = {
        deck,
        language,
        theme,
        aspect: '4:3',
        values: defaultValues(deck, language),
        images: {},
        index,
        step: lastStep(deck.slides[index]),
        blank: 'none',
        ended: false,
      }
      const result = (await projector.evaluate(`(${SHOW_AND_MEASURE})(${JSON.stringify(state)})`)) as Measurement
      expect(result.problems).toEqual([])
      await projector.screenshot({ path: screenshotPath(name) })
    }
    await projector.close()
  })
})

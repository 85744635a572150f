import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { launchChromium, screenshotPath } from '../helpers/chromium'
import { startServe, type ServeProcess } from '../helpers/serveProcess'
import { makeTempDir } from '../helpers/tempDatabase'
import { pdfFacts, renderPages } from '../helpers/pdfTools'
import { blankSharesFromBottom } from '../helpers/pdfBlankShare'
import { builtinDecks } from '../../src-main/decks/builtinDecks'
import { seriousAxeViolations } from '../helpers/layoutProbe'

let browser: Browser
let server: ServeProcess
let page: Page
const temp = makeTempDir('outreach-handout-pages-')

beforeAll(async () => {
  server = await startServe(join(temp.dir, 'outreach.sqlite'))
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  temp.remove()
})

/** Prints a tip handout as print.test.ts does (Chromium's print to PDF, CSS page size) and measures its pages. */
async function printHandout(query: string, name: string): Promise<{ shares: number[]; file: string }> {
  await page.goto('about:blank')
  await page.goto(`${server.url}/#/print/tips?${query}`)
  await page.waitForSelector('[data-print-ready="true"]', { timeout: 45_000, state: 'attached' })
  const file = join(temp.dir, `${name}.pdf`)
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true })
  const pages = pdfFacts(file).pages
  renderPages(file, screenshotPath(`handout-${name}`), pages, pages)
  return { shares: blankSharesFromBottom(file, 12), file }
}

const DECKS = ['builtin-seven-tips', 'builtin-who-to-call', 'builtin-fraud-types'] as const
const VARIANTS = DECKS.flatMap((deck) =>
  (['A4', 'A5'] as const).flatMap((paper) => (['zh-CN', 'en', 'both'] as const).flatMap((lang) => (['large', 'extraLarge'] as const).map((size) => ({ deck, paper, lang, size })))),
)

describe('tip handouts waste no paper', () => {
  it.each(VARIANTS)('$deck on $paper, $lang, $size: no page more than half blank unless it is the only one', async ({ deck, paper, lang, size }) => {
    const name = `${deck.replace('builtin-', '')}-${paper}-${lang}-${size}`
    const { shares } = await printHandout(`deck=${deck}&paper=${paper}&lang=${lang}&size=${size}`, name)
    const rounded = shares.map((share) => Math.round(share * 100) / 100)
    if (shares.length > 1)
      expect(
        rounded.filter((share) => share > 0.5),
        `blank shares of ${name}: ${rounded.join(', ')}`,
      ).toEqual([])
    // Never smaller than asked; larger only with a word to the worker.
    const body = await page.$eval('[data-testid="handout-tip"] li', (li) => (parseFloat(getComputedStyle(li).fontSize) * 72) / 96)
    expect(body).toBeGreaterThanOrEqual(size === 'large' ? 13.9 : 17.9)
    if (body > (size === 'large' ? 14.1 : 18.1)) expect(await page.textContent('[data-testid="handout-grown"]')).toContain(`${Math.round(body)}`)
    else expect(await page.locator('[data-testid="handout-grown"]').count()).toBe(0)
  })
})

/** Every built-in deck fits one sheet in Chinese; these are too long at 14 pt even on both sides. */
const TOO_LONG_FOR_ONE_SHEET = new Set(['builtin-seven-tips/both', 'builtin-fraud-types/en', 'builtin-fraud-types/both'])

describe('the tip handout on one sheet', () => {
  it.each(DECKS.flatMap((deck) => (['zh-CN', 'en', 'both'] as const).map((lang) => ({ deck, lang }))))(
    '$deck, $lang: one side or both sides of one A4 sheet, never below 14 pt, the back not half blank',
    async ({ deck, lang }) => {
      const name = `${deck.replace('builtin-', '')}-A4-${lang}-oneSheet`
      const { shares } = await printHandout(`deck=${deck}&paper=A4&lang=${lang}&size=oneSheet`, name)
      const notice = page.locator('[data-testid="handout-fitted"]')
      if (TOO_LONG_FOR_ONE_SHEET.has(`${deck}/${lang}`)) {
        // Even two columns of 14 pt on both sides cannot hold it: the worker is told, never given smaller print.
        expect(await notice.getAttribute('role')).toBe('alert')
        expect(await notice.textContent()).toMatch(/14 磅也放不进一张纸/)
      } else {
        expect(shares.length).toBeLessThanOrEqual(2)
        expect(await notice.textContent()).toMatch(shares.length === 1 ? /放在一面/ : /放在正反两面/)
      }
      const smallest = await page.$$eval('[data-testid="print-pages"] li, [data-testid="print-pages"] h2, [data-testid="print-pages"] p', (elements) =>
        Math.min(...elements.map((element) => parseFloat(getComputedStyle(element).fontSize))),
      )
      // The "pass it on" line is 0.8 of the body text by design; everything else is at least the body size.
      expect(smallest).toBeGreaterThanOrEqual(((14 * 96) / 72) * 0.8 - 0.1)
      const body = await page.$eval('[data-testid="handout-tip"] li', (li) => parseFloat(getComputedStyle(li).fontSize))
      expect(body).toBeGreaterThanOrEqual((14 * 96) / 72 - 0.1)
      const rounded = shares.map((share) => Math.round(share * 100) / 100)
      if (shares.length > 1)
        expect(
          rounded.filter((share) => share > 0.5),
          `blank shares of ${name}: ${rounded.join(', ')}`,
        ).toEqual([])
    },
  )

  it('is offered in the print options and says what it chose', async () => {
    await page.goto('about:blank')
    await page.goto(`${server.url}/#/print/tips?deck=builtin-seven-tips`)
    await page.waitForSelector('[data-print-ready="true"]', { state: 'attached' })
    await page.selectOption('[data-testid="handout-size"]', 'oneSheet')
    await page.waitForSelector('[data-testid="handout-fitted"]')
    await page.waitForSelector('[data-print-ready="true"]', { state: 'attached' })
    expect(await page.locator('[data-testid="print-sheet"]').count()).toBeLessThanOrEqual(2)
    expect(page.url()).toContain('size=oneSheet')
    await page.screenshot({ path: screenshotPath('handout-one-sheet-preview-1366') })
    expect(await seriousAxeViolations(page)).toEqual([])
  })
})

/**
 * Slide handouts spread the slides evenly over the pages a layout needs; two a page with an odd number of
 * slides gives the last slide lines to write on below it instead of an empty half sheet.
 */
const SLIDE_DECKS = ['builtin-seven-tips', 'builtin-who-to-call', 'builtin-fraud-types', 'builtin-three-nos-one-more']
const slideCount = (deck: string) => builtinDecks.find((candidate) => candidate.id === deck)!.slides.length
const SLIDE_VARIANTS = SLIDE_DECKS.flatMap((deck) => [2, 3, 4, 6].map((perPage) => ({ deck, perPage, slides: slideCount(deck) })))

describe('slide handouts waste no paper', () => {
  it.each(SLIDE_VARIANTS)('$deck ($slides slides), $perPage a page: no page more than half blank unless it is the only one', async ({ deck, perPage }) => {
    await page.goto('about:blank')
    await page.goto(`${server.url}/#/print/slides?deck=${deck}&layout=${perPage}`)
    await page.waitForSelector('[data-print-ready="true"]', { timeout: 45_000, state: 'attached' })
    const name = `slides-${deck.replace('builtin-', '')}-${perPage}`
    const file = join(temp.dir, `${name}.pdf`)
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true })
    // The running header is ink at the top of every page; the footer (page numbers) at the bottom is left out.
    const shares = blankSharesFromBottom(file, 12, 10)
    const rounded = shares.map((share) => Math.round(share * 100) / 100)
    if (shares.length > 1)
      expect(
        rounded.filter((share) => share > 0.5),
        `blank shares of ${name}: ${rounded.join(', ')}`,
      ).toEqual([])
  })
})

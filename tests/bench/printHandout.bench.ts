import { afterAll, beforeAll, bench, describe } from 'vitest'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from '../helpers/chromium'
import { startServe, type ServeProcess } from '../helpers/serveProcess'
import { makeTempDir } from '../helpers/tempDatabase'
import { pdfFacts } from '../helpers/pdfTools'
import { percentile, recordFigures, round2 } from './figures'

const temp = makeTempDir('outreach-bench-print-')
const PAGES = 20
let server: ServeProcess
let browser: Browser
let page: Page
const totals: number[] = []
const pdfOnly: number[] = []

/** A 20-slide deck, so a one-slide-per-page handout has 20 pages. */
function twentySlideDeck() {
  return {
    format: 'outreach-deck',
    version: 1,
    id: 'bench-twenty-slides',
    title: { 'zh-CN': '二十页讲义', en: 'Twenty-page handout' },
    description: { 'zh-CN': '基准测试用。', en: 'For the benchmark.' },
    slides: Array.from({ length: PAGES }, (_, index) => ({
      kind: 'bullets',
      id: `slide-${index + 1}`,
      title: { 'zh-CN': `第${index + 1}条：先挂断，再核实`, en: `Tip ${index + 1}: hang up, then check` },
      bullets: [
        { 'zh-CN': '公检法不会电话办案', en: 'Police never handle cases by phone' },
        { 'zh-CN': '有疑问，拨打96110咨询', en: 'In doubt? Call 96110' },
      ],
      notes: { 'zh-CN': '讲稿。', en: 'Notes.' },
    })),
  }
}

let file = 0
/** From opening the preview to the PDF's bytes: lay out, load fonts for the text, print to PDF. */
async function handoutPdf(): Promise<void> {
  const started = performance.now()
  await page.goto('about:blank')
  await page.goto(`${server.url}/#/print/slides?deck=bench-twenty-slides&layout=1`)
  await page.waitForSelector('[data-print-ready="true"]', { state: 'attached', timeout: 60_000 })
  const printing = performance.now()
  const path = join(temp.dir, `handout-${file++}.pdf`)
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true })
  const done = performance.now()
  totals.push(done - started)
  pdfOnly.push(done - printing)
  if (file === 1 && pdfFacts(path).pages !== PAGES) throw new Error(`expected a ${PAGES}-page PDF`)
}

beforeAll(async () => {
  server = await startServe(join(temp.dir, 'outreach.sqlite'))
  await server.api('decks.save', { deck: twentySlideDeck() })
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })
  await handoutPdf()
  totals.length = 0
  pdfOnly.length = 0
}, 120_000)

afterAll(async () => {
  recordFigures('print', [
    { name: `${PAGES}-page slide handout: open preview → PDF written (${totals.length} runs), p50`, value: round2(percentile(totals, 50)), unit: 'ms', target: '< 2000 ms' },
    { name: `${PAGES}-page slide handout: page.pdf() alone, p50`, value: round2(percentile(pdfOnly, 50)), unit: 'ms' },
  ])
  await browser?.close()
  await server?.stop()
  temp.remove()
})

describe('printing in Chromium', () => {
  bench(`${PAGES}-page handout PDF`, handoutPdf, { iterations: 5, time: 0, warmupIterations: 0 })
})

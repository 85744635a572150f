import { afterAll, beforeAll, bench, describe } from 'vitest'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Browser } from 'playwright-core'
import { launchChromium } from '../helpers/chromium'
import { startServe, type ServeProcess } from '../helpers/serveProcess'
import { makeTempDir } from '../helpers/tempDatabase'
import { seedSessionWithPeople } from '../helpers/seedPeople'
import { percentile, recordFigures, round2 } from './figures'
import { mainThreadCpuMs } from './mainThreadCpu'

const temp = makeTempDir('outreach-bench-load-')
let server: ServeProcess
let browser: Browser
const loadTimes: number[] = []
let fontFilesAtStart = 0
const loadCpuMs: number[] = []

beforeAll(async () => {
  const dbFile = join(temp.dir, 'outreach.sqlite')
  await seedSessionWithPeople(dbFile, 5_000)
  server = await startServe(dbFile)
  for (let i = 0; i < 100; i++)
    await server.api('sessions.create', { title: `宣讲 ${i}`, startsAt: `2026-${String((i % 12) + 1).padStart(2, '0')}-10T09:00:00+08:00`, place: `第${i}社区` })
  browser = await launchChromium()
}, 120_000)

/** The built renderer's JavaScript: every chunk, and what index.html loads before the first screen. */
function bundleSizes(): { largest: { name: string; kb: number }; totalKb: number; entryKb: number; firstScreenKb: number; chartsKb: number } {
  const dir = resolve(process.env.OUTREACH_OUT ?? 'out', 'renderer')
  const kb = (file: string) => statSync(join(dir, file)).size / 1024
  const chunks = readdirSync(join(dir, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({ name, kb: kb(join('assets', name)) }))
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const loaded = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((match) => match[1])
  const entry = /<script[^>]+src="\.\/(assets\/[^"]+\.js)"/.exec(html)![1]
  const largest = chunks.reduce((a, b) => (b.kb > a.kb ? b : a))
  // The charts' library, in the two chunks electron.vite.config.ts gives it; loaded only with the ledger and reports.
  const chartsKb = chunks.filter((chunk) => /^(echarts|zrender)-/.test(chunk.name)).reduce((sum, chunk) => sum + chunk.kb, 0)
  return {
    largest: { name: largest.name.replace(/-[\w-]{8}\.js$/, ''), kb: largest.kb },
    totalKb: chunks.reduce((sum, chunk) => sum + chunk.kb, 0),
    entryKb: kb(entry),
    firstScreenKb: loaded.reduce((sum, file) => sum + kb(file), 0),
    chartsKb,
  }
}

afterAll(async () => {
  const bundle = bundleSizes()
  recordFigures('renderer', [
    { name: `largest renderer chunk (${bundle.largest.name})`, value: round2(bundle.largest.kb), unit: 'KB', target: '< 400 KB' },
    { name: 'renderer JavaScript, all chunks', value: round2(bundle.totalKb), unit: 'KB' },
    { name: 'charts chunks (echarts and zrender, loaded with the ledger and reports)', value: round2(bundle.chartsKb), unit: 'KB' },
    { name: 'renderer main entry (index)', value: round2(bundle.entryKb), unit: 'KB' },
    { name: 'JavaScript index.html loads before the first screen (entry and preloads)', value: round2(bundle.firstScreenKb), unit: 'KB' },
    { name: 'web font files fetched by the time the sessions page is interactive', value: fontFilesAtStart, unit: 'files', target: '0 (system fonts)' },
    { name: 'load to interactive (sessions page with 101 sessions), p50', value: round2(percentile(loadTimes, 50)), unit: 'ms', target: '≤ 300 ms' },
    { name: 'load to interactive, p95', value: round2(percentile(loadTimes, 95)), unit: 'ms' },
    { name: `load to interactive, main-thread CPU (Chromium trace, ${loadCpuMs.length} loads), p50`, value: round2(percentile(loadCpuMs, 50)), unit: 'ms' },
  ])
  await browser?.close()
  await server?.stop()
  temp.remove()
})

describe('renderer in Chromium', () => {
  bench(
    'cold page load until the sessions table is on screen',
    async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
      const page = await context.newPage()
      await page.goto(server.url)
      await page.waitForSelector('[data-testid="session-row"]')
      loadTimes.push(await page.evaluate(() => performance.now()))
      const fontFiles = await page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => /\.woff2?$/.test(entry.name)).length)
      fontFilesAtStart = Math.max(fontFilesAtStart, fontFiles)
      await context.close()
    },
    { iterations: 15, time: 0 },
  )

  bench(
    'cold page load, traced (main-thread CPU time)',
    async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
      const page = await context.newPage()
      loadCpuMs.push(
        await mainThreadCpuMs(browser, page, async () => {
          await page.goto(server.url)
          await page.waitForSelector('[data-testid="session-row"]')
        }),
      )
      await context.close()
    },
    { iterations: 5, time: 0 },
  )
})

import { afterAll, beforeAll, bench, describe } from 'vitest'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { launchChromium } from '../helpers/chromium'
import { startServe, type ServeProcess } from '../helpers/serveProcess'
import { makeTempDir } from '../helpers/tempDatabase'
import { seedSessionWithPeople } from '../helpers/seedPeople'
import { percentile, recordFigures, round2 } from './figures'

const temp = makeTempDir('outreach-bench-load-')
let server: ServeProcess
let browser: Browser
const loadTimes: number[] = []

beforeAll(async () => {
  const dbFile = join(temp.dir, 'outreach.sqlite')
  await seedSessionWithPeople(dbFile, 5_000)
  server = await startServe(dbFile)
  for (let i = 0; i < 100; i++) await server.api('sessions.create', { title: `宣讲 ${i}`, startsAt: `2026-${String((i % 12) + 1).padStart(2, '0')}-10T09:00:00+08:00`, place: `第${i}社区` })
  browser = await launchChromium()
}, 120_000)

afterAll(async () => {
  recordFigures('renderer', [
    { name: 'load to interactive (sessions page with 101 sessions), p50', value: round2(percentile(loadTimes, 50)), unit: 'ms' },
    { name: 'load to interactive, p95', value: round2(percentile(loadTimes, 95)), unit: 'ms' },
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
      await context.close()
    },
    { iterations: 15, time: 0 },
  )
})

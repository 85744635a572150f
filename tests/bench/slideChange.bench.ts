import { afterAll, beforeAll, bench, describe } from 'vitest'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { CHROMIUM_PATH } from '../helpers/chromium'
import { startServe, type ServeProcess } from '../helpers/serveProcess'
import { makeTempDir } from '../helpers/tempDatabase'
import { percentile, recordFigures, round2 } from './figures'
import { mainThreadCpuMs } from './mainThreadCpu'

const temp = makeTempDir('outreach-bench-slides-')
const CHANGES_PER_ROUND = 200
let server: ServeProcess
let browser: Browser
let page: Page
const paintTimes: number[] = []
const doubleFrameTimes: number[] = []
const CPU_CHANGES = 100
let cpuPerChange = Number.NaN

/**
 * In the presenter page: jump to another slide (number + Enter, as a worker would) and time from the
 * Enter key until the new slide's frame has been produced: a task queued from requestAnimationFrame runs
 * right after that frame's style, layout and paint ("paint"), or the next frame's rAF ("double").
 */
const MEASURE_SLIDE_CHANGES = `async ({ count, mode }) => {
  const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => { const channel = new MessageChannel(); channel.port1.onmessage = resolve; channel.port2.postMessage(0) }))
  const doubleFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
  const frames = mode === 'paint' ? afterPaint : doubleFrame
  const press = (key) => window.dispatchEvent(new KeyboardEvent('keydown', { key }))
  const console = document.querySelector('[data-testid=presenter-console]')
  const slideCount = 12
  const times = []
  for (let i = 0; i < count; i++) {
    const target = ((i * 5) % slideCount) + 1
    for (const digit of String(target)) press(digit)
    const start = performance.now()
    press('Enter')
    await frames()
    times.push(performance.now() - start)
    if (console.dataset.index !== String(target - 1)) throw new Error('slide did not change to ' + target)
  }
  return times
}`

beforeAll(async () => {
  server = await startServe(join(temp.dir, 'outreach.sqlite'))
  // Without the 60 Hz frame cap, two animation frames take only as long as the work they wait for.
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-gpu-vsync', '--disable-frame-rate-limit', '--disable-background-networking', '--no-first-run'],
  })
  page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' })
  await page.goto(`${server.url}/#/present/builtin-seven-tips`)
  await page.click('[data-testid=presenter-start]')
  await page.waitForSelector('[data-testid=presenter-console]')
  await page.evaluate(`(${MEASURE_SLIDE_CHANGES})({ count: 24, mode: 'paint' })`)
}, 120_000)

afterAll(async () => {
  recordFigures('slides', [
    {
      name: `slide change to painted frame in the presenter (1920×1080, ${paintTimes.length} changes), p50`,
      value: round2(percentile(paintTimes, 50)),
      unit: 'ms',
      target: '< 16 ms',
    },
    { name: 'slide change to painted frame, p95', value: round2(percentile(paintTimes, 95)), unit: 'ms', target: '< 16 ms' },
    { name: `slide change, main-thread CPU per change (Chromium trace, ${CPU_CHANGES} changes, mean)`, value: round2(cpuPerChange), unit: 'ms' },
    { name: 'slide change to the following frame (double rAF, includes waiting for that frame), p50', value: round2(percentile(doubleFrameTimes, 50)), unit: 'ms' },
    { name: 'slide change to the following frame (double rAF), p95', value: round2(percentile(doubleFrameTimes, 95)), unit: 'ms' },
  ])
  await browser?.close()
  await server?.stop()
  temp.remove()
})

describe('presenting in Chromium', () => {
  bench(
    `${CHANGES_PER_ROUND} slide changes (number + Enter → frame painted)`,
    async () => {
      paintTimes.push(...((await page.evaluate(`(${MEASURE_SLIDE_CHANGES})({ count: ${CHANGES_PER_ROUND}, mode: 'paint' })`)) as number[]))
    },
    { iterations: 1, time: 0, warmupIterations: 0 },
  )

  bench(
    `${CHANGES_PER_ROUND} slide changes (number + Enter → double requestAnimationFrame)`,
    async () => {
      doubleFrameTimes.push(...((await page.evaluate(`(${MEASURE_SLIDE_CHANGES})({ count: ${CHANGES_PER_ROUND}, mode: 'double' })`)) as number[]))
    },
    { iterations: 1, time: 0, warmupIterations: 0 },
  )

  bench(
    `${CPU_CHANGES} slide changes traced (main-thread CPU time)`,
    async () => {
      const cpuMs = await mainThreadCpuMs(browser, page, async () => {
        await page.evaluate(`(${MEASURE_SLIDE_CHANGES})({ count: ${CPU_CHANGES}, mode: 'paint' })`)
      })
      cpuPerChange = cpuMs / CPU_CHANGES
    },
    { iterations: 1, time: 0, warmupIterations: 0 },
  )
})

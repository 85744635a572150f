import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { launchChromium, screenshotPath } from '../helpers/chromium'
import { startServe, type ServeProcess } from '../helpers/serveProcess'
import { makeTempDir } from '../helpers/tempDatabase'
import { localDayAt } from '../helpers/sessionDays'
import { PAPER_PTS, pageSizes, pdfFacts, renderPages, wordsOutsideMargins } from '../helpers/pdfTools'

let browser: Browser
let server: ServeProcess
let page: Page
let sessionId = ''
const temp = makeTempDir('outreach-e2e-phone-poster-')

beforeAll(async () => {
  server = await startServe(join(temp.dir, 'outreach.sqlite'), ['--lan-host', '127.0.0.2'])
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })
  sessionId = (await server.api<{ id: string }>('sessions.create', { title: '今天的讲座·识破冒充客服', startsAt: localDayAt(0, 19, 0), place: '和平里社区活动室' })).id
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  temp.remove()
})

async function printed(name: string, paper: 'A4' | 'A5'): Promise<string> {
  await page.waitForSelector('[data-print-ready="true"]', { timeout: 45_000, state: 'attached' })
  await page.screenshot({ path: screenshotPath(`${name}-preview`) })
  const file = join(temp.dir, `${name}.pdf`)
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true })
  const facts = pdfFacts(file)
  expect(facts.pages).toBe(1)
  const [width, height] = pageSizes(file)[0]
  expect(width).toBeCloseTo(PAPER_PTS[paper][0], 0)
  expect(height).toBeCloseTo(PAPER_PTS[paper][1], 0)
  expect(facts.fonts.some((font) => font.name.includes('+NotoSansSC'))).toBe(true)
  expect(wordsOutsideMargins(file, 14)).toEqual([])
  renderPages(file, screenshotPath(name))
  return facts.text.replace(/\s+/g, '')
}

describe('the phone sign-up poster and table card', () => {
  it('asks to open phone sign-up first, since the QR code is its link', async () => {
    await page.goto(`${server.url}/#/print/phone?session=${sessionId}&paper=A4`)
    await page.waitForSelector('[data-testid=phone-poster-not-open]')
    expect(await page.locator('[data-testid=phone-poster]').count()).toBe(0)
  })

  it('prints an A4 poster from the phone sign-up panel: QR code, title, date and place, steps, a Wi-Fi line', async () => {
    const { url } = await server.api<{ url: string }>('phoneSignup.open', { sessionId })
    await page.goto(`${server.url}/#/sessions/${sessionId}`)
    await page.click('[data-testid=phone-signup-poster]')
    await page.waitForSelector('[data-testid=phone-poster]')
    expect(await page.getAttribute('[data-testid=phone-poster] img', 'data-url')).toBe(url)
    const text = await printed('phone-poster-a4', 'A4')
    for (const words of ['扫码签到', '今天的讲座·识破冒充客服', '和平里社区活动室', '连接Wi-Fi：', '密码：', '用微信或手机相机扫上面的二维码', '填写姓名，点“提交”'])
      expect(text).toContain(words)
    const qr = (await page.locator('[data-testid=phone-poster] img').boundingBox())!
    // 125 mm at 96 px per inch: big enough to scan from a couple of metres.
    expect(qr.width).toBeGreaterThan(460)
  })

  it('prints an A5 table card', async () => {
    await page.goto(`${server.url}/#/sessions/${sessionId}`)
    await page.click('[data-testid=phone-signup-card]')
    const text = await printed('phone-card-a5', 'A5')
    expect(text).toContain('连接Wi-Fi：')
    expect(text).toContain('今天的讲座·识破冒充客服')
  })
})

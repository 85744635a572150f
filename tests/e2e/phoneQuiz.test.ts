import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchChromium, screenshotPath } from '../helpers/chromium'
import { startServe, type ServeProcess } from '../helpers/serveProcess'
import { makeTempDir } from '../helpers/tempDatabase'
import { localDayAt } from '../helpers/sessionDays'
import { ANDROID, IPHONE } from '../helpers/phones'
import { pdfFacts, renderPages, wordsOutsideMargins } from '../helpers/pdfTools'

let browser: Browser
let server: ServeProcess
let presenter: Page
let audience: Page
let android: Page
let iphone: Page
const contexts: BrowserContext[] = []
let sessionId = ''
let signUpUrl = ''
const temp = makeTempDir('outreach-e2e-phone-quiz-')

beforeAll(async () => {
  server = await startServe(join(temp.dir, 'outreach.sqlite'), ['--lan-host', '127.0.0.2'])
  browser = await launchChromium()
  sessionId = (await server.api<{ id: string }>('sessions.create', { title: '今天的讲座·守住“两卡”', startsAt: localDayAt(0, 23, 30), place: '和平里活动室' })).id
  signUpUrl = (await server.api<{ url: string }>('phoneSignup.open', { sessionId })).url
  presenter = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })
  for (const device of [ANDROID, IPHONE]) contexts.push(await browser.newContext(device))
  android = await contexts[0].newPage()
  iphone = await contexts[1].newPage()
  await Promise.all([android.goto(signUpUrl), iphone.goto(signUpUrl)])
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  temp.remove()
})

const quizButtons = (phone: Page) => phone.locator('#quiz button.option')
const consoleText = (testId: string) => presenter.textContent(`[data-testid=${testId}]`)

async function jumpTo(slide: number): Promise<void> {
  for (const key of String(slide)) await presenter.keyboard.press(key)
  await presenter.keyboard.press('Enter')
  await expect.poll(() => presenter.getAttribute('[data-testid=presenter-console]', 'data-index')).toBe(String(slide - 1))
}

describe('the presenter with phone sign-up open', () => {
  it('shows the QR code and the live count on the console, and big on the audience window with Q', async () => {
    await presenter.goto(`${server.url}/#/present/builtin-two-cards-students-workers?session=${sessionId}`)
    await presenter.click('[data-testid=presenter-start]')
    await presenter.waitForSelector('[data-testid=presenter-phone-qr]')
    expect(await presenter.getAttribute('[data-testid=presenter-phone-qr]', 'data-url')).toBe(signUpUrl)
    expect(await consoleText('presenter-phone-count')).toBe('手机签到 0 人')
    ;[audience] = await Promise.all([presenter.waitForEvent('popup'), presenter.click('[data-testid=open-audience]')])
    await audience.setViewportSize({ width: 1366, height: 768 })
    await audience.waitForSelector('[data-testid=audience-slide]')
    await presenter.bringToFront()
    await presenter.keyboard.press('q')
    await audience.waitForSelector('[data-testid=audience-phone-qr]')
    expect(await audience.getAttribute('[data-testid=audience-phone-qr] img', 'data-url')).toBe(signUpUrl)

    await android.fill('#name', '王建国')
    await android.tap('#submit')
    await expect.poll(() => android.textContent('#done-title')).toBe('签到成功')
    await expect.poll(() => audience.textContent('[data-testid=audience-phone-count]'), { timeout: 10_000 }).toBe('手机签到 1 人')
    expect(await consoleText('presenter-phone-count')).toBe('手机签到 1 人')
    const qr = (await audience.locator('[data-testid=audience-phone-qr] img').boundingBox())!
    expect(qr.height).toBeGreaterThan(500)
    await audience.screenshot({ path: screenshotPath('audience-phone-qr-1366') })
    await presenter.screenshot({ path: screenshotPath('presenter-phone-1366') })
    await presenter.click('[data-testid=presenter-phone-qr-toggle]')
    await expect.poll(() => audience.locator('[data-testid=audience-phone-qr]').count()).toBe(0)
  })

  it('shows the QR code in the presenter window too when it is the one on the projector (slides only)', async () => {
    await presenter.click('[data-testid=slides-only]')
    await presenter.keyboard.press('q')
    await presenter.waitForSelector('[data-testid=slides-only-view] [data-testid=audience-phone-qr]')
    await presenter.screenshot({ path: screenshotPath('presenter-slides-only-phone-qr-1366') })
    await presenter.keyboard.press('q')
    await expect.poll(() => presenter.locator('[data-testid=audience-phone-qr]').count()).toBe(0)
    await presenter.keyboard.press('Escape')
    await presenter.waitForSelector('[data-testid=presenter-phone]')
  })
})

describe('a quiz question on two phones', () => {
  it('sends the current quiz slide; each phone answers once; the console counts live', async () => {
    await jumpTo(8)
    expect(await quizButtons(android).count()).toBe(0)
    await presenter.click('[data-testid=phone-quiz-send]')
    // The iPhone never signed up: the quiz is for everyone in the room.
    for (const phone of [android, iphone]) await expect.poll(() => quizButtons(phone).count(), { timeout: 10_000 }).toBe(3)
    expect(await android.textContent('#quiz')).toContain('银行卡借我用用，每月给你好处费')
    for (const phone of [android, iphone]) {
      expect(parseFloat(await phone.evaluate(() => getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(18)
      for (const index of [0, 1, 2]) expect((await quizButtons(phone).nth(index).boundingBox())!.height).toBeGreaterThanOrEqual(48)
    }
    await android.screenshot({ path: screenshotPath('phone-quiz-android-360') })
    await android.tap('#quiz button[data-choice="2"]')
    await iphone.tap('#quiz button[data-choice="0"]')
    await expect.poll(() => consoleText('phone-quiz-counts'), { timeout: 10_000 }).toMatch(/A 1\s*B 0\s*C 1\s*2 人作答/)
    await expect.poll(() => iphone.locator('#quiz button[data-choice="1"]').isDisabled()).toBe(true)
    expect(await iphone.textContent('#quiz .note')).toBe('已作答，请看大屏幕揭晓答案。')
    await iphone.screenshot({ path: screenshotPath('phone-quiz-iphone-390') })
    // The same phone again, by a script that ignores the disabled buttons: still counted once.
    const again = await iphone.evaluate(async () => {
      const deviceId = localStorage.getItem('quizDevice')
      const round = (await (await fetch(`${location.pathname}/quiz?lang=zh-CN`)).json()) as { round: { roundId: string; questions: { slideId: string }[] } }
      const body = { roundId: round.round.roundId, slideId: round.round.questions[0].slideId, choice: 1, deviceId }
      return (await fetch(`${location.pathname}/answer`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json()
    })
    expect(again).toEqual({ counted: false, already: true })
    await presenter.screenshot({ path: screenshotPath('presenter-phone-quiz-1366') })
    expect(await consoleText('phone-quiz-counts')).toMatch(/A 1\s*B 0\s*C 1\s*2 人作答/)
  })

  it('reveals the answer with the counts on the projector and the phones', async () => {
    await presenter.click('[data-testid=quiz-reveal]')
    await audience.waitForSelector('[data-testid=audience-quiz-counts]')
    expect(await audience.textContent('[data-testid=audience-quiz-counts]')).toMatch(/手机作答 2 人：\s*A 1\s*B 0\s*C 1/)
    await audience.screenshot({ path: screenshotPath('audience-phone-quiz-revealed-1366') })
    await expect.poll(() => android.textContent('#quiz .note'), { timeout: 10_000 }).toBe('答对了！')
    await expect.poll(() => iphone.textContent('#quiz .note'), { timeout: 10_000 }).toBe('答错了，绿框是正确答案。')
    expect(await iphone.getAttribute('#quiz button[data-choice="2"]', 'class')).toContain('right')
    await iphone.screenshot({ path: screenshotPath('phone-quiz-iphone-revealed') })
  })
})

describe('before and after the talk', () => {
  async function answerAll(phone: Page, choices: number[]): Promise<void> {
    await expect.poll(() => quizButtons(phone).count(), { timeout: 10_000 }).toBe(6)
    for (const [question, choice] of choices.entries()) await phone.tap(`#quiz .question >> nth=${question} >> button[data-choice="${choice}"]`)
    await expect.poll(() => phone.locator('#quiz button.option.mine').count()).toBe(choices.length)
  }

  it('asks the same questions at the start and the end, and the session page shows the share right', async () => {
    await presenter.click('[data-testid=phone-quiz-before]')
    await answerAll(android, [2, 0])
    await answerAll(iphone, [0, 0])
    await android.screenshot({ path: screenshotPath('phone-prepost-android-360'), fullPage: true })
    await expect.poll(() => consoleText('phone-prepost-counts')).toContain('2 人作答')
    await presenter.click('[data-testid=phone-quiz-after]')
    await answerAll(android, [2, 1])
    await answerAll(iphone, [2, 1])
    const prePost = await server.api<{ before: { share: number }; after: { share: number } }>('phoneQuiz.prePost', { sessionId })
    expect(prePost.before).toEqual({ answers: 4, correct: 1, share: 0.25 })
    expect(prePost.after).toEqual({ answers: 4, correct: 4, share: 1 })

    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })
    await page.goto(`${server.url}/#/sessions/${sessionId}`)
    await page.waitForSelector('[data-testid=pre-post-total]')
    expect(await page.textContent('[data-testid=pre-post-total]')).toMatch(/25%（1\/4）\s*100%（4\/4）/)
    await page.locator('[data-testid=pre-post-card]').scrollIntoViewIfNeeded()
    await page.screenshot({ path: screenshotPath('session-prepost-1366') })
    await page.goto(`${server.url}/#/print/report?session=${sessionId}`)
    await page.waitForSelector('[data-print-ready="true"]', { timeout: 45_000, state: 'attached' })
    expect(await page.textContent('[data-testid=print-pages]')).toContain('开场 / 结束小测（手机作答）')
    await page.locator('[data-testid=pre-post]').scrollIntoViewIfNeeded()
    await page.screenshot({ path: screenshotPath('report-prepost-1366') })
    await page.close()
  })

  it('closes with the session: the phones are told 签到已结束', async () => {
    await server.api('sessions.update', { id: sessionId, status: 'held' })
    await expect.poll(() => android.textContent('h1'), { timeout: 10_000 }).toBe('签到已结束')
    await expect.poll(() => presenter.locator('[data-testid=presenter-phone]').count(), { timeout: 10_000 }).toBe(0)
  })

  it('puts the before/after share in the ledger', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })
    await page.goto(`${server.url}/#/ledger`)
    await page.waitForSelector('[data-testid=ledger-quiz]')
    expect((await page.textContent('[data-testid=ledger-quiz]'))?.trim()).toBe('25% → 100%')
    await page.locator('[data-testid=ledger-table]').scrollIntoViewIfNeeded()
    await page.screenshot({ path: screenshotPath('ledger-prepost-1366') })
    await page.click('text=打印台账')
    await page.waitForSelector('[data-print-ready="true"]', { timeout: 45_000, state: 'attached' })
    expect(await page.textContent('[data-testid=ledger-print-page]')).toContain('25% → 100%')
    await page.screenshot({ path: screenshotPath('ledger-print-prepost-1366') })
    const pdf = join(temp.dir, 'ledger-prepost.pdf')
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true })
    expect(wordsOutsideMargins(pdf, 14)).toEqual([])
    expect(pdfFacts(pdf).text).toMatch(/25%\s*→\s*100%/)
    renderPages(pdf, screenshotPath('ledger-print-prepost'))
    await page.close()
  })
})

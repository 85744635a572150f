import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { launchChromium, screenshotPath } from '../helpers/chromium'
import { startServe, type ServeProcess } from '../helpers/serveProcess'
import { makeTempDir } from '../helpers/tempDatabase'
import { PAPER_PTS, pageSizes, pdfFacts, renderPages, wordsOutsideMargins, type PdfFacts } from '../helpers/pdfTools'
import { longNotesDeck, LONG_NOTES } from '../helpers/printDecks'

let browser: Browser
let server: ServeProcess
let page: Page
let sessionId: string
let bigSessionId: string
let twinsSessionId: string
const temp = makeTempDir('outreach-print-')

const SIGNED_UP = [
  ['王秀英', '13800138000', '60plus'],
  ['张建国', '13900139001', '36-59'],
  ['刘芳', '', '18-35'],
] as const

beforeAll(async () => {
  server = await startServe(join(temp.dir, 'outreach.sqlite'))
  sessionId = (
    await server.api<{ id: string }>('sessions.create', {
      title: '守护钱袋子·防范电信网络诈骗',
      startsAt: '2026-12-01T14:30:00+08:00',
      place: '幸福社区党群服务中心',
      presenters: '李警官',
      notes: '现场发放宣传单 120 份。',
    })
  ).id
  for (const [name, phone, ageGroup] of SIGNED_UP) {
    const { attendeeId } = await server.api<{ attendeeId: string }>('attendees.signUp', { sessionId, name, phone: phone || undefined, ageGroup, consent: true })
    if (name !== '刘芳') await server.api('attendance.checkIn', { sessionId, attendeeId })
  }
  const show = await server.api<{ id: string }>('presentations.start', {
    deckId: 'builtin-who-to-call',
    sessionId,
    variables: { policeStation: '光明路派出所', policePhone: '0471-6600110', communityOffice: '光明社区居委会' },
  })
  await server.api('presentations.recordQuiz', { showId: show.id, slideId: 'quiz-12381', correctHands: 2, totalHands: 3 })
  bigSessionId = (await server.api<{ id: string }>('sessions.create', { title: '大型宣讲会', startsAt: '2026-12-05T09:00:00+08:00', place: '街道礼堂' })).id
  twinsSessionId = (
    await server.api<{ id: string }>('sessions.create', {
      title: '楼道宣讲',
      startsAt: '2026-12-06T09:00:00+08:00',
      place: '3号楼楼下',
      neighbourhood: '幸福里小区',
      building: '3号楼',
    })
  ).id
  for (const [name, phone, neighbourhood] of [
    ['张三', '13800001111', '幸福里 3-201'],
    ['张三', '13900002222', '幸福里 5-102'],
    ['李四', '13700003333', '幸福里 3-301'],
  ])
    await server.api('attendees.signUp', { sessionId: twinsSessionId, name, phone, neighbourhood, ageGroup: '60plus', consent: true })
  await server.api('decks.save', { deck: longNotesDeck() })
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  temp.remove()
})

async function openPreview(hash: string): Promise<void> {
  // A fresh load each time: a change of hash alone would leave the last preview's "ready" showing for a moment.
  await page.goto('about:blank')
  await page.goto(`${server.url}/#${hash}`)
  await page.waitForSelector('[data-print-ready="true"]', { timeout: 45_000, state: 'attached' })
}

/** Prints the open preview to PDF as Chromium's print does, then checks what every printable must satisfy. */
async function printToPdf(name: string, paper: keyof typeof PAPER_PTS = 'A4', orientation: 'portrait' | 'landscape' = 'portrait'): Promise<PdfFacts> {
  await page.screenshot({ path: screenshotPath(`print-${name}-preview`) })
  const file = join(temp.dir, `${name}.pdf`)
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true })
  const facts = pdfFacts(file)
  const [width, height] = orientation === 'portrait' ? PAPER_PTS[paper] : [PAPER_PTS[paper][1], PAPER_PTS[paper][0]]
  for (const [w, h] of pageSizes(file)) {
    expect(w).toBeCloseTo(width, 0)
    expect(h).toBeCloseTo(height, 0)
  }
  expect(facts.pages).toBe(await page.locator('[data-testid="print-sheet"]').count())
  expect(facts.fonts.some((font) => font.name.includes('+NotoSansSC'))).toBe(true)
  for (const font of facts.fonts) {
    expect(font.embedded, font.name).toBe(true)
    expect(font.type, font.name).not.toBe('Type 3')
    // Every glyph comes from the bundled @fontsource family, never from a font this machine happens to have.
    expect(font.name, font.name).toMatch(/\+NotoSansSC/)
    expect(font.name, font.name).not.toMatch(/CJK/i)
  }
  expect(wordsOutsideMargins(file, 14)).toEqual([])
  renderPages(file, screenshotPath(`print-${name}-pdf`), 2, facts.pages)
  return facts
}

/** No page box lets its content spill over (which would be cut off on paper). */
async function expectNothingClipped(): Promise<void> {
  const clipped = await page.$$eval('[data-testid="print-sheet"]', (sheets) =>
    sheets.flatMap((sheet, index) =>
      [...sheet.querySelectorAll<HTMLElement>('*')]
        .filter((el) => el.scrollHeight > el.clientHeight + 2 && getComputedStyle(el).overflow === 'hidden' && !el.closest('.slide-frame'))
        .map(() => index + 1),
    ),
  )
  expect(clipped).toEqual([])
}

const compact = (text: string) => text.replace(/\s+/g, '')

/** The PDF's text without running headers, footers and "Notes · 1 …" labels, to read notes across pages. */
function notesText(pdfText: string, header: string): string {
  return compact(pdfText)
    .split(compact(header))
    .join('')
    .replace(/第\d+页\/共\d+页/g, '')
    .replace(/讲稿·\d+…?/g, '')
    .replace(/\d{4}年\d{1,2}月\d{1,2}日/g, '')
}

describe('the Print area', () => {
  it('lists every printable in the sidebar area', async () => {
    await page.goto(`${server.url}/#/print`)
    for (const kind of ['tips', 'slides', 'notes', 'signin', 'report']) await expect.poll(() => page.locator(`[data-testid="print-kind-${kind}"]`).count()).toBe(1)
    expect(await page.textContent('h1')).toBe('打印')
    await page.screenshot({ path: screenshotPath('print-home-zh'), fullPage: true })
  })
})

describe('tip handout', () => {
  it('prints large, with the hotlines from the decks and the local contacts the worker typed, remembered next time', async () => {
    await openPreview('/print/tips?deck=builtin-seven-tips&size=large')
    // Nothing typed here yet: the contacts start from the last talk presented.
    await expect.poll(() => page.inputValue('[data-testid="contact-policeStation"]')).toBe('光明路派出所')
    expect(await page.inputValue('[data-testid="contact-policePhone"]')).toBe('0471-6600110')
    await page.fill('[data-testid="contact-policeStation"]', '幸福路派出所')
    await page.fill('[data-testid="contact-policePhone"]', '0471-6612345')
    await page.fill('[data-testid="contact-communityOffice"]', '幸福社区居委会')
    await page.fill('[data-testid="contact-communityPhone"]', '0471-6654321')
    await page.fill('[data-testid="handout-qr-link"]', 'https://example.org/fanzha')
    await expect.poll(() => page.locator('[data-testid="handout-qr"]').count()).toBe(1)
    await page.waitForSelector('[data-print-ready="true"]', { state: 'attached' })
    const bodySize = await page.$eval('[data-testid="handout-tip"] li', (li) => parseFloat(getComputedStyle(li).fontSize))
    expect(bodySize).toBeGreaterThanOrEqual((14 * 96) / 72 - 0.1)
    const facts = await printToPdf('tips-a4')
    const text = compact(facts.text)
    for (const fact of [
      '防范电诈七个小贴士',
      '96110',
      '报警、咨询：110',
      '12381',
      '国家反诈中心APP',
      '联系幸福路派出所：0471-6612345',
      '幸福社区居委会也能帮您：0471-6654321',
      '扫码了解更多',
      '请把这张单子转告家人和邻居。',
    ]) {
      expect(text).toContain(fact)
    }
    await expectNothingClipped()

    await page.reload()
    await page.waitForSelector('[data-print-ready="true"]', { state: 'attached' })
    expect(await page.inputValue('[data-testid="contact-policeStation"]')).toBe('幸福路派出所')
  })

  it('prints on A5 in both languages with extra-large type, and leaves out the tips the worker unticked', async () => {
    await openPreview('/print/tips?deck=builtin-who-to-call&paper=A5&lang=both&size=extraLarge&omit=app-benefits')
    const bodySize = await page.$eval('[data-testid="handout-tip"] li', (li) => parseFloat(getComputedStyle(li).fontSize))
    expect(bodySize).toBeGreaterThanOrEqual((18 * 96) / 72 - 0.1)
    const facts = await printToPdf('tips-a5-both', 'A5')
    expect(facts.pages).toBeGreaterThan(1)
    expect(facts.text).toContain('Anti-fraud questions: 96110')
    expect(compact(facts.text)).toContain('反诈咨询：96110')
    expect(facts.text).not.toContain('What the app does for you')
    await expectNothingClipped()
  })
})

describe('slide handouts', () => {
  it.each([
    [1, 15, 'landscape'],
    [2, 8, 'portrait'],
    [3, 5, 'portrait'],
    [4, 4, 'portrait'],
    [6, 3, 'portrait'],
  ] as const)('%i per page: %i pages with the session title, date and page numbers', async (perPage, pages, orientation) => {
    await openPreview(`/print/slides?deck=builtin-seven-tips&session=${sessionId}&layout=${perPage}`)
    // 15 slides since the elderly deck keeps to three bullets a slide.
    expect(await page.locator('[data-testid="handout-slide"]').count()).toBe(15)
    const facts = await printToPdf(`slides-${perPage}`, 'A4', orientation)
    expect(facts.pages).toBe(pages)
    const text = compact(facts.text)
    expect(text).toContain('守护钱袋子·防范电信网络诈骗')
    expect(text).toContain('2026年12月1日')
    expect(text).toContain(`第1页/共${pages}页`)
    expect(text).toContain('公检法不会电话办案')
    if (perPage === 3) expect(await page.locator('.note-lines').count()).toBe(15)
  })

  it('fits six slides a page on A5, inside the margins', async () => {
    await openPreview('/print/slides?deck=builtin-fraud-types&layout=6&paper=A5&lang=en')
    const facts = await printToPdf('slides-6-a5-en', 'A5')
    // 20 slides since the five-bullet slides were split, six a page.
    expect(facts.pages).toBe(4)
    await expectNothingClipped()
  })
})

describe('notes pages', () => {
  it('puts each slide over its notes', async () => {
    await openPreview('/print/notes?deck=builtin-who-to-call')
    const facts = await printToPdf('notes')
    // who-to-call has 13 slides, one notes page each.
    expect(facts.pages).toBe(13)
    expect(compact(facts.text)).toContain('96110是反诈预警专号，公安机关通过它向群众发出预警')
    expect(compact(facts.text)).toContain('资料来源：北方新报正北方网')
    await expectNothingClipped()
  })

  it('flows very long notes onto more pages and keeps every word', async () => {
    await openPreview('/print/notes?deck=long-notes-print')
    const facts = await printToPdf('notes-long')
    expect(facts.pages).toBeGreaterThan(longNotesDeck().slides.length)
    expect(notesText(facts.text, '长讲稿测试')).toContain(compact(LONG_NOTES))
    await expectNothingClipped()
  })

  it('does the same on A5 in English', async () => {
    await openPreview('/print/notes?deck=long-notes-print&paper=A5&lang=en')
    const facts = await printToPdf('notes-long-a5', 'A5')
    expect(facts.pages).toBeGreaterThan(longNotesDeck().slides.length + 1)
    expect(notesText(facts.text, 'Long notes test')).toContain(compact(longNotesDeck().slides[0].notes.en))
    await expectNothingClipped()
  })
})

describe('sign-in sheet', () => {
  it('opens from the session page', async () => {
    await page.goto(`${server.url}/#/sessions/${sessionId}`)
    await page.click('[data-testid="action-print-signin"]')
    await page.waitForSelector('[data-print-ready="true"]', { state: 'attached' })
    expect(await page.inputValue('[data-testid="print-session"]')).toBe(sessionId)
    await page.click('[data-testid="print-back"]')
    await expect.poll(() => page.locator('[data-testid="print-kind-report"]').count()).toBe(1)
  })

  it('prints the people signed up with masked phones, numbered rows tall enough to sign, blank rows to the end of the page', async () => {
    await openPreview(`/print/signin?session=${sessionId}`)
    const rowHeight = await page.$eval('[data-testid="signin-row"]', (row) => row.getBoundingClientRect().height)
    expect(rowHeight).toBeGreaterThanOrEqual((10 * 96) / 25.4)
    const facts = await printToPdf('signin')
    expect(facts.pages).toBe(1)
    const text = compact(facts.text)
    for (const fact of ['签到表', '守护钱袋子·防范电信网络诈骗', '幸福社区党群服务中心', '王秀英', '张建国', '刘芳', '138****8000', '60岁及以上', '签名'])
      expect(text).toContain(fact)
    expect(text).not.toContain('13800138000')
    expect(await page.locator('[data-testid="signin-row"]').count()).toBeGreaterThan(SIGNED_UP.length)
  })

  it('prints whole phone numbers only after the worker confirms', async () => {
    await page.click('[data-testid="signin-full-phones"]')
    await page.click('[data-testid="confirm-cancel"]')
    expect(await page.isChecked('[data-testid="signin-full-phones"]')).toBe(false)
    expect(await page.textContent('[data-testid="print-pages"]')).not.toContain('13800138000')
    await page.click('[data-testid="signin-full-phones"]')
    await page.click('[data-testid="confirm-ok"]')
    await expect.poll(() => page.textContent('[data-testid="print-pages"]')).toContain('13800138000')
    expect(await page.isChecked('[data-testid="signin-full-phones"]')).toBe(true)
  })

  it('shows 小区/楼栋, and the last four phone digits beside a name two people share', async () => {
    await openPreview(`/print/signin?session=${twinsSessionId}`)
    const facts = await printToPdf('signin-twins')
    const text = compact(facts.text)
    for (const fact of ['小区/楼栋：幸福里小区3号楼', '小区/楼栋', '幸福里3-201', '幸福里5-102', '尾号1111', '尾号2222']) expect(text).toContain(fact)
    const tails = await page.locator('[data-testid="signin-tail"]').allTextContents()
    expect(tails.sort()).toEqual(['尾号 1111', '尾号 2222'])
    // 李四 has the name to himself: no tail beside it.
    expect(text).not.toContain('尾号3333')
    await expectNothingClipped()
  })

  it('lays out a 100-page blank sheet in steps with progress, never freezing the window', async () => {
    // A timer in the page samples the sheets and the progress bar: it can only run when layout yields.
    const probe = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })
    await probe.addInitScript(() => {
      const samples: { sheets: number; progress: string }[] = []
      Object.assign(window, { printSamples: samples })
      setInterval(() => {
        const progress = document.querySelector('[data-testid="print-progress"]')?.textContent ?? ''
        samples.push({ sheets: document.querySelectorAll('[data-testid="print-sheet"]').length, progress })
      }, 0)
    })
    await probe.goto(`${server.url}/#/print/signin?session=${bigSessionId}&prefill=0&pages=100`)
    await probe.waitForSelector('[data-print-ready="true"]', { timeout: 45_000, state: 'attached' })
    const samples = await probe.evaluate(() => (window as unknown as { printSamples: { sheets: number; progress: string }[] }).printSamples)
    const partial = new Set(samples.filter((sample) => sample.sheets > 0 && sample.sheets < 100).map((sample) => sample.sheets))
    expect(partial.size).toBeGreaterThanOrEqual(5)
    expect(samples.some((sample) => /正在排版：\d+ \/ 100 页/.test(sample.progress))).toBe(true)
    await probe.close()

    await openPreview(`/print/signin?session=${bigSessionId}&prefill=0&pages=100`)
    const facts = await printToPdf('signin-100')
    expect(facts.pages).toBe(100)
    expect(compact(facts.text)).toContain('第100页/共100页')
    const rowsOnFirstPage = await page.locator('[data-testid="print-sheet"]').first().locator('[data-testid="signin-row"]').count()
    expect(await page.locator('[data-testid="signin-row"]').count()).toBe(100 * rowsOnFirstPage)
  })

  it('fits A5 too', async () => {
    await openPreview(`/print/signin?session=${sessionId}&paper=A5`)
    const facts = await printToPdf('signin-a5', 'A5')
    expect(compact(facts.text)).toContain('王秀英')
    await expectNothingClipped()
  })
})

describe('session report', () => {
  it("prints the session's facts, attendance by age group, the deck shown, quiz results and a signature line", async () => {
    await openPreview(`/print/report?session=${sessionId}`)
    const facts = await printToPdf('report')
    expect(facts.pages).toBe(1)
    const text = compact(facts.text)
    for (const fact of [
      '宣讲活动记录',
      '守护钱袋子·防范电信网络诈骗',
      '2026年12月1日14:30',
      '幸福社区党群服务中心',
      '李警官',
      '60岁及以上',
      '遇事找谁问',
      '收到12381发来的预警短信，说明什么？',
      '2/3',
      '现场发放宣传单120份。',
      '组织者签字',
    ]) {
      expect(text).toContain(fact)
    }
    const totals = await page.textContent('[data-testid="report-attendance"] tr.total')
    expect(compact(totals ?? '')).toBe('合计32')
    await expectNothingClipped()
  })
})

describe('in English', () => {
  it('shows the preview and prints the sheet and the report in English', async () => {
    await page.goto(`${server.url}/#/print`)
    await page.selectOption('[data-testid="language-switch"]', 'en')
    await expect.poll(() => page.textContent('h1')).toBe('Print')
    await page.screenshot({ path: screenshotPath('print-home-en'), fullPage: true })
    await openPreview(`/print/signin?session=${sessionId}`)
    const sheet = await printToPdf('signin-en')
    expect(sheet.text).toContain('Sign-in sheet')
    expect(sheet.text).toContain('Signature')
    await openPreview(`/print/report?session=${sessionId}`)
    const report = await printToPdf('report-en')
    expect(report.text).toContain('Outreach session report')
    expect(report.text).toContain("Organiser's signature")
    await openPreview('/print/tips?deck=builtin-seven-tips')
    await printToPdf('tips-en')
  })
})

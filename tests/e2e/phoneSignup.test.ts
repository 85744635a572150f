import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { request as httpRequest } from 'node:http'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchChromium, screenshotPath } from '../helpers/chromium'
import { startServe, type ServeProcess } from '../helpers/serveProcess'
import { makeTempDir } from '../helpers/tempDatabase'
import { localDayAt } from '../helpers/sessionDays'

const LAN_HOST = '127.0.0.2'
const ANDROID = {
  viewport: { width: 360, height: 640 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
  userAgent: 'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36',
}
const IPHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
  userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
}

let browser: Browser
let server: ServeProcess
const ids = { today: '', future: '', other: '' }
let signUpUrl = ''
const temp = makeTempDir('outreach-e2e-phone-')
const dbFile = join(temp.dir, 'outreach.sqlite')

interface Status {
  open: boolean
  url: string | null
  count: number
}
interface Answer {
  status: number
  body: { registered?: boolean; checkedIn?: boolean; already?: boolean; error?: { code: string; message: string } }
}

/** A raw request to the LAN listener, from a chosen loopback source address (each phone has its own). */
function lanPost(url: string, body: unknown, options: { from?: string; headers?: Record<string, string>; raw?: string } = {}): Promise<Answer> {
  const target = new URL(url)
  const text = options.raw ?? JSON.stringify(body)
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        localAddress: options.from,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...options.headers },
      },
      (response) => {
        let data = ''
        response.on('data', (chunk: Buffer) => (data += chunk.toString()))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: data.startsWith('{') ? JSON.parse(data) : {} }))
      },
    )
    request.on('error', reject)
    request.end(text)
  })
}

const status = (sessionId: string) => server.api<Status>('phoneSignup.status', { sessionId })

async function openPhone(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage()
  await page.goto(url)
  return page
}

async function fillAndSubmit(page: Page, person: { name: string; phone?: string; age?: string; neighbourhood?: string; consent?: boolean }): Promise<void> {
  await page.fill('#name', person.name)
  await page.fill('#phone', person.phone ?? '')
  if (person.age) await page.tap(`label.choice:has(input[value="${person.age}"])`)
  await page.fill('#neighbourhood', person.neighbourhood ?? '')
  if (person.consent) await page.tap('#consent')
  await page.tap('#submit')
}

beforeAll(async () => {
  server = await startServe(dbFile, ['--lan-host', LAN_HOST])
  browser = await launchChromium()
  ids.today = (await server.api<{ id: string }>('sessions.create', { title: '今天的讲座·识破冒充客服', startsAt: localDayAt(0, 23, 30), place: '和平里活动室' })).id
  ids.future = (await server.api<{ id: string }>('sessions.create', { title: '下周讲座·守护养老钱', startsAt: localDayAt(6), place: '礼堂' })).id
  ids.other = (await server.api<{ id: string }>('sessions.create', { title: '上周讲座', startsAt: localDayAt(-7), place: '礼堂' })).id
  await server.api('attendees.signUp', { sessionId: ids.other, name: '张秀英', phone: '13800138000', ageGroup: '60plus', neighbourhood: '幸福里', consent: true })
  const networks = await server.api<{ addresses: { address: string }[] }>('phoneSignup.networks', {})
  expect(networks.addresses.map((network) => network.address)).toEqual([LAN_HOST])
  const opened = await server.api<{ url: string; host: string; port: number }>('phoneSignup.open', { sessionId: ids.today })
  expect(opened.host).toBe(LAN_HOST)
  expect(opened.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.2:${opened.port}/p/[\\w-]{20,}$`))
  signUpUrl = opened.url
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  temp.remove()
})

describe('the phone page on an Android phone (360×640)', () => {
  let context: BrowserContext
  let page: Page
  beforeAll(async () => {
    context = await browser.newContext(ANDROID)
    page = await openPhone(context, signUpUrl)
  })
  afterAll(() => context.close())

  it('is small, large-type, in Chinese, shows the session title and nothing about anyone', async () => {
    const response = await page.request.get(signUpUrl)
    const html = await response.text()
    expect(Buffer.byteLength(html)).toBeLessThan(100 * 1024)
    expect(response.headers()['set-cookie']).toBeUndefined()
    expect(await page.textContent('h1')).toBe('今天的讲座·识破冒充客服')
    expect(html).not.toContain('张秀英')
    expect(html).not.toContain('13800138000')
    for (const label of ['姓名', '手机号', '年龄段', '小区', '提交']) expect(await page.textContent('main')).toContain(label)
    expect(await page.locator('label.choice').count()).toBe(4)
    expect(parseFloat(await page.evaluate(() => getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(18)
    for (const target of ['#submit', '#name', '#phone', 'label.choice >> nth=0', '.lang a']) {
      const box = (await page.locator(target).boundingBox())!
      expect(box.height, target).toBeGreaterThanOrEqual(48)
    }
    await page.screenshot({ path: screenshotPath('phone-signup-android-360'), fullPage: true })
  })

  it('shows the server’s field messages in place and saves nothing', async () => {
    await fillAndSubmit(page, { name: '', phone: '1380013' })
    await expect.poll(() => page.textContent('#name-error')).toBe('必填')
    expect(await page.textContent('#phone-error')).toContain('11 位手机号')
    expect((await status(ids.today)).count).toBe(0)
  })

  it('signs up and checks in on the session’s day, then says 您已签到 for the same phone', async () => {
    await fillAndSubmit(page, { name: '王建国', phone: '139 0000 1111', age: '60plus', neighbourhood: '和平里', consent: true })
    await expect.poll(() => page.textContent('#done-title')).toBe('签到成功')
    await page.screenshot({ path: screenshotPath('phone-signup-android-done') })
    expect(await status(ids.today)).toMatchObject({ open: true, count: 1 })
    const again = await openPhone(context, signUpUrl)
    await fillAndSubmit(again, { name: '王建国', phone: '13900001111', consent: true })
    await expect.poll(() => again.textContent('#done-title')).toBe('您已签到')
    expect((await status(ids.today)).count).toBe(1)
    expect(await context.cookies()).toEqual([])
  })
})

describe('the phone page on an iPhone (390×844)', () => {
  it('keeps another name on a known phone apart as a pending sign-up and changes nobody', async () => {
    const context = await browser.newContext(IPHONE)
    const page = await openPhone(context, signUpUrl)
    await page.screenshot({ path: screenshotPath('phone-signup-iphone-390'), fullPage: true })
    await fillAndSubmit(page, { name: '张小明', phone: '13800138000', age: '18-35', consent: true })
    await expect.poll(() => page.textContent('#done-title')).toBe('签到成功')
    const pending = await server.api<{ items: { resident: { name: string }; existing: { name: string } }[] }>('signups.pendingList', { sessionId: ids.today })
    expect(pending.items.map((item) => [item.resident.name, item.existing.name])).toEqual([['张小明', '张秀英']])
    const owner = await server.api<{ items: { name: string; ageGroup: string | null }[] }>('people.list', { query: '13800138000' })
    expect(owner.items).toMatchObject([{ name: '张秀英', ageGroup: '60plus' }])
    await context.close()
  })

  it('switches to English', async () => {
    const context = await browser.newContext(IPHONE)
    const page = await openPhone(context, signUpUrl)
    await page.tap('.lang a')
    await expect.poll(() => page.textContent('#submit')).toBe('Submit')
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    await context.close()
  })
})

describe('many phones and misuse', () => {
  it('takes 30 phones signing up at once, each counted once', async () => {
    const before = (await status(ids.today)).count
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        lanPost(
          `${signUpUrl}/signup`,
          { name: `居民${'甲乙丙丁戊己庚辛壬癸'[index % 10]}${'一二三'[Math.floor(index / 10)]}`, phone: `1370000${String(index).padStart(4, '0')}`, consent: true },
          { from: `127.0.0.${10 + index}` },
        ),
      ),
    )
    expect(answers.map((answer) => answer.status)).toEqual(Array(30).fill(200))
    expect(answers.every((answer) => answer.body.checkedIn === true && answer.body.already === false)).toBe(true)
    expect((await status(ids.today)).count).toBe(before + 30)
  })

  it('limits one address to 10 sign-ups a minute, refuses big bodies and foreign Host names', async () => {
    const from = '127.0.0.60'
    const answers: number[] = []
    for (let index = 0; index < 11; index++) answers.push((await lanPost(`${signUpUrl}/signup`, { name: '刘芳', phone: '13600001234', consent: true }, { from })).status)
    expect(answers).toEqual([...Array(10).fill(200), 429])
    expect((await lanPost(`${signUpUrl}/signup`, {}, { from: '127.0.0.61', raw: JSON.stringify({ name: 'x'.repeat(5000), consent: false }) })).status).toBe(413)
    expect((await lanPost(`${signUpUrl}/signup`, { name: '赵敏', consent: false }, { from: '127.0.0.62', headers: { host: 'evil.example' } })).status).toBe(403)
  })

  it('refuses every worker method on the LAN port, with the worker’s token too, and changes nothing', async () => {
    const contract = (await (await fetch(`${server.url}/api`, { headers: { 'x-api-token': server.token } })).json()) as { methods: { name: string }[] }
    expect(contract.methods.length).toBeGreaterThan(50)
    const countBefore = (await status(ids.today)).count
    const sessionsBefore = await server.api<unknown[]>('sessions.list', {})
    const lan = new URL(signUpUrl)
    for (const { name } of contract.methods) {
      for (const path of [`/api/${name}`, `${lan.pathname}/${name}`, `${lan.pathname}/api/${name}`]) {
        const answer = await lanPost(`${lan.origin}${path}`, { sessionId: ids.today, name: '攻击', title: 'x' }, { from: '127.0.0.70', headers: { 'x-api-token': server.token } })
        expect(answer.status, `${name} ${path}`).toBe(404)
      }
    }
    const listing = await fetch(`${lan.origin}/api`, { headers: { 'x-api-token': server.token } })
    expect(listing.status).toBe(404)
    expect((await status(ids.today)).count).toBe(countBefore)
    expect(await server.api<unknown[]>('sessions.list', {})).toEqual(sessionsBefore)
  })

  it('signs up only for its own session, whatever session or token the body names', async () => {
    const before = (await status(ids.today)).count
    const answer = await lanPost(`${signUpUrl}/signup`, { name: '钱七', consent: false, sessionId: ids.future, token: 'x'.repeat(20) }, { from: '127.0.0.71' })
    expect(answer.status).toBe(200)
    expect((await status(ids.future)).count).toBe(0)
    expect((await status(ids.today)).count).toBe(before + 1)
  })
})

describe('closing', () => {
  it('after the worker closes it, the link says 签到已结束 and accepts nothing', async () => {
    const before = (await status(ids.today)).count
    await server.api('phoneSignup.close', { sessionId: ids.today })
    expect(await status(ids.today)).toMatchObject({ open: false, url: null, count: before })
    const context = await browser.newContext(ANDROID)
    const page = await openPhone(context, signUpUrl)
    expect(await page.textContent('h1')).toBe('签到已结束')
    expect(await page.locator('form').count()).toBe(0)
    await page.screenshot({ path: screenshotPath('phone-signup-ended') })
    await context.close()
    const answer = await lanPost(`${signUpUrl}/signup`, { name: '孙八', consent: false }, { from: '127.0.0.80' })
    expect(answer.status).toBe(410)
    expect(answer.body.error?.message).toContain('签到已结束')
    expect((await status(ids.today)).count).toBe(before)
  })

  it('registers before the day, and closes when the session is cancelled', async () => {
    const opened = await server.api<{ url: string }>('phoneSignup.open', { sessionId: ids.future })
    expect(opened.url).not.toBe(signUpUrl)
    const first = await lanPost(`${opened.url}/signup`, { name: '周九', consent: false }, { from: '127.0.0.90' })
    expect(first.body).toEqual({ registered: true, checkedIn: false, already: false })
    await server.api('sessions.update', { id: ids.future, status: 'cancelled' })
    const refused = await lanPost(`${opened.url}/signup`, { name: '吴十', consent: false }, { from: '127.0.0.91' })
    expect(refused.status).toBeGreaterThanOrEqual(403)
    expect(refused.body.error?.message).toContain('签到已结束')
    expect(await status(ids.future)).toMatchObject({ open: false, count: 1 })
    await expect(server.api('phoneSignup.open', { sessionId: ids.future })).rejects.toThrow(/409/)
  })
})

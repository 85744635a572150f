import { describe, it, expect } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { deckFileSchema, DECK_FORMAT_VERSION, ELDERLY_MAX_BULLETS, type DeckFile, type LocalizedText } from '../../../src-main/contract/deckFormat'
import { PICTOGRAM_NAMES } from '../../../src-main/contract/pictograms'

const DECKS_DIR = join(process.cwd(), 'resources', 'decks')

/**
 * The two sources every deck is written from: the police press article (内蒙古警方严打电信网络诈骗, 2021) and the
 * fact sheet of later published facts (the 2022 Anti-Fraud Law, the five high-incidence types, 养老 scams, AI
 * face-swap, card checks). A hotline, number, percentage or date on a slide that is in neither was invented.
 */
/** Copies of the project's reference files (the article and the fact sheet), kept with the tests so CI reads them too. */
const REFERENCE_DIR = join(process.cwd(), 'tests', 'fixtures', 'deck-sources')
const SOURCE_FILES = ['000_328c4635337f330e.txt', 'facts-beyond-the-article.md']
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']

/** Every figure a source states: its digits (with any decimal part and % sign), and months it names in words. */
function sourceFigures(text: string): Set<string> {
  const withoutAddresses = text.replace(/https?:\/\/\S+/g, ' ')
  const figures = new Set(withoutAddresses.match(/\d+(?:\.\d+)?%?/g) ?? [])
  // “2 September 2022” is written 2022年9月2日 on a slide: the month's number is the source's too.
  MONTHS.forEach((month, index) => {
    if (new RegExp(`\\b${month}\\b`, 'i').test(withoutAddresses)) figures.add(String(index + 1))
  })
  return figures
}

const SOURCE_FIGURES = new Set(SOURCE_FILES.flatMap((file) => [...sourceFigures(readFileSync(join(REFERENCE_DIR, file), 'utf8'))]))

/** The eight “凡是…都是诈骗” patterns, word for word as the police listed them. */
const EIGHT_PATTERNS = [
  '凡是自称公检法要求汇款的',
  '凡是让你汇款到“安全账户”的',
  '凡是通知中奖、领取补贴要你先交钱的',
  '凡是通知“家属”出事要先汇款的',
  '凡是索要个人和银行卡信息及短信验证码的',
  '凡是让你开通网银接受检查的',
  '凡是自称领导（老板）要求打款的',
  '凡是陌生网站（链接）要登记个人信息的',
]

const THREE_NOS_ONE_MORE = ['未知链接不惦记', '陌生来电不轻信', '个人信息不透露', '转账汇款多核实']

interface LoadedDeck {
  file: string
  deck: DeckFile
}

function loadDecks(): LoadedDeck[] {
  return readdirSync(DECKS_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((file) => {
      const raw: unknown = JSON.parse(readFileSync(join(DECKS_DIR, file), 'utf8'))
      const parsed = deckFileSchema.safeParse(raw)
      if (!parsed.success) throw new Error(`${file}: ${JSON.stringify(parsed.error.issues, null, 2)}`)
      return { file, deck: parsed.data }
    })
}

/** Every localized string anywhere in a value, in both languages. */
function allTexts(value: unknown): LocalizedText[] {
  if (Array.isArray(value)) return value.flatMap(allTexts)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (typeof record['zh-CN'] === 'string' && typeof record.en === 'string') return [record as LocalizedText]
    return Object.values(record).flatMap(allTexts)
  }
  return []
}

function deckZh(deck: DeckFile): string {
  return allTexts(deck)
    .map((text) => text['zh-CN'])
    .join('\n')
}

function fillDefaults(text: string, deck: DeckFile, locale: keyof LocalizedText): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => deck.variables?.[name]?.[locale] ?? '')
}

const chars = (text: string) => [...text].length
const zhSentences = (text: string) => (text.match(/[。！？][”’）]*/g) ?? []).length
const enSentences = (text: string) => (text.match(/[.!?]["”’)]*(?=\s|$)/g) ?? []).length

const decks = loadDecks()
const byFile = (file: string) => {
  const found = decks.find((loaded) => loaded.file === file)
  if (!found) throw new Error(`missing deck ${file}`)
  return found.deck
}

describe('built-in decks', () => {
  it('ships the twelve decks, each a valid built-in deck named after its file', () => {
    expect(decks.map((loaded) => loaded.file)).toEqual([
      'ai-face-voice.json',
      'anti-fraud-law.json',
      'eight-anyones.json',
      'elder-scams.json',
      'five-types.json',
      'fraud-types.json',
      'seven-tips.json',
      'three-nos-one-more.json',
      'two-cards-students-workers.json',
      'two-cards.json',
      'what-to-do-now.json',
      'who-to-call.json',
    ])
    for (const { file, deck } of decks) {
      expect(deck.version).toBe(DECK_FORMAT_VERSION)
      expect(deck.builtIn).toBe(true)
      expect(deck.id).toBe(`builtin-${basename(file, '.json')}`)
    }
  })

  it('has deck ids unique across decks', () => {
    const ids = decks.map((loaded) => loaded.deck.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('speaks to older residents in all but the students-and-workers deck, one idea and at most three bullets a slide', () => {
    for (const { file, deck } of decks) {
      expect(deck.audience, file).toBe(file === 'two-cards-students-workers.json' ? 'general' : 'elderly')
      if (deck.audience !== 'elderly') continue
      for (const slide of deck.slides) if (slide.kind === 'bullets') expect(slide.bullets.length, `${file} ${slide.id}`).toBeLessThanOrEqual(ELDERLY_MAX_BULLETS)
    }
  })

  it('puts a pictogram on most slides, and bundles only pictograms some deck uses', () => {
    const slides = decks.flatMap(({ deck }) => deck.slides)
    const pictured = slides.filter((slide) => slide.pictogram)
    expect(pictured.length / slides.length).toBeGreaterThan(0.6)
    const used = new Set(pictured.map((slide) => slide.pictogram))
    expect(PICTOGRAM_NAMES.filter((name) => !used.has(name))).toEqual([])
  })

  it('gives every deck at least one quiz', () => {
    for (const { deck } of decks) expect(deck.slides.some((slide) => slide.kind === 'quiz')).toBe(true)
  })

  it('covers all seven tips in the seven-tips deck', () => {
    const deck = byFile('seven-tips.json')
    for (let tip = 1; tip <= 7; tip++) {
      expect(
        deck.slides.some((slide) => slide.id.startsWith(`tip-${tip}`)),
        `tip ${tip}`,
      ).toBe(true)
    }
    const zh = deckZh(deck)
    for (const phrase of ['公检法', 'QQ', '国家反诈中心', '来电预警', '软件自检', '12381', '网恋交友', '二维码', '官方应用商城', ...THREE_NOS_ONE_MORE, ...EIGHT_PATTERNS]) {
      expect(zh, phrase).toContain(phrase)
    }
  })

  it('has all eight “凡是” patterns, word for word, in the eight-anyones deck', () => {
    const zh = deckZh(byFile('eight-anyones.json'))
    for (const pattern of EIGHT_PATTERNS) expect(zh, pattern).toContain(pattern)
    for (const key of ['安全账户', '验证码', '网银', '领导', '家属', '补贴', '陌生网站']) expect(zh).toContain(key)
  })

  it('has the four parts of 三不一多, each on its own slide', () => {
    const deck = byFile('three-nos-one-more.json')
    for (const phrase of THREE_NOS_ONE_MORE) {
      expect(
        deck.slides.some((slide) => slide.kind === 'bullets' && slide.title['zh-CN'].includes(phrase)),
        phrase,
      ).toBe(true)
    }
  })

  it('names the five fraud types, the high-risk age group and the two-cards penalties', () => {
    const types = deckZh(byFile('fraud-types.json'))
    for (const phrase of ['网络贷款诈骗', '网络兼职刷单诈骗', '杀猪盘', '冒充客服诈骗', '冒充公检法诈骗', '中青年', '学生', '家长']) {
      expect(types, phrase).toContain(phrase)
    }
    const cards = deckZh(byFile('two-cards-students-workers.json'))
    for (const phrase of ['三大运营商', '物联网卡', '对公账户', '支付宝', '打击、整治、惩戒', '非柜面业务', '1张电话卡', '入网', '征信', '帮助信息网络犯罪活动罪']) {
      expect(cards, phrase).toContain(phrase)
    }
  })

  it('mentions 96110, 110, 12381 and 国家反诈中心 across the decks', () => {
    const zh = decks.map((loaded) => deckZh(loaded.deck)).join('\n')
    for (const phrase of ['96110', '110', '12381', '国家反诈中心']) expect(zh).toContain(phrase)
  })

  it('reads the figures from the article and the fact sheet themselves', () => {
    for (const figure of ['2585', '63.3%', '96110', '12381', '80%', '2.0', '2022', '9', '12']) expect(SOURCE_FIGURES.has(figure), figure).toBe(true)
    // An amount nobody published, and digits that only occur inside a web address, are not source figures.
    for (const figure of ['5000', '101950571', '18904513']) expect(SOURCE_FIGURES.has(figure), figure).toBe(false)
  })

  it('never shows a hotline, number, percentage or date that is not in a source', () => {
    for (const { file, deck } of decks) {
      for (const text of allTexts(deck)) {
        for (const value of [text['zh-CN'], text.en]) {
          expect(value, `${file}: full-width digits in "${value}"`).not.toMatch(/[０-９％]/)
          for (const figure of value.match(/\d+(?:\.\d+)?%?/g) ?? []) {
            expect(SOURCE_FIGURES.has(figure), `${file}: "${figure}" in "${value}"`).toBe(true)
          }
        }
      }
    }
  })

  it('names its sources, each with publisher, title, date and web address', () => {
    for (const { file, deck } of decks) {
      expect(deck.sources?.length, file).toBeGreaterThan(0)
      for (const source of deck.sources ?? []) expect(source.url, file).toMatch(/^https?:\/\//)
    }
  })

  it('declares a default for every {{placeholder}} it uses', () => {
    for (const { file, deck } of decks) {
      const used = allTexts(deck).flatMap((text) => [...`${text['zh-CN']} ${text.en}`.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? ''))
      for (const name of used) expect(deck.variables?.[name], `${file}: {{${name}}}`).toBeDefined()
    }
  })

  it('keeps projected text short enough to read from the back of a room', () => {
    for (const { file, deck } of decks) {
      for (const slide of deck.slides) {
        const where = `${file} ${slide.id}`
        if ('title' in slide) expect(chars(slide.title['zh-CN']), `${where} title`).toBeLessThanOrEqual(16)
        if (slide.kind === 'bullets') {
          expect(slide.bullets.length, where).toBeLessThanOrEqual(5)
          for (const bullet of slide.bullets) {
            expect(chars(fillDefaults(bullet['zh-CN'], deck, 'zh-CN')), `${where}: ${bullet['zh-CN']}`).toBeLessThanOrEqual(24)
            expect(chars(fillDefaults(bullet.en, deck, 'en')), `${where}: ${bullet.en}`).toBeLessThanOrEqual(70)
          }
        }
        if (slide.kind === 'statement') expect(chars(slide.text['zh-CN']), where).toBeLessThanOrEqual(24)
      }
    }
  })

  it('gives every slide speaker notes of two to six sentences in both languages', () => {
    for (const { file, deck } of decks) {
      for (const slide of deck.slides) {
        const where = `${file} ${slide.id}`
        expect(zhSentences(slide.notes['zh-CN']), `${where} zh notes`).toBeGreaterThanOrEqual(2)
        expect(zhSentences(slide.notes['zh-CN']), `${where} zh notes`).toBeLessThanOrEqual(6)
        expect(enSentences(slide.notes.en), `${where} en notes`).toBeGreaterThanOrEqual(2)
        expect(enSentences(slide.notes.en), `${where} en notes`).toBeLessThanOrEqual(6)
      }
    }
  })

  it('writes each deck description as one sentence', () => {
    for (const { file, deck } of decks) {
      expect(zhSentences(deck.description['zh-CN']), file).toBe(1)
      expect(enSentences(deck.description.en), file).toBe(1)
    }
  })

  it('never leaves a text blank in either language', () => {
    for (const { file, deck } of decks) {
      for (const text of allTexts(deck)) {
        expect(text['zh-CN'].trim(), file).not.toBe('')
        expect(text.en.trim(), file).not.toBe('')
      }
    }
  })
})

describe('deckFileSchema', () => {
  const text = (value: string) => ({ 'zh-CN': value, en: value })
  const validDeck = () => ({
    format: 'outreach-deck',
    version: 1,
    id: 'test-deck',
    title: text('测试'),
    description: text('测试。'),
    slides: [
      {
        kind: 'quiz',
        id: 'q1',
        notes: text('一。二。'),
        question: text('是不是诈骗？'),
        options: [text('是'), text('不是')],
        answer: 0,
        explanation: text('是诈骗。'),
      },
    ] as Record<string, unknown>[],
  })

  it('accepts a minimal deck and fills in defaults', () => {
    const parsed = deckFileSchema.parse(validDeck())
    expect(parsed.builtIn).toBe(false)
  })

  it('rejects an unknown slide kind', () => {
    const deck = validDeck()
    deck.slides[0] = { kind: 'video', id: 'v1', notes: text('一。二。'), title: text('视频') }
    expect(deckFileSchema.safeParse(deck).success).toBe(false)
  })

  it('rejects a quiz answer that points past the options', () => {
    const deck = validDeck()
    deck.slides[0] = { ...deck.slides[0], answer: 2 }
    const result = deckFileSchema.safeParse(deck)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['slides', 0, 'answer'])
  })

  it('rejects any version other than the ones it reads', () => {
    expect(deckFileSchema.safeParse({ ...validDeck(), version: 2 }).success).toBe(true)
    expect(deckFileSchema.safeParse({ ...validDeck(), version: 3 }).success).toBe(true)
    expect(deckFileSchema.safeParse({ ...validDeck(), version: 4 }).success).toBe(false)
    expect(deckFileSchema.safeParse({ ...validDeck(), version: '1' }).success).toBe(false)
  })

  const source = { publisher: '北方新报正北方网', title: '内蒙古警方严打电信网络诈骗', date: '2021-08', url: 'http://www.northnews.cn/p/2022625.html' }

  it('reads sources and audience only from version 2, and checks each source', () => {
    expect(deckFileSchema.safeParse({ ...validDeck(), version: 2, sources: [source], audience: 'elderly' }).success).toBe(true)
    expect(deckFileSchema.safeParse({ ...validDeck(), version: 1, sources: [source] }).success).toBe(false)
    expect(deckFileSchema.safeParse({ ...validDeck(), version: 1, audience: 'general' }).success).toBe(false)
    expect(deckFileSchema.safeParse({ ...validDeck(), version: 2, sources: [{ ...source, date: '19 Aug' }] }).success).toBe(false)
    expect(deckFileSchema.safeParse({ ...validDeck(), version: 2, sources: [{ ...source, url: 'northnews.cn' }] }).success).toBe(false)
    expect(deckFileSchema.safeParse({ ...validDeck(), version: 2, audience: 'children' }).success).toBe(false)
  })

  it('keeps decks for elderly audiences to three bullets a slide', () => {
    const bullets = (count: number) => ({
      kind: 'bullets',
      id: 'b1',
      notes: text('一。二。'),
      title: text('标题'),
      bullets: Array.from({ length: count }, (_, i) => text(`第${i}条`)),
    })
    const deck = { ...validDeck(), version: 2, audience: 'elderly', slides: [bullets(3)] }
    expect(deckFileSchema.safeParse(deck).success).toBe(true)
    const crowded = deckFileSchema.safeParse({ ...deck, slides: [bullets(4)] })
    expect(crowded.success).toBe(false)
    expect(crowded.error?.issues[0]?.path).toEqual(['slides', 0, 'bullets'])
    expect(deckFileSchema.safeParse({ ...deck, audience: 'general', slides: [bullets(4)] }).success).toBe(true)
  })

  it('rejects unknown keys, duplicate slide ids and missing translations', () => {
    expect(deckFileSchema.safeParse({ ...validDeck(), theme: 'dark' }).success).toBe(false)

    const duplicated = validDeck()
    duplicated.slides.push({ ...duplicated.slides[0] })
    expect(deckFileSchema.safeParse(duplicated).success).toBe(false)

    expect(deckFileSchema.safeParse({ ...validDeck(), title: { 'zh-CN': '只有中文' } }).success).toBe(false)
  })

  it('rejects image paths that leave the deck folder', () => {
    const deck = validDeck()
    deck.slides[0] = { kind: 'imageText', id: 'i1', notes: text('一。二。'), title: text('图'), text: text('文'), image: '../secret.png' }
    expect(deckFileSchema.safeParse(deck).success).toBe(false)
    deck.slides[0] = { ...deck.slides[0], image: 'pictures/safe-account.png' }
    expect(deckFileSchema.safeParse(deck).success).toBe(true)
  })
})

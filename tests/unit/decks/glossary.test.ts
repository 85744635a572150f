import { describe, it, expect } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { deckFileSchema, type LocalizedText } from '../../../src-main/contract/deckFormat'
import { GLOSSARY, JARGON, glossaryMismatches } from '../../../src-main/contract/glossary'
import { enumLabels } from '../../../src-main/contract/labels'
import zhCN from '../../../src-renderer/i18n/zh-CN'
import en from '../../../src-renderer/i18n/en'

const DECKS_DIR = join(process.cwd(), 'resources', 'decks')

function allTexts(value: unknown): LocalizedText[] {
  if (Array.isArray(value)) return value.flatMap(allTexts)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (typeof record['zh-CN'] === 'string' && typeof record.en === 'string') return [record as LocalizedText]
    return Object.values(record).flatMap(allTexts)
  }
  return []
}

/** The same key path in two message trees, as zh/en pairs: the UI's texts shaped like a deck's. */
function pairs(zh: unknown, english: unknown, path = ''): (LocalizedText & { path: string })[] {
  if (typeof zh === 'string') return typeof english === 'string' ? [{ 'zh-CN': zh, en: english, path }] : []
  if (!zh || typeof zh !== 'object' || !english || typeof english !== 'object') return []
  const other = english as Record<string, unknown>
  return Object.entries(zh as Record<string, unknown>).flatMap(([key, value]) => pairs(value, other[key], `${path}.${key}`))
}

const AREAS_DIR = join(process.cwd(), 'src-renderer', 'i18n', 'areas')
const areaFiles = readdirSync(AREAS_DIR).filter((name) => name.endsWith('.ts'))

async function uiTexts() {
  const areas = await Promise.all(areaFiles.map(async (file) => ((await import(join(AREAS_DIR, file))) as { default: { 'zh-CN': unknown; en: unknown } }).default))
  return [...pairs(zhCN, en, 'app'), ...areas.flatMap((area, index) => pairs(area['zh-CN'], area.en, areaFiles[index])), ...pairs(enumLabels['zh-CN'], enumLabels.en, 'labels')]
}

const decks = readdirSync(DECKS_DIR)
  .filter((name) => name.endsWith('.json'))
  .map((file) => ({ file, deck: deckFileSchema.parse(JSON.parse(readFileSync(join(DECKS_DIR, file), 'utf8'))) }))

describe('glossary', () => {
  it('gives each Chinese term exactly one English wording', () => {
    const terms = GLOSSARY.map((term) => term.zh)
    expect(new Set(terms).size).toBe(terms.length)
  })

  it('finds a term rendered another way, and passes the fixed wording', () => {
    expect(glossaryMismatches('公检法不会通过电话办案', "Police and courts don't handle cases by phone").map((term) => term.zh)).toEqual(['公检法'])
    expect(glossaryMismatches('公检法不会通过电话办案', 'No police, prosecutors or courts handle cases by phone')).toEqual([])
    expect(glossaryMismatches('切勿参与“两卡”犯罪', 'Never take part in “two cards” crime').map((term) => term.zh)).toEqual(['两卡'])
    expect(glossaryMismatches('切记八个“凡是”', 'Remember the eight “whenever” rules').map((term) => term.zh)).toEqual(['八个凡是'])
  })

  it('is used by every deck: whenever the Chinese uses a term, the English uses its fixed wording', () => {
    const problems = decks.flatMap(({ file, deck }) =>
      allTexts(deck).flatMap((text) => glossaryMismatches(text['zh-CN'], text.en).map((term) => `${file}: ${term.zh} → “${term.en}” missing in “${text.en}”`)),
    )
    expect(problems).toEqual([])
  })

  it('is used by the UI: every screen text and label that names a term gives its fixed English', async () => {
    const texts = await uiTexts()
    expect(texts.length).toBeGreaterThan(500)
    expect(texts.some((text) => text['zh-CN'].includes('国家反诈中心'))).toBe(true)
    const problems = texts.flatMap((text) => glossaryMismatches(text['zh-CN'], text.en).map((term) => `${text.path}: ${term.zh} → “${term.en}” missing in “${text.en}”`))
    expect(problems).toEqual([])
  })
})

describe('jargon', () => {
  it('explains every official word in everyday words on the slide that uses it', () => {
    const problems = decks.flatMap(({ file, deck }) =>
      deck.slides.flatMap((slide) => {
        const zh = allTexts(slide)
          .map((text) => text['zh-CN'])
          .join('\n')
        return JARGON.filter((word) => zh.includes(word.zh) && !zh.includes(word.plain)).map((word) => `${file} ${slide.id}: ${word.zh} without “${word.plain}…”`)
      }),
    )
    expect(problems).toEqual([])
  })

  it('keeps official words off the projected text of decks for older residents', () => {
    const projected = (slide: (typeof decks)[number]['deck']['slides'][number]) => allTexts({ ...slide, notes: undefined }).map((text) => text['zh-CN'])
    const problems = decks
      .filter(({ deck }) => deck.audience === 'elderly')
      .flatMap(({ file, deck }) =>
        deck.slides.flatMap((slide) =>
          JARGON.filter((word) => word.zh !== '网银' && projected(slide).some((text) => text.includes(word.zh))).map((word) => `${file} ${slide.id}: ${word.zh}`),
        ),
      )
    expect(problems).toEqual([])
  })
})

import { describe, it, expect } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { deckFileSchema, type LocalizedText } from '../../../src-main/contract/deckFormat'
import { GLOSSARY, glossaryMismatches } from '../../../src-main/contract/glossary'

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
  })

  it('is used by every deck: whenever the Chinese uses a term, the English uses its fixed wording', () => {
    const problems = decks.flatMap(({ file, deck }) =>
      allTexts(deck).flatMap((text) => glossaryMismatches(text['zh-CN'], text.en).map((term) => `${file}: ${term.zh} → “${term.en}” missing in “${text.en}”`)),
    )
    expect(problems).toEqual([])
  })
})

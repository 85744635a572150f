import { describe, it, expect } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { deckFileSchema } from '../../../src-main/contract/deckFormat'
import { showsSources, sourcesLine } from '../../../src-renderer/logic/deckSources'

const deck = deckFileSchema.parse(JSON.parse(readFileSync(resolve('resources/decks/who-to-call.json'), 'utf8')))

describe('deck sources in the notes', () => {
  it('names publisher, title, date and address in the chosen language', () => {
    expect(sourcesLine(deck, 'zh-CN', '资料来源：')).toBe(
      '资料来源：北方新报正北方网《内蒙古警方严打电信网络诈骗：1~7月破案2585起》，2021-08，http://www.northnews.cn/p/2022625.html',
    )
    expect(sourcesLine(deck, 'en', 'Sources: ')).toBe('Sources: 北方新报正北方网, “内蒙古警方严打电信网络诈骗：1~7月破案2585起”, 2021-08, http://www.northnews.cn/p/2022625.html')
  })

  it('says nothing for a deck without sources, and shows them on the first and last slides', () => {
    expect(sourcesLine({ ...deck, sources: undefined }, 'en', 'Sources: ')).toBe('')
    expect([0, 1, 5, 9].map((index) => showsSources(index, 10))).toEqual([true, false, false, true])
  })
})

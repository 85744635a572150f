import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { deckFileSchema, type DeckFile } from '../../../src-main/contract/deckFormat'
import { handoutTips, helpBox } from '../../../src-renderer/logic/print/tipHandout'
import { keepNumbersWhole } from '../../../src-renderer/logic/print/textPieces'

const deck = (name: string): DeckFile => deckFileSchema.parse(JSON.parse(readFileSync(resolve('resources/decks', `${name}.json`), 'utf8')))
const noContact = { policeStation: '', policePhone: '', communityOffice: '', communityPhone: '' }

describe('tip handout content', () => {
  it("takes the hotlines word for word from the who-to-call deck, with the deck's defaults when no contact is typed", () => {
    const help = helpBox(deck('who-to-call'), noContact)
    expect(help.hotlines.map((line) => line['zh-CN'])).toEqual([
      '反诈咨询：96110',
      '报警、咨询：110',
      '收到12381发来的预警短信，表示您可能遭遇电信网络诈骗',
      '装好国家反诈中心APP，从正规渠道下载',
    ])
    expect(help.hotlines[2].en).toBe('You get a warning text message from 12381. This means you may be the target of a phone or online scam')
  })

  it('leaves out the police station line when no station phone is typed, instead of repeating 110', () => {
    const help = helpBox(deck('who-to-call'), noContact)
    expect(help.local.map((line) => line['zh-CN'])).toEqual(['社区居委会也能帮您'])
    expect(help.local.map((line) => line.en)).toEqual(['Help is also at your neighbourhood committee'])
    const typedStationOnly = helpBox(deck('who-to-call'), { ...noContact, policeStation: '幸福路派出所' })
    expect(typedStationOnly.local.map((line) => line['zh-CN'])).toEqual(['社区居委会也能帮您'])
  })

  it("fills in the worker's police station and community office, with the office's phone", () => {
    const help = helpBox(deck('who-to-call'), { policeStation: '幸福路派出所', policePhone: '0471-6612345', communityOffice: '幸福社区居委会', communityPhone: '0471-6654321' })
    expect(help.local.map((line) => line['zh-CN'])).toEqual(['联系幸福路派出所：0471-6612345', '幸福社区居委会也能帮您：0471-6654321'])
  })

  it('makes a tip of every bullets and statement slide, and none of title or quiz slides', () => {
    const tips = handoutTips(deck('seven-tips'), noContact)
    expect(tips.map((tip) => tip.id)).toEqual(['tip-1', 'tip-2', 'tip-2-benefits', 'tip-3', 'tip-4', 'tip-5', 'tip-6', 'tip-7a', 'tip-7b', 'tip-7c', 'tip-7d', 'closing'])
    expect(tips.flatMap((tip) => [tip.heading, ...tip.lines]).some((text) => /\{\{/.test(text['zh-CN'] + text.en))).toBe(false)
    expect(tips.find((tip) => tip.id === 'tip-4')?.pictogram).toBe('heart-crack')
  })
})

describe('keeping phone numbers on one line', () => {
  it('marks phone numbers and hotlines as pieces of their own, leaving the words around them', () => {
    expect(keepNumbersWhole('联系幸福路派出所：0471-6612345')).toEqual([
      { text: '联系幸福路派出所：', number: false },
      { text: '0471-6612345', number: true },
    ])
    expect(keepNumbersWhole('Call 96110 or 110').map((piece) => piece.number)).toEqual([false, true, false])
  })
})

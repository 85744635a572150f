import { describe, expect, it } from 'vitest'
import { effectiveValues, fillVariables, localize, placeholdersIn } from '../../../src-renderer/logic/deckText'
import { endPosition, jumpPosition, lastStep, nextPosition, previousPosition } from '../../../src-renderer/logic/deckNavigation'
import { builtinDecks } from '../../../src-main/decks/builtinDecks'
import type { Slide } from '../../../src-main/contract/deckFormat'

const text = (value: string) => ({ 'zh-CN': value, en: value })
const slides: Slide[] = [
  { kind: 'title', id: 't', notes: text('n'), title: text('T') },
  { kind: 'bullets', id: 'b', notes: text('n'), title: text('B'), bullets: [text('1'), text('2'), text('3')], reveal: true },
  { kind: 'quiz', id: 'q', notes: text('n'), question: text('Q'), options: [text('yes'), text('no')], answer: 0, explanation: text('E') },
  { kind: 'bullets', id: 'all', notes: text('n'), title: text('B'), bullets: [text('1'), text('2')], reveal: false },
]

describe('variable substitution', () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(fillVariables('请拨打{{policePhone}}或到{{policeStation}}', { policePhone: '110' })).toBe('请拨打110或到{{policeStation}}')
  })

  it("uses the worker's value, else the deck default in the slide language", () => {
    const defaults = { policeStation: { 'zh-CN': '当地派出所', en: 'your local police station' }, policePhone: text('110') }
    expect(effectiveValues(defaults, 'en', { policeStation: '  ' })).toEqual({ policeStation: 'your local police station', policePhone: '110' })
    expect(effectiveValues(defaults, 'zh-CN', { policeStation: '幸福路派出所 ' })).toEqual({ policeStation: '幸福路派出所', policePhone: '110' })
    expect(localize({ 'zh-CN': '找{{policeStation}}', en: 'Ask {{policeStation}}' }, 'en', { policeStation: 'Xingfu Rd station' })).toBe('Ask Xingfu Rd station')
  })

  it('finds every placeholder the built-in decks use, and each has a default', () => {
    for (const deck of builtinDecks) {
      for (const name of placeholdersIn(deck)) expect(deck.variables?.[name], `${deck.id} {{${name}}}`).toBeDefined()
    }
    expect(placeholdersIn(builtinDecks.find((deck) => deck.id === 'builtin-who-to-call')!)).toContain('communityOffice')
  })
})

describe('deck navigation', () => {
  it('reveals bullets one at a time, then moves on; a quiz has a reveal step', () => {
    expect(slides.map(lastStep)).toEqual([0, 2, 1, 0])
    let position = { index: 0, step: 0 }
    const seen: string[] = []
    for (let i = 0; i < 7; i++) {
      position = nextPosition(slides, position)
      seen.push(`${position.index}.${position.step}`)
    }
    expect(seen).toEqual(['1.0', '1.1', '1.2', '2.0', '2.1', '3.0', '3.0'])
  })

  it('going back un-reveals, and entering a slide from behind shows it whole', () => {
    expect(previousPosition(slides, { index: 1, step: 2 })).toEqual({ index: 1, step: 1 })
    expect(previousPosition(slides, { index: 2, step: 0 })).toEqual({ index: 1, step: 2 })
    expect(previousPosition(slides, { index: 0, step: 0 })).toEqual({ index: 0, step: 0 })
    expect(endPosition(slides)).toEqual({ index: 3, step: 0 })
  })

  it('jumps by slide number, clamped to the deck', () => {
    expect(jumpPosition(slides, 2)).toEqual({ index: 1, step: 0 })
    expect(jumpPosition(slides, 99)).toEqual({ index: 3, step: 0 })
    expect(jumpPosition(slides, 0)).toEqual({ index: 0, step: 0 })
  })
})

describe('presenter clock', () => {
  it('shows minutes and seconds, with a minus sign when over time', async () => {
    const { formatClock } = await import('../../../src-renderer/composables/useTimer')
    expect(formatClock(0)).toBe('0:00')
    expect(formatClock(75_000)).toBe('1:15')
    expect(formatClock(30 * 60_000)).toBe('30:00')
    expect(formatClock(-61_000)).toBe('−1:01')
  })
})

describe('useDeckNavigation', () => {
  it('blanks to black or white, toggles back, and any move un-blanks', async () => {
    const { ref } = await import('vue')
    const { useDeckNavigation } = await import('../../../src-renderer/composables/useDeckNavigation')
    const nav = useDeckNavigation(ref(slides))
    nav.toggleBlank('black')
    expect(nav.blank.value).toBe('black')
    nav.toggleBlank('white')
    expect(nav.blank.value).toBe('white')
    nav.toggleBlank('white')
    expect(nav.blank.value).toBe('none')
    nav.toggleBlank('black')
    nav.next()
    expect(nav.blank.value).toBe('none')
    expect(nav.position.value).toEqual({ index: 1, step: 0 })
    expect(nav.upcoming.value?.id).toBe('q')
    nav.last()
    expect(nav.current.value.id).toBe('all')
    expect(nav.upcoming.value).toBeUndefined()
    nav.jumpTo(3)
    expect(nav.position.value).toEqual({ index: 2, step: 0 })
  })
})

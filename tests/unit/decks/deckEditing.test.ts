import { describe, expect, it } from 'vitest'
import { completeTranslations, duplicateSlideAt, moveSlide, newSlide, slideIndexOfField, SLIDE_KINDS, uniqueSlideId } from '../../../src-renderer/logic/deckEditing'
import { deckFileSchema, slideSchema, type DeckFile } from '../../../src-main/contract/deckFormat'
import { builtinDecks } from '../../../src-main/decks/builtinDecks'

const text = (zh: string, en: string) => ({ 'zh-CN': zh, en })
const texts = {
  title: text('新的标题', 'New title'),
  bullet: text('新的要点', 'New bullet'),
  text: text('新的文字', 'New text'),
  question: text('这是不是诈骗？', 'Is this a scam?'),
  yes: text('是诈骗', 'Yes'),
  no: text('不是', 'No'),
  explanation: text('解释', 'Why'),
  notes: text('讲稿', 'Notes'),
}

describe('deck editing helpers', () => {
  it('makes a valid new slide of every kind', () => {
    for (const kind of SLIDE_KINDS) expect(slideSchema.safeParse(newSlide(kind, `new-${kind}`, texts)).success, kind).toBe(true)
  })

  it('moves, duplicates with a fresh id, and never loses a slide', () => {
    const slides = builtinDecks[0].slides
    expect(moveSlide(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a'])
    expect(moveSlide(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c'])
    const duplicated = duplicateSlideAt(slides, 1)
    expect(duplicated).toHaveLength(slides.length + 1)
    expect(new Set(duplicated.map((slide) => slide.id)).size).toBe(duplicated.length)
    expect(uniqueSlideId([{ ...slides[0], id: 'x-1' }], 'x')).toBe('x-2')
  })

  it('fills an empty language from the other so a Chinese-only edit saves', () => {
    const deck = structuredClone(builtinDecks[0]) as DeckFile
    deck.title = text('我们的版本', '  ')
    const completed = completeTranslations(deck)
    expect(completed.title).toEqual(text('我们的版本', '我们的版本'))
    expect(deckFileSchema.safeParse(completed).success).toBe(true)
  })

  it('finds the slide a field error is about', () => {
    expect(slideIndexOfField('deck.slides.3.title.en')).toBe(3)
    expect(slideIndexOfField('deck.title.en')).toBeUndefined()
  })
})

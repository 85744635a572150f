import type { DeckFile, LocalizedText, Slide } from '@contract/deckFormat'

export type SlideKind = Slide['kind']
export const SLIDE_KINDS: readonly SlideKind[] = ['title', 'bullets', 'statement', 'imageText', 'quiz']

/** Placeholder texts for a new slide, in both languages, so a new slide is valid from the start. */
export interface NewSlideTexts {
  title: LocalizedText
  bullet: LocalizedText
  text: LocalizedText
  question: LocalizedText
  yes: LocalizedText
  no: LocalizedText
  explanation: LocalizedText
  notes: LocalizedText
}

export function uniqueSlideId(slides: readonly Slide[], base: string): string {
  const taken = new Set(slides.map((slide) => slide.id))
  const stem = base.slice(0, 56)
  for (let n = 1; ; n++) {
    const candidate = `${stem}-${n}`
    if (!taken.has(candidate)) return candidate
  }
}

export function newSlide(kind: SlideKind, id: string, texts: NewSlideTexts): Slide {
  const notes = { ...texts.notes }
  switch (kind) {
    case 'title':
      return { kind, id, notes, title: { ...texts.title } }
    case 'bullets':
      return { kind, id, notes, title: { ...texts.title }, bullets: [{ ...texts.bullet }], reveal: true }
    case 'statement':
      return { kind, id, notes, text: { ...texts.text } }
    case 'imageText':
      return { kind, id, notes, title: { ...texts.title }, text: { ...texts.text } }
    case 'quiz':
      return { kind, id, notes, question: { ...texts.question }, options: [{ ...texts.yes }, { ...texts.no }], answer: 0, explanation: { ...texts.explanation } }
  }
}

export function moveSlide<T>(items: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= items.length || from === to) return [...items]
  const copy = [...items]
  const [moved] = copy.splice(from, 1)
  copy.splice(to, 0, moved)
  return copy
}

export function duplicateSlideAt(slides: readonly Slide[], index: number): Slide[] {
  const copy = structuredClone(slides[index])
  copy.id = uniqueSlideId(slides, slides[index].id.replace(/-\d+$/, ''))
  return [...slides.slice(0, index + 1), copy, ...slides.slice(index + 1)]
}

function completeText(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(completeText)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (typeof record['zh-CN'] === 'string' && typeof record.en === 'string') {
      const zh = record['zh-CN'].trim()
      const en = record.en.trim()
      return { 'zh-CN': zh || en, en: en || zh }
    }
    return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, completeText(inner)]))
  }
  return value
}

/** A worker may write only Chinese (or only English): the other language then shows the same text. */
export function completeTranslations(deck: DeckFile): DeckFile {
  return completeText(deck) as DeckFile
}

/** "deck.slides.3.title.en" → 3 (0-based), for pointing at the slide a save error is about. */
export function slideIndexOfField(path: string): number | undefined {
  const match = /(?:^|\.)slides\.(\d+)(?:\.|$)/.exec(path)
  return match ? Number(match[1]) : undefined
}

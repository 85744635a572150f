import type { DeckFile, LocalizedText, Slide } from '@contract/deckFormat'
import type { PictogramName } from '@contract/pictograms'
import { effectiveValues, fillVariables, type VariableValues } from '../deckText'

export type HandoutLanguage = 'zh-CN' | 'en' | 'both'
export type { HandoutSize as TextSize } from './handoutLayout'

/** The deck every handout takes its hotline wording from: never retyped, so never wrong. */
export const HOTLINE_DECK_ID = 'builtin-who-to-call'

export interface HandoutTip {
  id: string
  heading: LocalizedText
  lines: LocalizedText[]
  pictogram?: PictogramName
}

export interface LocalContact {
  policeStation: string
  policePhone: string
  communityOffice: string
  communityPhone: string
}

function fill(text: LocalizedText, values: { 'zh-CN': VariableValues; en: VariableValues }): LocalizedText {
  return { 'zh-CN': fillVariables(text['zh-CN'], values['zh-CN']), en: fillVariables(text.en, values.en) }
}

function valuesFor(deck: DeckFile, contact: LocalContact) {
  const typed = { policeStation: contact.policeStation, policePhone: contact.policePhone, communityOffice: contact.communityOffice }
  return { 'zh-CN': effectiveValues(deck.variables, 'zh-CN', typed), en: effectiveValues(deck.variables, 'en', typed) }
}

/** A slide as a printed tip: its title and its points; quizzes and title slides are not tips. */
export function tipFromSlide(slide: Slide): HandoutTip | null {
  const pictogram = slide.pictogram ? { pictogram: slide.pictogram } : {}
  switch (slide.kind) {
    case 'bullets':
      return { id: slide.id, heading: slide.title, lines: slide.bullets, ...pictogram }
    case 'statement':
      return { id: slide.id, heading: slide.text, lines: slide.caption ? [slide.caption] : [], ...pictogram }
    case 'imageText':
      return { id: slide.id, heading: slide.title, lines: [slide.text], ...pictogram }
    default:
      return null
  }
}

export function handoutTips(deck: DeckFile, contact: LocalContact): HandoutTip[] {
  const values = valuesFor(deck, contact)
  return deck.slides.flatMap((slide) => {
    const tip = tipFromSlide(slide)
    return tip ? [{ ...tip, heading: fill(tip.heading, values), lines: tip.lines.map((line) => fill(line, values)) }] : []
  })
}

function slideById(deck: DeckFile, id: string): Slide | undefined {
  return deck.slides.find((slide) => slide.id === id)
}

export interface HelpBox {
  hotlines: LocalizedText[]
  local: LocalizedText[]
}

/** Hotlines and local help in the who-to-call deck's own words, with the worker's contacts filled in. */
export function helpBox(hotlineDeck: DeckFile, contact: LocalContact): HelpBox {
  const values = valuesFor(hotlineDeck, contact)
  const closing = slideById(hotlineDeck, 'closing')
  const closingLocal = slideById(hotlineDeck, 'closing-local')
  const sms = slideById(hotlineDeck, 'sms-12381')
  const app = slideById(hotlineDeck, 'app-setup')
  const closingLines = closing?.kind === 'bullets' ? closing.bullets.map((line) => fill(line, values)) : []
  const localLines = closingLocal?.kind === 'bullets' ? closingLocal.bullets.map((line) => fill(line, values)) : []
  const labelled = (label: LocalizedText, line: LocalizedText): LocalizedText => ({ 'zh-CN': `${label['zh-CN']}，${line['zh-CN']}`, en: `${label.en}: ${line.en}` })
  const sentences = (first: LocalizedText, second: LocalizedText): LocalizedText => ({ 'zh-CN': `${first['zh-CN']}，${second['zh-CN']}`, en: `${first.en}. ${second.en}` })
  const hotlines = [...closingLines]
  if (sms?.kind === 'bullets' && sms.bullets.length > 1) hotlines.push(sentences(sms.bullets[0], sms.bullets[1]))
  if (app?.kind === 'bullets' && app.bullets.length > 0) hotlines.push(labelled(app.title, app.bullets[0]))
  const local = localLines.flatMap((line, index) => {
    // Without a typed station phone the line would only repeat 110, which the hotlines already give.
    if (index === 0 && !contact.policePhone.trim()) return []
    const phone = index === 1 ? contact.communityPhone.trim() : ''
    return [phone ? { 'zh-CN': `${line['zh-CN']}：${phone}`, en: `${line.en}: ${phone}` } : line]
  })
  return { hotlines, local }
}

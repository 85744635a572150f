import type { DeckFile, DeckSource } from '@contract/deckFormat'
import type { DeckLanguage } from './deckText'

function cite(source: DeckSource, language: DeckLanguage): string {
  return language === 'zh-CN' ? `${source.publisher}《${source.title}》，${source.date}，${source.url}` : `${source.publisher}, “${source.title}”, ${source.date}, ${source.url}`
}

/** One line naming where the deck's facts come from, after `label`; empty when the deck names no source. */
export function sourcesLine(deck: DeckFile, language: DeckLanguage, label: string): string {
  const sources = deck.sources ?? []
  if (sources.length === 0) return ''
  return `${label}${sources.map((source) => cite(source, language)).join(language === 'zh-CN' ? '；' : '; ')}`
}

/** The presenter is asked where a fact comes from at the start or the end of a talk. */
export function showsSources(slideIndex: number, slideCount: number): boolean {
  return slideIndex === 0 || slideIndex === slideCount - 1
}

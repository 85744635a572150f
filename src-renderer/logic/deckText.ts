import type { DeckFile, LocalizedText } from '@contract/deckFormat'

export type DeckLanguage = 'zh-CN' | 'en'
export type VariableValues = Record<string, string>

const PLACEHOLDER = /\{\{([A-Za-z][A-Za-z0-9_]{0,39})\}\}/g

/** Replaces {{name}} with its value; a placeholder with no value stays visible so the mistake can be seen. */
export function fillVariables(text: string, values: VariableValues): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole)
}

/** The worker's value for each variable, or the deck's default in the chosen language when left empty. */
export function effectiveValues(defaults: DeckFile['variables'], language: DeckLanguage, typed: VariableValues): VariableValues {
  const values: VariableValues = {}
  for (const [name, fallback] of Object.entries(defaults ?? {})) {
    const own = typed[name]?.trim()
    values[name] = own ? own : fallback[language]
  }
  for (const [name, value] of Object.entries(typed)) if (!(name in values) && value.trim()) values[name] = value.trim()
  return values
}

export function localize(text: LocalizedText | undefined, language: DeckLanguage, values: VariableValues): string {
  return text ? fillVariables(text[language], values) : ''
}

/** Every {{name}} a deck uses, so the presenter can be asked for each one. */
export function placeholdersIn(deck: DeckFile): string[] {
  const found = new Set<string>(Object.keys(deck.variables ?? {}))
  for (const match of JSON.stringify(deck.slides).matchAll(PLACEHOLDER)) found.add(match[1])
  return [...found]
}

import type { Grid } from '@contract/grids'

type Place = Pick<Grid['places'][number], 'name' | 'kind'>

const SHOP_PREFIX = /^(商|shop)\s*[:：]\s*/i

/** One place per line; "商:" (or "shop:") in front marks a shop street, anything else is a building. */
export function parsePlaces(text: string): Place[] {
  return text
    .split(/\r?\n|[，,、]/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => (SHOP_PREFIX.test(line) ? { name: line.replace(SHOP_PREFIX, '').trim(), kind: 'shop_street' as const } : { name: line, kind: 'building' as const }))
    .filter((place) => place.name !== '')
}

export function placesToText(places: readonly Place[], shopPrefix: string): string {
  return places.map((place) => (place.kind === 'shop_street' ? `${shopPrefix}:${place.name}` : place.name)).join('\n')
}

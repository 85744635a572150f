export interface WalkInGuess {
  name: string
  phone: string
}

const HAN = /\p{Script=Han}/u

/**
 * What the worker typed in the search box, read as a new person: "张三 138 0013 8000" gives both.
 * Short Latin letters are pinyin initials ("zs"), not a name, so they are not copied.
 */
export function guessWalkIn(query: string): WalkInGuess {
  const phoneMatch = /\+?\d[\d\s-]{6,}\d/.exec(query)
  const phone = phoneMatch ? phoneMatch[0].replace(/[\s-]/g, '') : ''
  const rest = (phoneMatch ? query.replace(phoneMatch[0], ' ') : query).replace(/\d+/g, ' ').replace(/\s+/g, ' ').trim()
  const looksLikeName = HAN.test(rest) || (rest.includes(' ') && rest.length > 3) || rest.length > 5
  return { name: looksLikeName ? rest : '', phone }
}

export type ApiLocale = 'zh-CN' | 'en'

/** Picks zh-CN or en from an Accept-Language header or a locale tag; Chinese is the default. */
export function pickLocale(acceptLanguage: string | undefined | null): ApiLocale {
  if (!acceptLanguage) return 'zh-CN'
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';')
      const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean)
      return { tag: tag.toLowerCase(), q: q === undefined ? 1 : Number(q), index }
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh-CN'
    if (tag.startsWith('en')) return 'en'
  }
  return 'zh-CN'
}

import { createI18n } from 'vue-i18n'
import zhCN from './zh-CN'
import en from './en'

export const SUPPORTED_LOCALES = ['zh-CN', 'en'] as const
export type UiLocale = (typeof SUPPORTED_LOCALES)[number]

/** Each feature area keeps its texts in i18n/areas/<area>.ts as { 'zh-CN': {...}, en: {...} }. */
type AreaMessages = Record<UiLocale, Record<string, unknown>>
const areas = Object.values(import.meta.glob<AreaMessages>('./areas/*.ts', { eager: true, import: 'default' }))

function messagesFor(locale: UiLocale, base: typeof zhCN): typeof zhCN {
  return Object.assign({}, base, ...areas.map((area) => area[locale]))
}

const STORAGE_KEY = 'outreach.locale'

function savedLocale(): UiLocale {
  const saved = localStorage.getItem(STORAGE_KEY)
  return saved === 'en' || saved === 'zh-CN' ? saved : 'zh-CN'
}

export const i18n = createI18n({
  legacy: false,
  locale: savedLocale(),
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': messagesFor('zh-CN', zhCN), en: messagesFor('en', en as typeof zhCN) },
})

export function setUiLocale(locale: UiLocale): void {
  i18n.global.locale.value = locale
  localStorage.setItem(STORAGE_KEY, locale)
  document.documentElement.lang = locale
}

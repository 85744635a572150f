import type { z } from 'zod'
import { describeIssues } from '../api/describeIssues'
import type { ApiLocale } from '../contract/locale'
import { deckPathLabel } from '../contract/deckPathLabel'

const MAX_LISTED = 6

/** Every problem in a deck file, one readable line each, in the worker's language. */
export function describeDeckIssues(issues: z.core.$ZodIssue[], locale: ApiLocale): string {
  const { fields } = describeIssues(issues, locale)
  const lines = Object.entries(fields).map(([path, text]) => `${deckPathLabel(path, locale)}${locale === 'zh-CN' ? '：' : ': '}${text}`)
  const listed = lines.slice(0, MAX_LISTED)
  if (lines.length > MAX_LISTED) listed.push(locale === 'zh-CN' ? `另有 ${lines.length - MAX_LISTED} 处问题` : `and ${lines.length - MAX_LISTED} more problems`)
  return listed.join(locale === 'zh-CN' ? '；' : '; ')
}

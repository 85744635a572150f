import type { z } from 'zod'
import type { ApiLocale } from '../contract/locale'
import { fieldLabel, hasMessage, translate } from './messages'

type Issue = z.core.$ZodIssue

function describeIssue(issue: Issue, locale: ApiLocale): string {
  if (hasMessage(issue.message)) return translate(locale, issue.message)
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return translate(locale, 'required')
      return translate(locale, 'wrong_type', { expected: translate(locale, `type.${issue.expected}`) })
    case 'too_small':
      if (issue.origin === 'string') return translate(locale, Number(issue.minimum) <= 1 ? 'required' : 'too_short', { minimum: Number(issue.minimum) })
      if (issue.origin === 'array') return translate(locale, 'too_few_items', { minimum: Number(issue.minimum) })
      return translate(locale, 'too_small_number', { minimum: Number(issue.minimum) })
    case 'too_big':
      if (issue.origin === 'string') return translate(locale, 'too_long', { maximum: Number(issue.maximum) })
      if (issue.origin === 'array') return translate(locale, 'too_many_items', { maximum: Number(issue.maximum) })
      return translate(locale, 'too_big_number', { maximum: Number(issue.maximum) })
    case 'invalid_format':
      return translate(locale, issue.format === 'datetime' ? 'invalid_datetime' : 'invalid_value')
    case 'invalid_value':
      return translate(locale, 'invalid_option')
    case 'unrecognized_keys':
      return translate(locale, 'unknown_fields', { keys: issue.keys.join(', ') })
    default:
      return translate(locale, 'invalid_value')
  }
}

/** Turns zod issues into one readable sentence and a message per field. */
export function describeIssues(issues: Issue[], locale: ApiLocale): { message: string; fields: Record<string, string> } {
  const fields: Record<string, string> = {}
  for (const issue of issues) {
    const path = issue.path.map(String).join('.') || '_'
    fields[path] ??= describeIssue(issue, locale)
  }
  const separator = locale === 'zh-CN' ? '：' : ' '
  const details = Object.entries(fields)
    .map(([path, text]) => (path === '_' ? text : `${fieldLabel(locale, path)}${separator}${text}`))
    .join(locale === 'zh-CN' ? '；' : '; ')
  return { message: translate(locale, 'invalid_input', { details }), fields }
}

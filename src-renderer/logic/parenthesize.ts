/** Text in parentheses as each language writes them: full-width in Chinese, half-width after a space in English. */
export function parenthesize(text: string, locale: string): string {
  return locale.startsWith('zh') ? `（${text}）` : ` (${text})`
}

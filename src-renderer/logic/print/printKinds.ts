export const PRINT_KINDS = ['tips', 'slides', 'notes', 'signin', 'report', 'phone', 'pledge'] as const
export type PrintKind = (typeof PRINT_KINDS)[number]

/** What each printable is made from, so the Print page asks only for that. */
export const PRINT_KIND_SOURCE: Record<PrintKind, 'deck' | 'session'> = {
  tips: 'deck',
  slides: 'deck',
  notes: 'deck',
  signin: 'session',
  report: 'session',
  phone: 'session',
  pledge: 'session',
}

export function isPrintKind(value: unknown): value is PrintKind {
  return typeof value === 'string' && (PRINT_KINDS as readonly string[]).includes(value)
}

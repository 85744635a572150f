import type { PersonSummary } from '@contract/people'
import type { ageGroups } from '@contract/people'

export type AgeGroupChoice = '' | (typeof ageGroups)[number]

export type PaperRowState = 'blank' | 'draft' | 'saving' | 'saved' | 'savedExisting' | 'alreadyPresent' | 'duplicateInGrid' | 'similar' | 'needsName' | 'error'

/** Who the typed phone already belongs to, as the search answered. */
export interface KnownPerson {
  attendeeId: string
  name: string
  inSession: boolean
  checkedInAt: string | null
}

/** A message key and its values, translated when shown so a language switch applies to it too. */
export interface RowNotice {
  key: string
  params?: Record<string, string | number>
}

export interface PaperRow {
  key: number
  name: string
  phone: string
  ageGroup: AgeGroupChoice
  state: PaperRowState
  notice: RowNotice | null
  similar: PersonSummary[]
  known: KnownPerson | null
}

export function blankRow(key: number): PaperRow {
  return { key, name: '', phone: '', ageGroup: '', state: 'blank', notice: null, similar: [], known: null }
}

export function isRowEmpty(row: Pick<PaperRow, 'name' | 'phone' | 'ageGroup'>): boolean {
  return !row.name.trim() && !row.phone.trim() && !row.ageGroup
}

/** Digits as a worker might write them (spaces, dashes, +86), reduced to the 11 that matter. */
export function phoneDigits(raw: string): string {
  const digits = raw.replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/\D/g, '')
  if (digits.length === 13 && digits.startsWith('86')) return digits.slice(2)
  if (digits.length === 15 && digits.startsWith('0086')) return digits.slice(4)
  return digits
}

export function isCompletePhone(raw: string): boolean {
  return /^1[3-9]\d{9}$/.test(phoneDigits(raw))
}

function sameName(a: string, b: string): boolean {
  return a.replace(/\s+/g, '') !== '' && a.replace(/\s+/g, '') === b.replace(/\s+/g, '')
}

/**
 * The earlier row this one repeats, or -1: the same phone, or the same name where
 * neither row has a phone (two 王芳 with different phones are two people).
 */
export function earlierDuplicate(rows: readonly Pick<PaperRow, 'name' | 'phone'>[], index: number): number {
  const row = rows[index]
  const phone = phoneDigits(row.phone)
  for (let other = 0; other < index; other++) {
    const candidate = rows[other]
    const otherPhone = phoneDigits(candidate.phone)
    if (phone.length === 11 && phone === otherPhone) return other
    if (!phone && !otherPhone && sameName(row.name, candidate.name)) return other
  }
  return -1
}

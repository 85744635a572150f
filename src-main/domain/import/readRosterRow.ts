import { normalizeChinaMobile } from '../../contract/phone'
import { isValidPersonName, normalizePersonName } from '../../contract/personName'
import type { AttendeeFields } from '../../db/repositories/attendeesRepository'
import { cleanCell, parseAgeGroup, parseConsent, parseGender } from './cellValues'
import type { ColumnMapping, ImportField } from '../../contract/importFields'

const MAX_NEIGHBOURHOOD_LENGTH = 100

/** A message key from the API catalogue, per field. */
export type FieldProblems = Partial<Record<ImportField, string>>

export interface RosterRow {
  /** The row as the spreadsheet numbers it (the header is row 1). */
  rowNumber: number
  /** The cells this row gave each mapped field, as written. */
  raw: Partial<Record<ImportField, string>>
  fields: AttendeeFields
  /** Whether the file itself says this person consented; undefined when it has no consent column. */
  consent: boolean | undefined
  errors: FieldProblems
}

function cell(cells: readonly string[], mapping: ColumnMapping, field: ImportField): string | undefined {
  const column = mapping[field]
  return column === undefined || column === null ? undefined : cleanCell(cells[column])
}

/** One data row checked on its own (no database): the values it would save and what is wrong with it. */
export function readRosterRow(cells: readonly string[], rowNumber: number, mapping: ColumnMapping): RosterRow {
  const raw: RosterRow['raw'] = {}
  const errors: FieldProblems = {}
  for (const field of Object.keys(mapping) as ImportField[]) {
    const value = cell(cells, mapping, field)
    if (value !== undefined) raw[field] = value
  }

  const name = normalizePersonName(raw.name ?? '')
  if (name === '') errors.name = 'required'
  else if (!isValidPersonName(name)) errors.name = 'name_invalid'

  let phone: string | null = null
  if (raw.phone) {
    phone = normalizeChinaMobile(raw.phone)
    if (!phone) errors.phone = 'phone_invalid'
  }

  const ageGroup = parseAgeGroup(raw.ageGroup ?? '')
  if (ageGroup === undefined) errors.ageGroup = 'import_age_unknown'
  const gender = parseGender(raw.gender ?? '')
  if (gender === undefined) errors.gender = 'import_gender_unknown'
  const consent = raw.consent === undefined ? undefined : parseConsent(raw.consent)
  if (raw.consent !== undefined && consent === undefined) errors.consent = 'import_consent_unknown'
  const neighbourhood = raw.neighbourhood ?? ''
  if (neighbourhood.length > MAX_NEIGHBOURHOOD_LENGTH) errors.neighbourhood = 'import_text_too_long'

  return {
    rowNumber,
    raw,
    fields: { name, phone, ageGroup: ageGroup ?? null, neighbourhood, gender: gender ?? null },
    consent,
    errors,
  }
}

/** True when a spreadsheet row has nothing in it (trailing blank lines, spacer rows). */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((value) => cleanCell(value) === '')
}

import { readPhoneNumber } from '../../contract/phone'
import { isValidPersonName, normalizePersonName } from '../../contract/personName'
import type { AttendeeFields } from '../../db/repositories/attendeesRepository'
import { cleanCell, parseAgeGroup, parseConsent, parseGender, phoneCellText } from './cellValues'
import type { ColumnMapping, ImportField } from '../../contract/importFields'

const MAX_NEIGHBOURHOOD_LENGTH = 100

/** A message key from the API catalogue, per field. */
export type FieldProblems = Partial<Record<ImportField, string>>

export interface RosterRow {
  /** The row as the spreadsheet numbers it (the first row of the sheet is row 1). */
  rowNumber: number
  /** The cells this row gave each mapped field, as written. */
  raw: Partial<Record<ImportField, string>>
  fields: AttendeeFields
  /** A fixed-line number, from a 固定电话 column or a phone column that held one. */
  landline: string | null
  /** Whether the file itself says this person consented; undefined when it has no consent column. */
  consent: boolean | undefined
  errors: FieldProblems
  /** Things that do not stop the row, such as a phone that cannot be read: the person is still imported. */
  warnings: FieldProblems
}

interface RowPhones {
  phone: string | null
  landline: string | null
  warnings: FieldProblems
}

/**
 * Sorts the numbers in the phone and landline cells by what they are, not by which column they came from.
 * A number that is neither is reported and left out, and the person is kept.
 */
function readPhones(raw: RosterRow['raw']): RowPhones {
  const result: RowPhones = { phone: null, landline: null, warnings: {} }
  for (const field of ['phone', 'landline'] as const) {
    if (!raw[field]) continue
    const number = readPhoneNumber(phoneCellText(raw[field]))
    if (!number) result.warnings[field] = 'import_phone_unreadable'
    else if (number.kind === 'mobile' && result.phone === null) result.phone = number.number
    else if (number.kind === 'landline' && result.landline === null) result.landline = number.number
    else result.warnings[field] = 'import_phone_second_number'
  }
  return result
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

  const { phone, landline, warnings } = readPhones(raw)

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
    landline,
    consent,
    errors,
    warnings,
  }
}

/** True when a spreadsheet row has nothing in it (trailing blank lines, spacer rows). */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((value) => cleanCell(value) === '')
}

/**
 * What a bundle carries of each synced table, column by column. Rows travel as JSON arrays in this order, so the
 * same list builds the export query and the import's json_each reads. Per-laptop columns stay home: sync_seq (this
 * laptop's own sequence) and sessions.grid_id only where the grid exists here (grids are not merged yet).
 */
export const SESSION_FIELDS = [
  'title',
  'starts_at',
  'duration_minutes',
  'place',
  'community',
  'neighbourhood',
  'building',
  'presenters',
  'audience',
  'status',
  'notes',
  'activity_type',
  'households_visited',
  'shops_visited',
  'people_reached_manual',
  'leaflets',
  'booklets',
  'posters',
] as const

/** Fields a worker edits; two laptops changing one of them differently is a conflict to review. */
export const PERSON_FIELDS = ['name', 'phone', 'landline', 'age_group', 'neighbourhood', 'gender'] as const

const VERSION = ['sync_hlc', 'sync_origin', 'sync_prev'] as const

export const BUNDLE_COLUMNS = {
  sessions: ['id', ...SESSION_FIELDS, 'grid_id', 'created_at', 'updated_at', ...VERSION],
  people: ['id', ...PERSON_FIELDS, 'name_initials', 'name_pinyin', 'last_seen_at', 'created_at', 'updated_at', ...VERSION],
  attendance: [
    'id',
    'session_id',
    'attendee_id',
    'source',
    'checked_in_at',
    'undone_at',
    'app_installed_at',
    'app_registered_at',
    'created_at',
    'updated_at',
    'sync_hlc',
    'sync_origin',
  ],
  consents: ['id', 'attendee_id', 'purpose', 'given_at', 'withdrawn_at', 'created_at', 'updated_at', 'sync_hlc', 'sync_origin'],
  tombstones: ['attendee_id', 'kind', 'merged_into', 'deleted_at', 'sync_hlc', 'sync_origin'],
} as const

export type BundleSection = keyof typeof BUNDLE_COLUMNS

export const TABLE_OF_SECTION: Record<BundleSection, string> = {
  sessions: 'sessions',
  people: 'attendees',
  attendance: 'attendance',
  consents: 'consents',
  tombstones: 'deletions',
}

export const BUNDLE_SECTIONS = Object.keys(BUNDLE_COLUMNS) as BundleSection[]

/** `value->>0 AS id, value->>1 AS title, …` for reading a section's arrays out of json_each. */
export function jsonColumns(section: BundleSection, alias = 'j'): string {
  return BUNDLE_COLUMNS[section].map((column, index) => `${alias}.value->>${index} AS ${column}`).join(', ')
}

/** A row of a section as an object keyed by column, from its array form. */
export type SectionRow = Record<string, string | number | null>

export function rowFromArray(section: BundleSection, values: readonly unknown[]): SectionRow {
  const row: SectionRow = {}
  BUNDLE_COLUMNS[section].forEach((column, index) => (row[column] = (values[index] ?? null) as string | number | null))
  return row
}

export function arrayFromRow(section: BundleSection, row: SectionRow): (string | number | null)[] {
  return BUNDLE_COLUMNS[section].map((column) => row[column] ?? null)
}

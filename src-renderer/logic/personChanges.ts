import type { FieldChange } from '@contract/attendees'

type Translate = (key: string, params?: Record<string, unknown>) => string

function valueText(t: Translate, field: FieldChange['field'], value: string | null): string {
  if (value === null || value === '') return t('signupRecords.empty')
  if (field === 'ageGroup') return t(`people.ageGroup.${value}`)
  if (field === 'gender') return t(`people.gender.${value}`)
  return value
}

/** One line per changed field, as "小区：幸福里 → 幸福里 3 栋". */
export function describeChanges(t: Translate, changes: readonly FieldChange[]): string[] {
  return changes.map((change) =>
    t('signupRecords.change', { field: t(`signupRecords.field.${change.field}`), from: valueText(t, change.field, change.from), to: valueText(t, change.field, change.to) }),
  )
}

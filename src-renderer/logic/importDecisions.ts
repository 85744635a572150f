import type { ApiInput, ApiOutput } from '@contract'

type PreviewRow = ApiOutput<'import.preview'>['rows'][number]
type Decision = NonNullable<ApiInput<'import.commit'>['decisions']>[number]

/** What the worker picked for a possible duplicate: `same:<attendeeId>`, `new` or `skip`. */
export type DecisionChoice = `same:${string}` | 'new' | 'skip'

export function decisionsForCommit(choices: Record<number, DecisionChoice>): Decision[] {
  return Object.entries(choices).map(([row, choice]): Decision => {
    const rowNumber = Number(row)
    if (choice.startsWith('same:')) return { rowNumber, action: 'same', attendeeId: choice.slice('same:'.length) }
    return { rowNumber, action: choice as 'new' | 'skip' }
  })
}

/** Rows the commit will write: new and updated people, and possible duplicates the worker did not skip. */
export function importableCount(rows: readonly PreviewRow[], choices: Record<number, DecisionChoice>): number {
  return rows.filter((row) => row.status === 'new' || row.status === 'update' || (row.status === 'possible_duplicate' && choices[row.rowNumber] !== 'skip')).length
}

export function needsAttention(row: PreviewRow): boolean {
  return row.status === 'error' || row.status === 'possible_duplicate' || row.status === 'duplicate_in_file' || Object.keys(row.warnings).length > 0
}

import { describe, expect, it } from 'vitest'
import { decisionsForCommit, importableCount, needsAttention } from '../../../src-renderer/logic/importDecisions'

const row = (rowNumber: number, status: 'new' | 'update' | 'duplicate_in_file' | 'possible_duplicate' | 'error', warnings: Record<string, string> = {}) => ({
  rowNumber,
  status,
  values: { name: '', phone: '', ageGroup: '', neighbourhood: '', gender: '' },
  errors: {},
  warnings,
  repeatOf: null,
  attendeeId: null,
  candidates: [],
})

describe('import decisions', () => {
  it('turns the worker’s choices into commit decisions', () => {
    expect(decisionsForCommit({ 3: 'same:abc', 4: 'new', 5: 'skip' })).toEqual([
      { rowNumber: 3, action: 'same', attendeeId: 'abc' },
      { rowNumber: 4, action: 'new' },
      { rowNumber: 5, action: 'skip' },
    ])
  })

  it('counts what will be written: new, updates, and duplicates not skipped', () => {
    const rows = [row(2, 'new'), row(3, 'update'), row(4, 'possible_duplicate'), row(5, 'possible_duplicate'), row(6, 'error'), row(7, 'duplicate_in_file')]
    expect(importableCount(rows, { 4: 'same:x', 5: 'skip' })).toBe(3)
  })

  it('flags rows the worker should look at', () => {
    expect([row(2, 'new'), row(3, 'new', { phone: 'not kept' }), row(4, 'error'), row(5, 'update')].map(needsAttention)).toEqual([false, true, true, false])
  })
})

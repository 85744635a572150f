import { computed, ref, type Ref } from 'vue'
import { invoke } from '../api/client'
import { ApiCallError } from '../api/ApiCallError'
import { useCheckInStore } from '../stores/useCheckInStore'
import { blankRow, earlierDuplicate, isCompletePhone, isRowEmpty, phoneDigits, type PaperRow } from '../logic/paperRows'
import { errorMessage } from '../logic/errorMessage'

const FIRST_ROWS = 10

/** The rows of one typed-in paper sheet and saving them, each row on its own. */
export function usePaperEntry(sessionId: Ref<string>, sheetConsent: Ref<boolean>) {
  const checkIn = useCheckInStore()
  let nextKey = 0
  const rows = ref<PaperRow[]>(Array.from({ length: FIRST_ROWS }, () => blankRow(nextKey++)))

  const savedCount = computed(() => rows.value.filter((row) => row.state === 'saved' || row.state === 'savedExisting').length)
  const pendingCount = computed(() => rows.value.filter((row) => !isRowEmpty(row) && !['saved', 'savedExisting', 'alreadyPresent', 'duplicateInGrid'].includes(row.state)).length)

  function addRows(count: number): void {
    rows.value.push(...Array.from({ length: count }, () => blankRow(nextKey++)))
  }

  function isDone(row: PaperRow): boolean {
    return row.state === 'saved' || row.state === 'savedExisting' || row.state === 'saving'
  }

  /** Flags shown while typing: a repeat of an earlier row, or a phone that is already known. */
  async function review(index: number): Promise<void> {
    const row = rows.value[index]
    if (isDone(row)) return
    if (isRowEmpty(row)) {
      Object.assign(row, { state: 'blank', notice: null, known: null })
      return
    }
    const duplicateOf = earlierDuplicate(rows.value, index)
    if (duplicateOf >= 0) {
      Object.assign(row, { state: 'duplicateInGrid', notice: { key: 'checkin.paper.state.duplicateInGrid', params: { row: duplicateOf + 1 } } })
      return
    }
    if (row.state === 'duplicateInGrid' || row.state === 'blank') Object.assign(row, { state: 'draft', notice: null })
    row.known = null
    if (!isCompletePhone(row.phone)) return
    const phone = phoneDigits(row.phone)
    try {
      const { items } = await invoke('attendance.search', { sessionId: sessionId.value, query: phone, limit: 1 })
      if (phoneDigits(row.phone) !== phone || isDone(row)) return
      const match = items[0]
      row.known = match ? { attendeeId: match.attendeeId, name: match.name, inSession: match.inSession, checkedInAt: match.checkedInAt } : null
      if (row.known?.checkedInAt) Object.assign(row, { state: 'alreadyPresent', notice: { key: 'checkin.paper.state.alreadyPresent', params: { name: row.known.name } } })
      else if (row.state === 'alreadyPresent') Object.assign(row, { state: 'draft', notice: null })
    } catch {
      row.known = null
    }
  }

  function describeError(error: unknown): string {
    if (error instanceof ApiCallError && Object.keys(error.fields).length > 0) return Object.values(error.fields).join('；')
    return errorMessage(error)
  }

  /** Saves a finished row as signed and present; a choice answers a similar-name question. */
  async function save(index: number, choice: { attendeeId?: string; confirmedNew?: boolean } = {}): Promise<void> {
    const row = rows.value[index]
    if (isDone(row) || isRowEmpty(row)) return
    await review(index)
    if (row.state === 'duplicateInGrid' || row.state === 'alreadyPresent') return
    if (!row.name.trim()) {
      Object.assign(row, { state: 'needsName', notice: { key: 'checkin.paper.state.needsName' } })
      return
    }
    if (row.phone.trim() && !sheetConsent.value) {
      Object.assign(row, { state: 'error', notice: { key: 'checkin.paper.consentMissing' } })
      return
    }
    Object.assign(row, { state: 'saving', notice: null })
    try {
      const answer = await invoke('attendees.signUp', {
        sessionId: sessionId.value,
        name: row.name,
        phone: row.phone,
        consent: !!row.phone.trim() && sheetConsent.value,
        source: 'signup',
        checkIn: true,
        ...(row.ageGroup ? { ageGroup: row.ageGroup } : {}),
        ...choice,
      })
      if (answer.phoneOwner) {
        Object.assign(row, { state: 'error', notice: { key: 'signupRecords.paperPhoneOwner', params: { name: answer.phoneOwner.name } } })
        return
      }
      if (!answer.attendeeId) {
        Object.assign(row, { state: 'similar', notice: { key: 'checkin.paper.state.similar' }, similar: answer.possibleDuplicates })
        return
      }
      if (answer.alreadyCheckedIn)
        Object.assign(row, { state: 'alreadyPresent', notice: { key: 'checkin.paper.state.alreadyPresent', params: { name: row.name.trim() } }, similar: [] })
      else Object.assign(row, { state: answer.created ? 'saved' : 'savedExisting', notice: null, similar: [] })
      void checkIn.loadRoster()
    } catch (error) {
      Object.assign(row, { state: 'error', notice: { key: 'checkin.paper.state.error', params: { message: describeError(error) } } })
    }
  }

  return { rows, savedCount, pendingCount, addRows, review, save }
}

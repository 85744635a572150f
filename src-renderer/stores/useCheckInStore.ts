import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { ApiInput } from '@contract'
import type { RosterEntry, SearchMatch } from '@contract/attendance'
import type { SignUpOutput } from '@contract/attendees'
import { invoke } from '../api/client'

export interface CheckInRecord {
  attendeeId: string
  name: string
  checkedInAt: string
  /** The person had been checked in before this attempt; nothing changed. */
  already: boolean
}

type WalkInInput = Omit<ApiInput<'attendees.signUp'>, 'sessionId' | 'checkIn' | 'source'>

/** One session's roster and what the worker did at the door; the API is the only source of truth. */
export const useCheckInStore = defineStore('checkIn', () => {
  const sessionId = ref('')
  const roster = ref<RosterEntry[]>([])
  const rosterLoaded = ref(false)
  const rosterError = ref<string | null>(null)
  const saving = ref(new Set<string>())
  const history = ref<CheckInRecord[]>([])

  const registered = computed(() => roster.value.length)
  const present = computed(() => roster.value.reduce((n, entry) => n + (entry.checkedInAt ? 1 : 0), 0))
  const lastCheckIn = computed(() => history.value.at(-1))

  function open(id: string): void {
    if (sessionId.value === id) return
    sessionId.value = id
    roster.value = []
    rosterLoaded.value = false
    history.value = []
  }

  async function loadRoster(): Promise<void> {
    const forSession = sessionId.value
    try {
      const answer = await invoke('attendance.list', { sessionId: forSession })
      if (forSession !== sessionId.value) return
      roster.value = answer.items
      rosterLoaded.value = true
      rosterError.value = null
    } catch (error) {
      rosterError.value = error instanceof Error ? error.message : String(error)
    }
  }

  function setCheckedIn(attendeeId: string, checkedInAt: string | null): boolean {
    const entry = roster.value.find((item) => item.attendeeId === attendeeId)
    if (entry) entry.checkedInAt = checkedInAt
    return entry !== undefined
  }

  /** Resolves only after the check-in is on disk; throws ApiCallError otherwise. */
  async function checkIn(person: Pick<SearchMatch, 'attendeeId' | 'name'>): Promise<CheckInRecord> {
    saving.value.add(person.attendeeId)
    try {
      const before = roster.value.find((item) => item.attendeeId === person.attendeeId)?.checkedInAt ?? null
      const { checkedInAt } = await invoke('attendance.checkIn', { sessionId: sessionId.value, attendeeId: person.attendeeId })
      const record = { attendeeId: person.attendeeId, name: person.name, checkedInAt, already: before !== null && before === checkedInAt }
      if (!record.already) history.value.push(record)
      if (!setCheckedIn(person.attendeeId, checkedInAt)) await loadRoster()
      return record
    } finally {
      saving.value.delete(person.attendeeId)
    }
  }

  async function undoCheckIn(attendeeId: string): Promise<void> {
    saving.value.add(attendeeId)
    try {
      await invoke('attendance.undoCheckIn', { sessionId: sessionId.value, attendeeId })
      history.value = history.value.filter((record) => record.attendeeId !== attendeeId)
      setCheckedIn(attendeeId, null)
    } finally {
      saving.value.delete(attendeeId)
    }
  }

  /** Undoes the most recent check-in made here; returns who it was, or undefined when there is none. */
  async function undoLast(): Promise<CheckInRecord | undefined> {
    const last = lastCheckIn.value
    if (!last) return undefined
    await undoCheckIn(last.attendeeId)
    return last
  }

  /** Signs a new person up and checks them in at once; may answer with possibleDuplicates and save nothing. */
  async function walkIn(input: WalkInInput): Promise<SignUpOutput> {
    const answer = await invoke('attendees.signUp', { ...input, sessionId: sessionId.value, source: 'walkin', checkIn: true })
    if (answer.attendeeId && answer.checkedInAt) {
      history.value.push({ attendeeId: answer.attendeeId, name: String(input.name), checkedInAt: answer.checkedInAt, already: false })
      await loadRoster()
    }
    return answer
  }

  return { sessionId, roster, rosterLoaded, rosterError, saving, history, registered, present, lastCheckIn, open, loadRoster, checkIn, undoCheckIn, undoLast, walkIn }
})

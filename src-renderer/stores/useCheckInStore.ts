import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { ApiInput } from '@contract'
import type { RosterEntry, SearchMatch } from '@contract/attendance'
import type { SignUpOutput } from '@contract/attendees'
import { invoke } from '../api/client'
import { ApiCallError } from '../api/ApiCallError'
import { checkInMaker, type CheckInMaker } from '../logic/checkInMaker'

export interface CheckInRecord {
  attendeeId: string
  name: string
  checkedInAt: string
  /** Anything but 'thisCall' means the person had been checked in before this attempt and nothing changed. */
  madeBy: CheckInMaker
}

type WalkInInput = Omit<ApiInput<'attendees.signUp'>, 'sessionId' | 'checkIn' | 'source'>

/** One session's roster and what the worker did at the door; the API is the only source of truth. */
export const useCheckInStore = defineStore('checkIn', () => {
  const sessionId = ref('')
  const roster = ref<RosterEntry[]>([])
  const rosterLoaded = ref(false)
  const rosterError = ref<string | null>(null)
  const saving = ref(new Set<string>())
  /** The check-ins this desk made and may undo, newest last; never one made elsewhere. */
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

  /** Only a check-in this very call made goes on the undo stack. */
  function remember(person: Pick<SearchMatch, 'attendeeId' | 'name'>, checkedInAt: string, alreadyCheckedIn: boolean): CheckInRecord {
    const record = { attendeeId: person.attendeeId, name: person.name, checkedInAt, madeBy: checkInMaker(history.value, person.attendeeId, checkedInAt, alreadyCheckedIn) }
    if (record.madeBy === 'thisCall') history.value.push(record)
    return record
  }

  /** Resolves only after the check-in is on disk; throws ApiCallError otherwise. */
  async function checkIn(person: Pick<SearchMatch, 'attendeeId' | 'name'>): Promise<CheckInRecord> {
    saving.value.add(person.attendeeId)
    try {
      const { checkedInAt, alreadyCheckedIn } = await invoke('attendance.checkIn', { sessionId: sessionId.value, attendeeId: person.attendeeId })
      const record = remember(person, checkedInAt, alreadyCheckedIn)
      if (!setCheckedIn(person.attendeeId, checkedInAt)) await loadRoster()
      return record
    } finally {
      saving.value.delete(person.attendeeId)
    }
  }

  /**
   * Takes back the check-in made at `checkedInAt`. If another desk undid it or made a new one,
   * the server refuses (conflict): the check-in is no longer this desk's, and the roster is reread.
   */
  async function undoCheckIn(attendeeId: string, checkedInAt: string): Promise<void> {
    saving.value.add(attendeeId)
    const forget = () => (history.value = history.value.filter((record) => !(record.attendeeId === attendeeId && record.checkedInAt === checkedInAt)))
    try {
      await invoke('attendance.undoCheckIn', { sessionId: sessionId.value, attendeeId, checkedInAt })
      forget()
      setCheckedIn(attendeeId, null)
    } catch (error) {
      if (error instanceof ApiCallError && (error.code === 'conflict' || error.code === 'not_found')) {
        forget()
        await loadRoster()
      }
      throw error
    } finally {
      saving.value.delete(attendeeId)
    }
  }

  /** Undoes the most recent check-in made here; returns who it was, or undefined when there is none. */
  async function undoLast(): Promise<CheckInRecord | undefined> {
    const last = lastCheckIn.value
    if (!last) return undefined
    await undoCheckIn(last.attendeeId, last.checkedInAt)
    return last
  }

  /**
   * Signs a person up and checks them in at once. Answers the check-in, or the similar people to
   * choose from when nothing was saved.
   */
  async function walkIn(input: WalkInInput): Promise<{ record: CheckInRecord | null; answer: SignUpOutput }> {
    const answer = await invoke('attendees.signUp', { ...input, sessionId: sessionId.value, source: 'walkin', checkIn: true })
    if (!answer.attendeeId || !answer.checkedInAt) return { record: null, answer }
    const record = remember({ attendeeId: answer.attendeeId, name: String(input.name).trim() }, answer.checkedInAt, answer.alreadyCheckedIn)
    await loadRoster()
    return { record, answer }
  }

  return { sessionId, roster, rosterLoaded, rosterError, saving, history, registered, present, lastCheckIn, open, loadRoster, checkIn, undoCheckIn, undoLast, walkIn }
})

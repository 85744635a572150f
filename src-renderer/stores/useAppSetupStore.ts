import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { AppSetup, AppSetupStep } from '@contract/appSetup'
import { invoke } from '../api/client'

const AT: Record<AppSetupStep, keyof Omit<AppSetup, 'attendeeId'>> = {
  regionChosen: 'regionChosenAt',
  callAlert: 'callAlertAt',
  guardianLinked: 'guardianLinkedAt',
}

/** Which app set-up steps (home region, 来电预警, 家人守护) each person has done, by attendee id. */
export const useAppSetupStore = defineStore('appSetup', () => {
  const byAttendee = ref(new Map<string, AppSetup>())
  const saving = ref(new Set<string>())

  async function loadSession(sessionId: string): Promise<void> {
    const { items } = await invoke('attendance.appSetupList', { sessionId })
    for (const item of items) byAttendee.value.set(item.attendeeId, item)
  }

  async function loadPerson(attendeeId: string): Promise<void> {
    byAttendee.value.set(attendeeId, await invoke('people.appSetup.get', { attendeeId }))
  }

  function doneAt(attendeeId: string, step: AppSetupStep): string | null {
    return byAttendee.value.get(attendeeId)?.[AT[step]] ?? null
  }

  async function toggle(attendeeId: string, step: AppSetupStep): Promise<void> {
    saving.value.add(attendeeId)
    try {
      const setup = await invoke('people.appSetup.set', { attendeeId, [step]: !doneAt(attendeeId, step) })
      byAttendee.value.set(attendeeId, setup)
    } finally {
      saving.value.delete(attendeeId)
    }
  }

  return { byAttendee, saving, loadSession, loadPerson, doneAt, toggle }
})

import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { AppStatus } from '@contract/ledger'
import { invoke } from '../api/client'

type AppStatusChange = { installed?: boolean; registered?: boolean }

/** Who at the open session was helped with the anti-fraud app, by attendee id. */
export const useAppStatusStore = defineStore('appStatus', () => {
  const sessionId = ref('')
  const byAttendee = ref(new Map<string, AppStatus>())
  const saving = ref(new Set<string>())
  /** Bumped after every change, so counts elsewhere on the page know to reload. */
  const changes = ref(0)

  async function open(id: string): Promise<void> {
    if (sessionId.value !== id) {
      sessionId.value = id
      byAttendee.value = new Map()
    }
    const { items } = await invoke('attendance.appStatusList', { sessionId: id })
    if (sessionId.value === id) byAttendee.value = new Map(items.map((item) => [item.attendeeId, item]))
  }

  function statusOf(attendeeId: string): AppStatus | undefined {
    return byAttendee.value.get(attendeeId)
  }

  async function set(attendeeId: string, change: AppStatusChange): Promise<AppStatus> {
    saving.value.add(attendeeId)
    try {
      const status = await invoke('attendance.setAppStatus', { sessionId: sessionId.value, attendeeId, ...change })
      byAttendee.value.set(attendeeId, status)
      changes.value += 1
      return status
    } finally {
      saving.value.delete(attendeeId)
    }
  }

  /** One click: installed ↔ not; registered ↔ back to installed only. */
  function toggle(attendeeId: string, what: 'installed' | 'registered'): Promise<AppStatus> {
    const current = statusOf(attendeeId)
    if (what === 'installed') return set(attendeeId, { installed: !current?.appInstalledAt })
    return set(attendeeId, { registered: !current?.appRegisteredAt })
  }

  return { sessionId, byAttendee, saving, changes, open, statusOf, set, toggle }
})

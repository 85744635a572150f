import { ref, watch, type Ref } from 'vue'
import type { ApiOutput } from '@contract'
import { invoke } from '../api/client'
import { errorMessage } from '../logic/errorMessage'

/** What a pledge print needs: the template in the UI's language and, for a pre-filled print, the names of those checked in. */
export function usePledgePrint(sessionId: Ref<string>, locale: Ref<string>) {
  const template = ref<ApiOutput<'pledges.template.get'> | null>(null)
  const names = ref<string[]>([])
  const loadedFor = ref<string | null>(null)
  const error = ref('')

  watch(
    [sessionId, locale],
    async ([id, language]) => {
      loadedFor.value = null
      error.value = ''
      try {
        const [loaded, roster] = await Promise.all([
          invoke('pledges.template.get', { locale: language === 'en' ? 'en' : 'zh-CN' }),
          id ? invoke('attendance.list', { sessionId: id }) : Promise.resolve(null),
        ])
        template.value = loaded
        names.value = roster ? roster.items.filter((entry) => entry.checkedInAt).map((entry) => entry.name) : []
        loadedFor.value = id
      } catch (caught) {
        error.value = errorMessage(caught)
      }
    },
    { immediate: true },
  )

  return { template, names, loadedFor, error }
}

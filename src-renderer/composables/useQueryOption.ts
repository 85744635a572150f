import { computed, type WritableComputedRef } from 'vue'
import { useRoute, useRouter } from 'vue-router'

/**
 * One print option kept in the address (#/print/slides?layout=3&paper=A4), so a preview can be reopened,
 * bookmarked or printed by a script exactly as it was set up.
 */
export function useQueryOption<T>(name: string, parse: (raw: string | undefined) => T, serialize: (value: T) => string = String): WritableComputedRef<T> {
  const route = useRoute()
  const router = useRouter()
  return computed({
    get: () => {
      const raw = route.query[name]
      return parse(typeof raw === 'string' ? raw : undefined)
    },
    set: (value) => {
      void router.replace({ query: { ...route.query, [name]: serialize(value) } })
    },
  })
}

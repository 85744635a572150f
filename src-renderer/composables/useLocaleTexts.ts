import { computed, type ComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'

/**
 * Fixed texts (`prefix.key` for each key), looked up once per language instead of on every render: the
 * presenter re-renders on each slide change, and each message lookup costs more than the rest of its render.
 */
export function useLocaleTexts<K extends string>(prefix: string, keys: readonly K[]): ComputedRef<Record<K, string>> {
  const { t } = useI18n()
  return computed(() => Object.fromEntries(keys.map((key) => [key, t(`${prefix}.${key}`)])) as Record<K, string>)
}

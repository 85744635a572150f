import { reactive, watch } from 'vue'

/** Options the worker sets once (their police station, their community office) and expects to find next time. */
export function useRememberedOptions<T extends Record<string, string>>(key: string, defaults: T): T {
  const storageKey = `outreach.print.${key}`
  let saved: Partial<T>
  try {
    saved = JSON.parse(localStorage.getItem(storageKey) ?? '{}') as Partial<T>
  } catch {
    saved = {}
  }
  const values = reactive({ ...defaults }) as T
  for (const name of Object.keys(defaults) as (keyof T)[]) {
    if (typeof saved[name] === 'string') values[name] = saved[name] as T[keyof T]
  }
  watch(values, () => localStorage.setItem(storageKey, JSON.stringify(values)), { deep: true })
  return values
}

import { onBeforeUnmount, ref, watch } from 'vue'

/**
 * Shows a long printable a few pages at a time, yielding to the browser between batches,
 * so a 100-page sign-in sheet never freezes the window and the worker sees how far it has got.
 */
export function useProgressivePages(total: () => number, batch = 4) {
  const shown = ref(0)
  let timer: ReturnType<typeof setTimeout> | undefined

  function step() {
    shown.value = Math.min(total(), shown.value + batch)
    timer = shown.value < total() ? setTimeout(step, 0) : undefined
  }

  watch(
    total,
    () => {
      if (timer) clearTimeout(timer)
      shown.value = 0
      step()
    },
    { immediate: true },
  )
  onBeforeUnmount(() => timer && clearTimeout(timer))
  return shown
}

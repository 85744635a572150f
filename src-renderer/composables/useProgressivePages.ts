import { onBeforeUnmount, ref, watch } from 'vue'

/**
 * Shows a long printable a few pages at a time, yielding to the browser between batches,
 * so a 100-page sign-in sheet never freezes the window and the worker sees how far it has got.
 */
export function useProgressivePages(total: () => number, batch = 4) {
  const shown = ref(0)
  let timer: ReturnType<typeof setTimeout> | undefined
  let frame: number | undefined

  // Waiting for a frame first lets the browser paint each batch (and the progress bar) before the next one.
  function scheduleNext() {
    frame = requestAnimationFrame(() => {
      frame = undefined
      timer = setTimeout(step, 0)
    })
  }

  function step() {
    timer = undefined
    shown.value = Math.min(total(), shown.value + batch)
    if (shown.value < total()) scheduleNext()
  }

  function cancel() {
    if (timer) clearTimeout(timer)
    if (frame !== undefined) cancelAnimationFrame(frame)
    timer = undefined
    frame = undefined
  }

  watch(
    total,
    () => {
      cancel()
      shown.value = 0
      step()
    },
    { immediate: true },
  )
  onBeforeUnmount(cancel)
  return shown
}

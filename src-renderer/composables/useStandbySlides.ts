import { onBeforeUnmount, onMounted, shallowRef, watch, type Ref } from 'vue'
import { nearestMissingSlide } from '../logic/standbyOrder'

const idle = (work: () => void): number => (typeof requestIdleCallback === 'function' ? requestIdleCallback(work, { timeout: 500 }) : (setTimeout(work, 50) as unknown as number))
const cancelIdle = (handle: number) => (typeof cancelIdleCallback === 'function' ? cancelIdleCallback(handle) : clearTimeout(handle))

/**
 * Which slides the presenter keeps mounted, laid out and fitted, so a slide change only swaps which one is
 * visible: the current and next slides at once, every slide shown since, and the rest one at a time
 * whenever the browser is idle (nearest the current slide first), so a jump anywhere finds its slide ready.
 */
export function useStandbySlides(count: Ref<number>, current: Ref<number>) {
  const kept = shallowRef<ReadonlySet<number>>(new Set())
  let handle: number | undefined

  function keep(...indices: number[]) {
    const wanted = indices.filter((index) => index >= 0 && index < count.value && !kept.value.has(index))
    if (wanted.length) kept.value = new Set([...kept.value, ...wanted])
  }

  function warmNext() {
    const index = nearestMissingSlide(count.value, current.value, kept.value)
    if (index === undefined) return
    keep(index)
    handle = idle(warmNext)
  }

  watch(current, (index) => keep(index, index + 1), { immediate: true })
  onMounted(() => (handle = idle(warmNext)))
  onBeforeUnmount(() => handle !== undefined && cancelIdle(handle))

  return { isKept: (index: number) => kept.value.has(index) }
}

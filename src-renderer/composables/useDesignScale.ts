import { onBeforeUnmount, onMounted, ref, watch, type Ref } from 'vue'

/** The scale at which a fixed-size design canvas fits inside `frame`, kept up to date as the frame or the design size changes. */
export function useDesignScale(frame: Ref<HTMLElement | null>, designWidth: () => number, designHeight: () => number) {
  const scale = ref(0)
  let observer: ResizeObserver | undefined

  function measure() {
    const box = frame.value?.getBoundingClientRect()
    if (box) scale.value = Math.min(box.width / designWidth(), box.height / designHeight())
  }
  watch([designWidth, designHeight], measure)

  onMounted(() => {
    observer = new ResizeObserver(measure)
    if (frame.value) observer.observe(frame.value)
    measure()
  })
  onBeforeUnmount(() => observer?.disconnect())
  return { scale }
}

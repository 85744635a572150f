import { computed, onBeforeUnmount, ref } from 'vue'

/** A stopwatch for the talk and a countdown to the planned length; both pause together. */
export function useTimer(now: () => number = () => Date.now()) {
  const accumulatedMs = ref(0)
  const startedAt = ref<number | null>(null)
  const tick = ref(now())
  const countdownMinutes = ref(30)
  const handle = setInterval(() => (tick.value = now()), 250)
  onBeforeUnmount(() => clearInterval(handle))

  const elapsedMs = computed(() => accumulatedMs.value + (startedAt.value === null ? 0 : Math.max(0, tick.value - startedAt.value)))
  const remainingMs = computed(() => countdownMinutes.value * 60_000 - elapsedMs.value)

  return {
    elapsedMs,
    remainingMs,
    countdownMinutes,
    running: computed(() => startedAt.value !== null),
    start() {
      if (startedAt.value === null) startedAt.value = tick.value = now()
    },
    pause() {
      if (startedAt.value === null) return
      accumulatedMs.value += now() - startedAt.value
      startedAt.value = null
    },
    reset() {
      accumulatedMs.value = 0
      startedAt.value = startedAt.value === null ? null : now()
    },
  }
}

/** 75_000 → "1:15"; negative values (over time) get a minus sign. */
export function formatClock(ms: number): string {
  const totalSeconds = Math.floor(Math.abs(ms) / 1000)
  const minutes = Math.floor(totalSeconds / 60)
  const seconds = String(totalSeconds % 60).padStart(2, '0')
  return `${ms < 0 ? '−' : ''}${minutes}:${seconds}`
}

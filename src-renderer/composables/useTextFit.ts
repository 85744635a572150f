import { nextTick, onBeforeUnmount, onMounted, ref, watch, type Ref } from 'vue'
import { cachedFit, forgetFits, rememberFit } from '../logic/slideFitCache'

export interface TextFitOptions {
  /** What is being fitted (the slide object) and how it is drawn (language, style, values) as a cache key. */
  subject: () => { item: object; key: string }
  /** The font size the factor multiplies, and the size it may never go below. */
  basePx: () => number
  minPx: () => number
}

function overflows(element: HTMLElement): boolean {
  return element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1
}

/**
 * A font-size factor for `box`: 1 when the text fits, otherwise shrunk in small steps until it does
 * (or the minimum size is reached). `fitted` turns true once the factor is final.
 */
export function useTextFit(box: Ref<HTMLElement | null>, options: TextFitOptions) {
  const fit = ref(1)
  const fitted = ref(false)
  let run = 0

  async function refit() {
    const thisRun = ++run
    const { item, key } = options.subject()
    const known = cachedFit(item, key)
    if (known !== undefined) {
      fit.value = known
      fitted.value = true
      return
    }
    fitted.value = false
    fit.value = 1
    await nextTick()
    while (thisRun === run && box.value && overflows(box.value) && fit.value * options.basePx() > options.minPx() + 2) {
      fit.value = Math.round((fit.value - 0.04) * 100) / 100
      await nextTick()
    }
    if (thisRun !== run) return
    fitted.value = true
    rememberFit(item, key, fit.value)
  }

  // Noto Sans SC loads in pieces as new characters appear; each piece changes how much fits.
  const onFontsLoaded = () => {
    forgetFits()
    void refit()
  }
  watch(options.subject, refit)
  onMounted(() => {
    document.fonts?.addEventListener('loadingdone', onFontsLoaded)
    void refit()
  })
  onBeforeUnmount(() => document.fonts?.removeEventListener('loadingdone', onFontsLoaded))
  return { fit, fitted }
}

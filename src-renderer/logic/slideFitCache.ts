/**
 * How far each slide's text had to shrink, remembered per slide object and rendering (language, style,
 * variable values), so changing slides does not measure the same slide again: the "next slide"
 * preview has usually measured it already.
 */
let fits = new WeakMap<object, Map<string, number>>()

export function fitKey(language: string, theme: string, values: Record<string, string>): string {
  return `${language}|${theme}|${JSON.stringify(values)}`
}

export function cachedFit(slide: object, key: string): number | undefined {
  return fits.get(slide)?.get(key)
}

export function rememberFit(slide: object, key: string, fit: number): void {
  const forSlide = fits.get(slide) ?? new Map<string, number>()
  forSlide.set(key, fit)
  fits.set(slide, forSlide)
}

/** A newly loaded font changes every measurement. */
export function forgetFits(): void {
  fits = new WeakMap()
}

/** `<input type="datetime-local">` gives local wall time; the API wants an exact instant. */
export function localInputToIso(value: string): string {
  if (!value) return ''
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? value : date.toISOString()
}

const formatters = new Map<string, Intl.DateTimeFormat>()

/** Making an Intl.DateTimeFormat costs about a millisecond; a table of 100 sessions would make one per row. */
function formatter(locale: string, style: 'dateTime' | 'time'): Intl.DateTimeFormat {
  const key = `${style} ${locale}`
  let made = formatters.get(key)
  if (!made) {
    made = new Intl.DateTimeFormat(locale, style === 'dateTime' ? { dateStyle: 'medium', timeStyle: 'short' } : { hour: '2-digit', minute: '2-digit' })
    formatters.set(key, made)
  }
  return made
}

export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return formatter(locale, 'dateTime').format(date)
}

/** The other way round, for editing: an instant as the laptop's wall time (YYYY-MM-DDTHH:mm). */
export function isoToLocalInput(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}

export function formatTime(iso: string, locale: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return formatter(locale, 'time').format(date)
}

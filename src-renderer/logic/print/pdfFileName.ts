/** A file name the save dialog accepts on every system: no path or reserved characters, not too long. */
export function pdfFileName(...parts: string[]): string {
  const name = parts
    .map((part) => part.trim())
    .filter(Boolean)
    .join('-')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
    .replace(/[/\\:*?"<>|\u0000-\u001f]+/g, '-')
    .replace(/\s+/g, ' ')
    .slice(0, 100)
    .trim()
  return name || 'outreach'
}

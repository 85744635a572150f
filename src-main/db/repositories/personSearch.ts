/** A prefix range a plain index can serve ("zs" → zs ≤ x < zt). */
function prefixRange(prefix: string): [string, string] {
  return [prefix, prefix + '\uffff']
}

/**
 * How a worker's search box finds a person in `attendees` aliased as `p`: all 11 digits, the last 4 digits,
 * pinyin initials or whole pinyin (zs, zhangsan) for laptops without a Chinese IME, or part of the name.
 */
export function personSearchCondition(query: string): { where: string; params: string[] } {
  const compact = query.replace(/[\s\-]/g, '')
  if (/^\d{11}$/.test(compact)) return { where: 'p.phone = ?', params: [compact] }
  if (/^\d{4}$/.test(compact)) return { where: 'p.phone_tail = ?', params: [compact] }
  if (/^[a-zA-Z]+$/.test(compact)) {
    const lower = compact.toLowerCase()
    return {
      where: '((p.name_initials >= ? AND p.name_initials < ?) OR (p.name_pinyin >= ? AND p.name_pinyin < ?))',
      params: [...prefixRange(lower), ...prefixRange(lower)],
    }
  }
  const escaped = query.trim().replace(/[\\%_]/g, (c) => `\\${c}`)
  return { where: "p.name LIKE ? ESCAPE '\\'", params: [`%${escaped}%`] }
}

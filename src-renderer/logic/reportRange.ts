/** Calendar days as <input type="date"> gives them (YYYY-MM-DD); empty means open-ended. */
export interface DayRange {
  from: string
  to: string
}

export function yearRange(year: number): DayRange {
  return { from: `${year}-01-01`, to: `${year}-12-31` }
}

export const allTime: DayRange = { from: '', to: '' }

/** Who made the check-in that stands: this very call, this desk earlier, or another desk (or the kiosk). */
export type CheckInMaker = 'thisCall' | 'thisDesk' | 'otherDesk'

export interface DeskCheckIn {
  attendeeId: string
  checkedInAt: string
}

/**
 * The server says whether the call itself checked the person in; only the desk knows which of the
 * check-ins already standing it made itself, from the ones it still holds on its undo stack.
 */
export function checkInMaker(madeByThisDesk: readonly DeskCheckIn[], attendeeId: string, checkedInAt: string, alreadyCheckedIn: boolean): CheckInMaker {
  if (!alreadyCheckedIn) return 'thisCall'
  return madeByThisDesk.some((record) => record.attendeeId === attendeeId && record.checkedInAt === checkedInAt) ? 'thisDesk' : 'otherDesk'
}

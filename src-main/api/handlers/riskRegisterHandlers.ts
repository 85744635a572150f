import { ApiError } from '../../contract/errors'
import { findAttendee } from '../../db/repositories/attendeesRepository'
import { insertRiskVisit, listRiskEntries, listRiskVisits, readRiskFlags, replaceRiskFlags } from '../../db/repositories/riskRegisterRepository'
import type { SqliteConnection } from '../../db/sqliteConnection'
import type { HandlerContext, HandlersFor } from './context'

type RiskMethods = 'riskRegister.list' | 'riskRegister.get' | 'riskRegister.setFlags' | 'riskRegister.addVisit'

const DAY_MS = 86_400_000

async function requirePerson(db: SqliteConnection, attendeeId: string): Promise<void> {
  if (!(await findAttendee(db, attendeeId))) throw new ApiError('not_found', 'attendee_not_found')
}

async function personRecord(db: SqliteConnection, attendeeId: string) {
  return { flags: await readRiskFlags(db, attendeeId), visits: await listRiskVisits(db, attendeeId) }
}

export function riskRegisterHandlers({ db, now, newId }: HandlerContext): HandlersFor<RiskMethods> {
  return {
    'riskRegister.list': ({ notVisitedDays }) =>
      db.read(async (reader) => ({
        items: await listRiskEntries(reader, notVisitedDays ? new Date(now().getTime() - notVisitedDays * DAY_MS).toISOString() : undefined),
      })),
    'riskRegister.get': ({ attendeeId }) =>
      db.read(async (reader) => {
        await requirePerson(reader, attendeeId)
        return personRecord(reader, attendeeId)
      }),
    'riskRegister.setFlags': ({ attendeeId, flags }) =>
      db.write(async (tx) => {
        await requirePerson(tx, attendeeId)
        await replaceRiskFlags(tx, attendeeId, [...new Set(flags)], now().toISOString())
        return personRecord(tx, attendeeId)
      }),
    'riskRegister.addVisit': ({ attendeeId, method, note, visitedAt }) =>
      db.write(async (tx) => {
        await requirePerson(tx, attendeeId)
        const timestamp = now().toISOString()
        await insertRiskVisit(tx, { id: newId(), attendeeId, method, note: note ?? '', visitedAt: visitedAt ?? timestamp }, timestamp)
        return personRecord(tx, attendeeId)
      }),
  }
}

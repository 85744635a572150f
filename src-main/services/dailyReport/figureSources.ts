import type { ApiLocale } from '../../contract/locale'
import type { LedgerReport } from '../../contract/ledger'
import { enumLabels } from '../../contract/labels'
import type { SqliteConnection } from '../../db/sqliteConnection'
import { countAppSetupBetween } from '../../db/repositories/appSetupRepository'
import { listOtherHandedOut } from '../../db/repositories/materialsRepository'
import { rangeEndExclusive, rangeStart } from '../../contract/dayBounds'
import { buildCaseworkCounts } from '../caseworkCounts'
import { dailyLabels, fillText } from './dailyLabels'

/** What every figure source gets: the period's ledger (already built once) and its bounds. */
export interface FigureInput {
  db: SqliteConnection
  ledger: LedgerReport
  from: string
  to: string
  locale: ApiLocale
}

/** One source of report lines; returns no line when it has nothing to say. Counts only, never a name or phone. */
export type FigureSource = (input: FigureInput) => Promise<string[]>

const join = (locale: ApiLocale, parts: string[]): string => parts.join(locale === 'en' ? ', ' : '、')

async function activitiesHeld({ ledger, locale }: FigureInput): Promise<string[]> {
  const l = dailyLabels[locale]
  const types = ledger.byType
    .filter((row) => row.activities > 0)
    .map((row) => fillText(l.typeCount, { type: enumLabels[locale].activityType[row.activityType], n: row.activities }))
  return [fillText(ledger.totals.activities ? l.activities : l.noActivities, { n: ledger.totals.activities, types: join(locale, types) })]
}

async function peopleReached({ ledger, locale }: FigureInput): Promise<string[]> {
  const l = dailyLabels[locale]
  const { peopleReached: people, householdsVisited, shopsVisited } = ledger.totals
  const extra = [householdsVisited && fillText(l.households, { n: householdsVisited }), shopsVisited && fillText(l.shops, { n: shopsVisited })].filter(Boolean) as string[]
  return [fillText(l.people, { n: people }) + (extra.length ? fillText(l.bracket, { text: join(locale, extra) }) : '')]
}

async function appWork({ db, ledger, from, to, locale }: FigureInput): Promise<string[]> {
  const l = dailyLabels[locale]
  const setup = await countAppSetupBetween(db, rangeStart(from), rangeEndExclusive(to))
  const steps = [
    setup.regionChosen && fillText(l.regionChosen, { n: setup.regionChosen }),
    setup.callAlert && fillText(l.callAlert, { n: setup.callAlert }),
    setup.guardianLinked && fillText(l.guardianLinked, { n: setup.guardianLinked }),
  ].filter(Boolean) as string[]
  const line = fillText(l.app, { installed: ledger.totals.appInstalled, registered: ledger.totals.appRegistered })
  return [steps.length ? `${line}${l.semicolon}${join(locale, steps)}` : line]
}

async function materialsHandedOut({ db, ledger, from, to, locale }: FigureInput): Promise<string[]> {
  const l = dailyLabels[locale]
  const { leaflets, booklets, posters } = ledger.totals
  const prizes = await listOtherHandedOut(db, rangeStart(from), rangeEndExclusive(to))
  const given = [
    leaflets && fillText(l.leaflets, { n: leaflets }),
    booklets && fillText(l.booklets, { n: booklets }),
    posters && fillText(l.posters, { n: posters }),
    ...prizes.map((item) => fillText(l.item, { name: item.name, n: item.quantity, unit: item.unit }).trim()),
  ].filter(Boolean) as string[]
  return given.length ? [fillText(l.materials, { items: join(locale, given) })] : []
}

async function casework({ db, from, to, locale }: FigureInput): Promise<string[]> {
  const l = dailyLabels[locale]
  const counts = await buildCaseworkCounts(db, { from, to }, new Date())
  const pledges = counts.pledges.person + counts.pledges.household
  const done = [
    pledges && fillText(l.pledges, { n: pledges }),
    counts.alerts.followUps && fillText(l.followUps, { n: counts.alerts.followUps, inPerson: counts.alerts.inPerson }),
    counts.alerts.dissuaded && fillText(l.dissuaded, { n: counts.alerts.dissuaded }),
    counts.riskRegister.visits && fillText(l.riskVisits, { n: counts.riskRegister.visits }),
  ].filter(Boolean) as string[]
  return done.length ? [fillText(l.casework, { items: join(locale, done) })] : []
}

/**
 * The report's figures, in the order they are read out. Each source is one function over records the
 * worker already keeps.
 */
export const figureSources: FigureSource[] = [activitiesHeld, peopleReached, appWork, materialsHandedOut, casework]

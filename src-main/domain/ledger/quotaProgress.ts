import type { GridQuotaProgress, QuotaCounts, QuotaProgress } from '../../contract/quotas'
import { maskPhone } from '../../contract/phone'
import type { NotReachedRow, QuotaRow } from '../../db/repositories/quotasRepository'

/** How many not-yet-reached people a grid lists; the count says how many there are in all. */
export const NOT_REACHED_LIMIT = 200

const rate = (done: number, quota: number | null): number | null => (quota ? done / quota : null)

function counts(installQuota: number, registrationQuota: number, installs: number, registrations: number): QuotaCounts {
  return {
    installQuota,
    registrationQuota,
    installs,
    registrations,
    installRate: rate(installs, installQuota),
    registrationRate: rate(registrations, registrationQuota),
  }
}

/** Grids with a quota or any app work this month; the community figure sums the grids that have a quota. */
export function computeQuotaProgress(period: string, rows: QuotaRow[], notReached: NotReachedRow[]): QuotaProgress {
  const byGrid = new Map<string, NotReachedRow[]>()
  for (const row of notReached) byGrid.set(row.grid_id, [...(byGrid.get(row.grid_id) ?? []), row])
  const grids: GridQuotaProgress[] = rows
    .filter((row) => row.installs_quota !== null || row.installs > 0 || row.registrations > 0)
    .map((row) => {
      const people = byGrid.get(row.grid_id) ?? []
      return {
        gridId: row.grid_id,
        gridName: row.grid_name,
        ...counts(row.installs_quota ?? 0, row.registrations_quota ?? 0, row.installs, row.registrations),
        notReachedCount: people.length,
        notReached: people.slice(0, NOT_REACHED_LIMIT).map((person) => ({ attendeeId: person.attendee_id, name: person.name, phoneMasked: maskPhone(person.phone) })),
      }
    })
  const withQuota = rows.filter((row) => row.installs_quota !== null)
  const sum = (pick: (row: QuotaRow) => number): number => withQuota.reduce((total, row) => total + pick(row), 0)
  const community = counts(
    sum((row) => row.installs_quota ?? 0),
    sum((row) => row.registrations_quota ?? 0),
    sum((row) => row.installs),
    sum((row) => row.registrations),
  )
  return { period, grids, community }
}

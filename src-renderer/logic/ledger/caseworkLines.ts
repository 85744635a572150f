import type { CaseworkCounts } from '@contract/ledgerCasework'

export interface CaseworkLine {
  key: string
  value: number
  /** Drawn in red when above zero: something the worker still owes. */
  warn?: boolean
}

/** The counts in the order the ledger page and its print show them; keys are i18n keys under ledgerCasework.items. */
export function caseworkLines(counts: CaseworkCounts): CaseworkLine[] {
  const a = counts.alerts
  return [
    { key: 'alertsReceived', value: a.received },
    { key: 'followUps', value: a.followUps },
    { key: 'inPerson', value: a.inPerson },
    { key: 'dissuaded', value: a.dissuaded },
    { key: 'defrauded', value: a.defrauded },
    { key: 'notFraud', value: a.notFraud },
    { key: 'overdue', value: a.overdue, warn: true },
    { key: 'pledgesPerson', value: counts.pledges.person },
    { key: 'pledgesHousehold', value: counts.pledges.household },
    { key: 'riskFlagged', value: counts.riskRegister.flagged },
    { key: 'riskVisits', value: counts.riskRegister.visits },
    { key: 'riskPeopleVisited', value: counts.riskRegister.peopleVisited },
  ]
}

import { ApiError } from '../../contract/errors'
import { alertDueAt } from '../../contract/caseworkValues'
import { readPhoneNumber } from '../../contract/phone'
import { alertPhone, deleteAlert, findAlert, insertAlert, insertFollowUp, listAlerts } from '../../db/repositories/alertsRepository'
import type { SqliteConnection } from '../../db/sqliteConnection'
import { readAlertTable } from '../../domain/alerts/alertTable'
import { parseAlertRows } from '../../domain/alerts/parseAlertRows'
import { UnreadableTableError } from '../../domain/import/readTable'
import type { HandlerContext, HandlersFor } from './context'

type AlertMethods = 'alerts.list' | 'alerts.create' | 'alerts.import' | 'alerts.addFollowUp' | 'alerts.phone' | 'alerts.remove'

async function readTableOrRefuse(fileName: string, dataBase64: string): Promise<string[][]> {
  try {
    return await readAlertTable(fileName, Buffer.from(dataBase64, 'base64'))
  } catch (error) {
    if (error instanceof UnreadableTableError) throw new ApiError('invalid_input', error.messageKey)
    throw error
  }
}

export function alertHandlers({ db, now, newId }: HandlerContext): HandlersFor<AlertMethods> {
  const requireAlert = async (reader: SqliteConnection, id: string) => {
    const alert = await findAlert(reader, id, now().toISOString())
    if (!alert) throw new ApiError('not_found', 'alert_not_found')
    return alert
  }
  return {
    'alerts.list': ({ status }) =>
      db.read(async (reader) => {
        const items = await listAlerts(reader, now().toISOString(), { openOnly: status === 'open' })
        const open = items.filter((alert) => alert.closedAt === null)
        return { items, open: open.length, overdue: open.filter((alert) => alert.overdue).length }
      }),
    'alerts.create': ({ name, phone, level, alertedAt, note }) => {
      const readPhone = phone ? readPhoneNumber(phone) : null
      if (phone && !readPhone) throw new ApiError('invalid_input', 'alert_phone_invalid', {}, { phone: 'alert_phone_invalid' })
      return db.write(async (tx) => {
        const id = newId()
        const dueAt = alertDueAt(level, new Date(alertedAt)).toISOString()
        const added = await insertAlert(tx, { id, name, phone: readPhone?.number ?? null, level, alertedAt, dueAt, source: 'manual', note: note ?? '' }, now().toISOString())
        if (!added) throw new ApiError('conflict', 'alert_already_entered')
        return requireAlert(tx, id)
      })
    },
    // Reading and checking the file happen before the write queue; the rows go in as one transaction.
    'alerts.import': async ({ fileName, dataBase64 }) => {
      const parsed = parseAlertRows(await readTableOrRefuse(fileName, dataBase64))
      if (!parsed) throw new ApiError('invalid_input', 'alert_import_no_header')
      return db.write(async (tx) => {
        const timestamp = now().toISOString()
        const skipped = [...parsed.skipped]
        let added = 0
        for (const row of parsed.rows) {
          const alert = { id: newId(), name: row.name, phone: row.phone, level: row.level, source: 'import' as const, note: '' }
          const inserted = await insertAlert(tx, { ...alert, alertedAt: row.alertedAt.toISOString(), dueAt: alertDueAt(row.level, row.alertedAt).toISOString() }, timestamp)
          if (inserted) added++
          else skipped.push({ row: row.row, reason: 'already_entered' })
        }
        return { added, skipped: skipped.sort((a, b) => a.row - b.row) }
      })
    },
    'alerts.addFollowUp': ({ alertId, method, outcome, note, followedAt }) =>
      db.write(async (tx) => {
        await requireAlert(tx, alertId)
        const timestamp = now().toISOString()
        await insertFollowUp(tx, { id: newId(), alertId, method, outcome, note: note ?? '', followedAt: followedAt ?? timestamp }, timestamp)
        return requireAlert(tx, alertId)
      }),
    'alerts.phone': ({ alertId }) =>
      db.read(async (reader) => {
        const found = await alertPhone(reader, alertId)
        if (!found) throw new ApiError('not_found', 'alert_not_found')
        return found
      }),
    'alerts.remove': ({ alertId }) =>
      db.write(async (tx) => {
        if ((await deleteAlert(tx, alertId)) === 0) throw new ApiError('not_found', 'alert_not_found')
        return { removed: true as const }
      }),
  }
}

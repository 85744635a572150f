import { ApiError } from '../../contract/errors'
import type { LedgerFields } from '../../contract/ledger'
import { sessionExists } from '../../db/repositories/sessionsRepository'
import { findAttendee } from '../../db/repositories/attendeesRepository'
import { ensureRegistered, markCheckedIn } from '../../db/repositories/attendanceRepository'
import { getAppStatus, getLedgerFields, listAppStatus, updateLedgerFields, writeAppStatus } from '../../db/repositories/ledgerRepository'
import { findGrid } from '../../db/repositories/gridsRepository'
import { listPhotosOfSessions } from '../../db/repositories/photosRepository'
import type { SqliteConnection } from '../../db/sqliteConnection'
import { safeFileName } from '../../domain/export/exportTable'
import { buildLedgerCoverage, buildLedgerReport, buildLedgerTrends } from '../../services/ledgerReport'
import { ledgerWorkbook } from '../../services/ledgerWorkbook'
import { ledgerLabels } from '../../services/ledgerLabels'
import { addQuotaSheet } from '../../services/quotaSheet'
import { addStockSheet } from '../../services/stockSheet'
import { listStockReport } from '../../db/repositories/materialsRepository'
import { rangeEndExclusive, rangeStart } from '../../contract/dayBounds'
import { monthsOf } from '../../domain/ledger/months'
import { readQuotaProgress } from '../../services/quotaProgress'
import type { HandlerContext, HandlersFor } from './context'
import { buildCaseworkCounts } from '../../services/caseworkCounts'
import { addCaseworkSheet } from '../../services/ledgerCaseworkSheet'

type LedgerMethods =
  | 'sessions.ledgerFields.get'
  | 'sessions.ledgerFields.update'
  | 'attendance.setAppStatus'
  | 'attendance.appStatusList'
  | 'ledger.report'
  | 'ledger.exportXlsx'
  | 'ledger.coverage'
  | 'ledger.trends'

async function readLedgerFields(db: SqliteConnection, sessionId: string): Promise<LedgerFields> {
  const row = await getLedgerFields(db, sessionId)
  if (!row) throw new ApiError('not_found', 'session_not_found')
  return {
    sessionId,
    activityType: row.activity_type,
    gridId: row.grid_id,
    householdsVisited: row.households_visited,
    shopsVisited: row.shops_visited,
    peopleReached: row.people_reached_manual,
    leaflets: row.leaflets,
    booklets: row.booklets,
    posters: row.posters,
    present: row.present,
    appInstalled: row.app_installed,
    appRegistered: row.app_registered,
    photoCount: row.photo_count,
  }
}

export function ledgerHandlers({ db, now, newId }: HandlerContext): HandlersFor<LedgerMethods> {
  return {
    'sessions.ledgerFields.get': ({ sessionId }) => db.read((reader) => readLedgerFields(reader, sessionId)),
    'sessions.ledgerFields.update': ({ sessionId, ...changes }) =>
      db.write(async (tx) => {
        if (!(await sessionExists(tx, sessionId))) throw new ApiError('not_found', 'session_not_found')
        if (changes.gridId && !(await findGrid(tx, changes.gridId))) throw new ApiError('not_found', 'grid_not_found', {}, { gridId: 'grid_not_found' })
        await updateLedgerFields(tx, sessionId, changes, now().toISOString())
        return readLedgerFields(tx, sessionId)
      }),
    // Registered implies installed, and taking back the install takes back the registration.
    'attendance.setAppStatus': ({ sessionId, attendeeId, installed, registered }) =>
      db.write(async (tx) => {
        if (!(await sessionExists(tx, sessionId))) throw new ApiError('not_found', 'session_not_found')
        if (!(await findAttendee(tx, attendeeId))) throw new ApiError('not_found', 'attendee_not_found')
        const timestamp = now().toISOString()
        if (installed || registered) {
          const attendance = await ensureRegistered(tx, newId(), sessionId, attendeeId, 'walkin', timestamp)
          await markCheckedIn(tx, attendance.id, timestamp)
        }
        const current = await getAppStatus(tx, sessionId, attendeeId)
        if (!current) throw new ApiError('not_found', 'attendance_not_found')
        let { appInstalledAt, appRegisteredAt } = current
        if (installed === true || registered === true) appInstalledAt ??= timestamp
        if (registered === true) appRegisteredAt ??= timestamp
        if (registered === false) appRegisteredAt = null
        if (installed === false) {
          appInstalledAt = null
          appRegisteredAt = null
        }
        await writeAppStatus(tx, sessionId, attendeeId, { appInstalledAt, appRegisteredAt }, timestamp)
        return { attendeeId, appInstalledAt, appRegisteredAt }
      }),
    'attendance.appStatusList': ({ sessionId }) =>
      db.read(async (reader) => {
        if (!(await sessionExists(reader, sessionId))) throw new ApiError('not_found', 'session_not_found')
        return { items: await listAppStatus(reader, sessionId) }
      }),
    'ledger.report': (range) => db.read((reader) => buildLedgerReport(reader, range, now())),
    'ledger.exportXlsx': async ({ locale = 'zh-CN', ...range }) => {
      const { report, photos, quotas, stock, casework } = await db.read(async (reader) => {
        const built = await buildLedgerReport(reader, range, now())
        return {
          report: built,
          quotas: await Promise.all(monthsOf(range).map((period) => readQuotaProgress(reader, period))),
          stock: await listStockReport(reader, rangeStart(range.from), rangeEndExclusive(range.to)),
          casework: await buildCaseworkCounts(reader, range, now()),
          photos: await listPhotosOfSessions(
            reader,
            built.rows.map((row) => row.sessionId),
          ),
        }
      })
      const data = await ledgerWorkbook(
        report,
        photos.map((photo) => ({ sessionId: photo.session_id, fileName: photo.file_name, thumbnail: photo.thumbnail })),
        locale,
        [
          (workbook) => addQuotaSheet(workbook, quotas, locale),
          (workbook) => addStockSheet(workbook, stock, locale),
          (workbook) => addCaseworkSheet(workbook, casework, report, locale),
        ],
      )
      return { fileName: safeFileName(`${ledgerLabels[locale].file}-${range.from}_${range.to}`, 'xlsx'), dataBase64: data.toString('base64') }
    },
    'ledger.coverage': (range) => db.read(async (reader) => ({ items: await buildLedgerCoverage(reader, range, now()) })),
    'ledger.trends': (range) => db.read(async (reader) => ({ items: await buildLedgerTrends(reader, range, now()) })),
  }
}

import { ApiError } from '../../contract/errors'
import type { ApiLocale } from '../../contract/locale'
import { translate } from '../messages'
import type { ImportPreviewRow } from '../../contract/rosterImport'
import { sessionExists } from '../../db/repositories/sessionsRepository'
import { toPersonSummary } from '../../db/repositories/attendeesRepository'
import type { SqliteConnection } from '../../db/sqliteConnection'
import { maskPhone } from '../../contract/phone'
import { classifyRoster, hasConsentColumn, loadRoster, phoneDropped, writeRoster, type ClassifiedRow } from '../../services/rosterImport'
import type { HandlerContext, HandlersFor } from './context'

async function requireSession(db: SqliteConnection, sessionId: string): Promise<void> {
  if (!(await sessionExists(db, sessionId))) throw new ApiError('not_found', 'session_not_found')
}

function localize(locale: ApiLocale, keys: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(keys).map(([field, key]) => [field, translate(locale, key)]))
}

function previewRow(row: ClassifiedRow, locale: ApiLocale): ImportPreviewRow {
  const { raw, fields } = row
  return {
    rowNumber: row.rowNumber,
    values: {
      name: fields.name || (raw.name ?? ''),
      phone: fields.phone ? maskPhone(fields.phone) : (raw.phone ?? ''),
      ageGroup: fields.ageGroup ?? (raw.ageGroup ?? ''),
      neighbourhood: fields.neighbourhood,
      gender: fields.gender ?? (raw.gender ?? ''),
    },
    status: row.status,
    errors: localize(locale, row.errors),
    warnings: phoneDropped(row) ? { phone: translate(locale, 'import_phone_not_kept') } : {},
    repeatOf: row.repeatOf,
    attendeeId: row.existing?.id ?? null,
    candidates: row.candidates.map(toPersonSummary),
  }
}

export function importHandlers({ db, now, newId }: HandlerContext): HandlersFor<'import.preview' | 'import.commit'> {
  return {
    'import.preview': async (input) => {
      const locale = input.locale ?? 'zh-CN'
      await db.read((reader) => requireSession(reader, input.sessionId))
      const roster = await loadRoster(input)
      const rows = await db.read((reader) => classifyRoster(reader, roster, input.consentConfirmed ?? false))
      const counts = { total: rows.length, new: 0, update: 0, duplicate_in_file: 0, possible_duplicate: 0, error: 0, phonesDropped: 0 }
      for (const row of rows) {
        counts[row.status] += 1
        if (phoneDropped(row)) counts.phonesDropped += 1
      }
      return {
        columns: roster.columns,
        suggestedMapping: roster.suggestedMapping,
        mapping: roster.mapping,
        hasConsentColumn: hasConsentColumn(roster.mapping),
        rows: rows.map((row) => previewRow(row, locale)),
        counts,
      }
    },
    // The file is read before the write queue is entered; classifying again inside the
    // transaction means the outcome matches the database as it is at commit time.
    'import.commit': async (input) => {
      const locale = input.locale ?? 'zh-CN'
      const roster = await loadRoster(input)
      const outcome = await db.write(async (tx) => {
        await requireSession(tx, input.sessionId)
        const rows = await classifyRoster(tx, roster, input.consentConfirmed ?? false)
        return writeRoster(tx, { timestamp: now().toISOString(), newId }, input, rows, input.decisions)
      })
      return {
        created: outcome.created,
        updated: outcome.updated,
        phonesDropped: outcome.phonesDropped,
        skipped: outcome.skipped.map((entry) => ({ rowNumber: entry.rowNumber, reason: translate(locale, entry.messageKey, entry.params) })),
      }
    },
  }
}

import { ApiError } from '../../contract/errors'
import type { ApiLocale } from '../../contract/locale'
import { translate } from '../messages'
import type { ImportPreviewRow } from '../../contract/rosterImport'
import { sessionExists } from '../../db/repositories/sessionsRepository'
import { toPersonSummary } from '../../db/repositories/attendeesRepository'
import type { SqliteConnection } from '../../db/sqliteConnection'
import { maskLandline, maskPhone } from '../../contract/phone'
import {
  classifyRoster,
  hasConsentColumn,
  loadRoster,
  lookUpRoster,
  lookupsFingerprint,
  phoneDropped,
  type ClassifiedRow,
  type LoadedRoster,
  type RosterLookups,
} from '../../services/rosterImport'
import { planRoster, writeRoster, type RosterPlan } from '../../services/rosterCommit'
import type { ApiInput } from '../../contract'
import { timeOrderedId } from '../../domain/timeOrderedId'
import type { HandlerContext, HandlersFor } from './context'

async function requireSession(db: SqliteConnection, sessionId: string): Promise<void> {
  if (!(await sessionExists(db, sessionId))) throw new ApiError('not_found', 'session_not_found')
}

function localize(locale: ApiLocale, keys: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(keys).map(([field, key]) => [field, translate(locale, key)]))
}

function phoneValue({ fields, landline, raw }: ClassifiedRow): string {
  if (fields.phone) return maskPhone(fields.phone)
  if (landline) return maskLandline(landline)
  return raw.phone ?? raw.landline ?? ''
}

function previewRow(row: ClassifiedRow, locale: ApiLocale): ImportPreviewRow {
  const { raw, fields } = row
  const warnings = localize(locale, row.warnings)
  if (phoneDropped(row)) warnings.phone = translate(locale, 'import_phone_not_kept')
  return {
    rowNumber: row.rowNumber,
    values: {
      name: fields.name || (raw.name ?? ''),
      phone: phoneValue(row),
      ageGroup: fields.ageGroup ?? raw.ageGroup ?? '',
      neighbourhood: fields.neighbourhood,
      gender: fields.gender ?? raw.gender ?? '',
    },
    status: row.status,
    errors: localize(locale, row.errors),
    warnings,
    repeatOf: row.repeatOf,
    attendeeId: row.existing?.id ?? null,
    candidates: row.candidates.map(toPersonSummary),
  }
}

type CommitInput = ApiInput<'import.commit'>

function chosenIds(input: CommitInput): string[] {
  return (input.decisions ?? []).flatMap((decision) => (decision.action === 'same' && decision.attendeeId ? [decision.attendeeId] : []))
}

/** New rows get time-ordered ids: see timeOrderedId. */
async function planImport(roster: LoadedRoster, lookups: RosterLookups, input: CommitInput): Promise<{ fingerprint: string; plan: RosterPlan }> {
  const rows = await classifyRoster(roster, lookups, input.consentConfirmed ?? false)
  return { fingerprint: lookupsFingerprint(lookups), plan: await planRoster(rows, lookups.chosen, roster.nameKeys, input.decisions ?? [], timeOrderedId) }
}

export function importHandlers({ db, now }: HandlerContext): HandlersFor<'import.preview' | 'import.commit'> {
  return {
    'import.preview': async (input) => {
      const locale = input.locale ?? 'zh-CN'
      await db.read((reader) => requireSession(reader, input.sessionId))
      const roster = await loadRoster(input)
      const consentConfirmed = input.consentConfirmed ?? false
      const lookups = await db.read((reader) => lookUpRoster(reader, roster, consentConfirmed, []))
      const rows = await classifyRoster(roster, lookups, consentConfirmed)
      const counts = { total: rows.length, new: 0, update: 0, duplicate_in_file: 0, possible_duplicate: 0, error: 0, phonesDropped: 0 }
      for (const row of rows) {
        counts[row.status] += 1
        if (phoneDropped(row)) counts.phonesDropped += 1
      }
      return {
        headerRow: roster.headerRow,
        suggestedHeaderRow: roster.suggestedHeaderRow,
        headerChoices: roster.headerChoices,
        columns: roster.columns,
        suggestedMapping: roster.suggestedMapping,
        mapping: roster.mapping,
        hasConsentColumn: hasConsentColumn(roster.mapping),
        rows: rows.map((row) => previewRow(row, locale)),
        counts,
      }
    },
    // Reading the file, looking people up and planning every write happen before the write queue is entered.
    // Inside the one transaction the same lookups run again (three statements): if anyone they found changed
    // meanwhile, the plan is made again there, so the outcome always matches the database at commit time.
    'import.commit': async (input) => {
      const locale = input.locale ?? 'zh-CN'
      const roster = await loadRoster(input)
      const lookups = await db.read(async (reader) => {
        await requireSession(reader, input.sessionId)
        return lookUpRoster(reader, roster, input.consentConfirmed ?? false, chosenIds(input))
      })
      const planned = await planImport(roster, lookups, input)
      const timestamp = now().toISOString()
      const outcome = await db.write(async (tx) => {
        await requireSession(tx, input.sessionId)
        const current = await lookUpRoster(tx, roster, input.consentConfirmed ?? false, chosenIds(input))
        const { plan } = lookupsFingerprint(current) === planned.fingerprint ? planned : await planImport(roster, current, input)
        await writeRoster(tx, plan.writes, input, timestamp)
        return plan.outcome
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

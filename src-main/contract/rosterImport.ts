import { z } from 'zod'
import { defineMethod, idSchema, text } from './common'
import { personSummarySchema } from './people'
import type { ColumnMapping } from './importFields'

export const localeInput = z.enum(['zh-CN', 'en']).optional()

/** Base64 of the file; under the HTTP transport's 16 MB body limit with room for the rest. */
export const MAX_FILE_BASE64 = 15_000_000
const MAX_COLUMN = 500
const MAX_HEADER_ROW = 1000

const columnIndex = z.number().int().min(0).max(MAX_COLUMN).nullable()
export const columnMappingSchema = z
  .object({
    name: columnIndex.optional(),
    phone: columnIndex.optional(),
    landline: columnIndex.optional(),
    ageGroup: columnIndex.optional(),
    neighbourhood: columnIndex.optional(),
    gender: columnIndex.optional(),
    consent: columnIndex.optional(),
  })
  .strict() satisfies z.ZodType<ColumnMapping>

const importFileInput = z.object({
  sessionId: idSchema,
  fileName: text(255),
  dataBase64: z.string().min(1).max(MAX_FILE_BASE64),
  mapping: columnMappingSchema.optional(),
  /** The row (1 = the sheet's first) holding the column headers; left out, it is found among the first rows. */
  headerRow: z.number().int().min(1).max(MAX_HEADER_ROW).optional(),
  /** The worker ticked "these residents consented on the paper form" (used when the file has no consent column). */
  consentConfirmed: z.boolean().optional(),
  /** Everyone on the sheet was there: check them in as they are added. */
  markPresent: z.boolean().optional(),
  locale: localeInput,
})

export const importRowStatuses = ['new', 'update', 'duplicate_in_file', 'possible_duplicate', 'error'] as const
export type ImportRowStatus = (typeof importRowStatuses)[number]

const fieldMessages = z.record(z.string(), z.string())

export const importPreviewRowSchema = z.object({
  rowNumber: z.number().int(),
  /** What the row says, ready to show: phones (mobile, else landline) masked unless unreadable, age group and gender as codes when understood. */
  values: z.object({ name: z.string(), phone: z.string(), ageGroup: z.string(), neighbourhood: z.string(), gender: z.string() }),
  status: z.enum(importRowStatuses),
  errors: fieldMessages,
  /** Things that will happen but may surprise, such as a phone left out for want of consent. */
  warnings: fieldMessages,
  /** For duplicate_in_file: the earlier row this one repeats. */
  repeatOf: z.number().int().nullable(),
  /** For update: the person the phone belongs to. */
  attendeeId: z.string().nullable(),
  /** For possible_duplicate: people already on file with a similar name in the same neighbourhood. */
  candidates: z.array(personSummarySchema),
})
export type ImportPreviewRow = z.infer<typeof importPreviewRowSchema>

const countsSchema = z.object({
  total: z.number().int(),
  new: z.number().int(),
  update: z.number().int(),
  duplicate_in_file: z.number().int(),
  possible_duplicate: z.number().int(),
  error: z.number().int(),
  phonesDropped: z.number().int(),
})

const decisionSchema = z
  .object({
    rowNumber: z.number().int().min(2),
    action: z.enum(['same', 'new', 'skip']),
    attendeeId: idSchema.optional(),
  })
  .strict()
  .refine((decision) => decision.action !== 'same' || decision.attendeeId !== undefined, { path: ['attendeeId'], error: 'required' })
export type ImportDecision = z.infer<typeof decisionSchema>

const skippedRowSchema = z.object({ rowNumber: z.number().int(), reason: z.string() })

export const rosterImportContract = {
  'import.preview': defineMethod({
    summary: 'Read a roster file (CSV in UTF-8 or GBK, or XLSX) and say, row by row, what importing it into the session would do. Writes nothing.',
    input: importFileInput.strict(),
    output: z.object({
      /** The header row that was used, and the one this app found: rows above the header (titles) are left out. */
      headerRow: z.number().int(),
      suggestedHeaderRow: z.number().int(),
      /** The first rows of the sheet, for the worker to pick another header row. */
      headerChoices: z.array(z.object({ rowNumber: z.number().int(), text: z.string() })),
      columns: z.array(z.string()),
      suggestedMapping: columnMappingSchema,
      mapping: columnMappingSchema,
      hasConsentColumn: z.boolean(),
      rows: z.array(importPreviewRowSchema),
      counts: countsSchema,
    }),
  }),
  'import.commit': defineMethod({
    summary:
      'Import a roster file into a session in one transaction: valid rows are added or update the person with the same phone; error rows, repeats and undecided possible duplicates are skipped and listed.',
    input: importFileInput.extend({ mapping: columnMappingSchema, decisions: z.array(decisionSchema).max(100_000).optional() }).strict(),
    output: z.object({
      created: z.number().int(),
      updated: z.number().int(),
      phonesDropped: z.number().int(),
      skipped: z.array(skippedRowSchema),
    }),
  }),
}

import { z } from 'zod'
import { defineMethod, idSchema } from './common'
import { localeInput } from './rosterImport'

const exportOptions = {
  /** Whole phone numbers instead of 138****1234; the app asks the worker to confirm first. */
  fullPhones: z.boolean().optional(),
  /** Language of the column headers and values. */
  locale: localeInput,
}

const sessionExportInput = z.object({ sessionId: idSchema, ...exportOptions }).strict()
const peopleExportInput = z.object(exportOptions).strict()
const csvOutput = z.object({ csv: z.string(), fileName: z.string() })
const fileOutput = z.object({ fileName: z.string(), dataBase64: z.string() })

export const exportsContract = {
  'attendance.exportCsv': defineMethod({
    summary: "A session's sign-ups and check-ins as CSV (UTF-8 with BOM, opens in Excel); phones masked unless fullPhones.",
    input: sessionExportInput,
    output: csvOutput,
  }),
  'attendance.exportXlsx': defineMethod({
    summary: "A session's sign-ups and check-ins as an Excel workbook; phones masked unless fullPhones.",
    input: sessionExportInput,
    output: fileOutput,
  }),
  'people.exportCsv': defineMethod({
    summary: 'Everyone on file as CSV, with how many sessions each attended; phones masked unless fullPhones.',
    input: peopleExportInput,
    output: csvOutput,
  }),
  'people.exportXlsx': defineMethod({
    summary: 'Everyone on file as an Excel workbook; phones masked unless fullPhones.',
    input: peopleExportInput,
    output: fileOutput,
  }),
}

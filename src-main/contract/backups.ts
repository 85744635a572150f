import { z } from 'zod'
import { defineMethod, emptyInput } from './common'
import { backupReasons, isBackupFileName } from './backupNames'

const backupFileNameSchema = z.string().max(120).refine(isBackupFileName, { error: 'backup_name_invalid' })

export const backupInfoSchema = z.object({
  fileName: z.string(),
  reason: z.enum(backupReasons),
  createdAt: z.string(),
  sizeBytes: z.number().int(),
  /** Whole and usable (opens, passes PRAGMA quick_check, is Outreach Desk data); a damaged backup cannot be restored. */
  intact: z.boolean(),
})

export const backupsContract = {
  'backups.list': defineMethod({
    summary: 'Backups in the backup folder, newest first (daily, manual, before each migration, before each restore), each marked intact or damaged.',
    input: emptyInput,
    output: z.object({ items: z.array(backupInfoSchema) }),
  }),
  'backups.create': defineMethod({
    summary: 'Make a manual backup now with SQLite’s online backup.',
    input: emptyInput,
    output: backupInfoSchema,
  }),
  'backups.preview': defineMethod({
    summary: 'What a backup holds, before restoring it.',
    input: z.object({ fileName: backupFileNameSchema }).strict(),
    output: z.object({
      fileName: z.string(),
      schemaVersion: z.number().int(),
      sessions: z.number().int(),
      people: z.number().int(),
      attendance: z.number().int(),
      latestSessionAt: z.string().nullable(),
    }),
  }),
  'backups.restore': defineMethod({
    summary: 'Replace all data with a backup; the current data is first saved as a pre-restore backup.',
    input: z.object({ fileName: backupFileNameSchema }).strict(),
    output: z.object({ restoredFrom: z.string(), safetyBackup: z.string(), schemaVersion: z.number().int() }),
  }),
  'backups.download': defineMethod({
    summary: 'The bytes of one backup, to save it to a file of the worker’s choosing (USB stick, another disk).',
    input: z.object({ fileName: backupFileNameSchema }).strict(),
    output: z.object({ fileName: z.string(), dataBase64: z.string() }),
  }),
  'backups.exportArchive': defineMethod({
    summary: 'All data (every table, custom decks and pictures included) as one gzipped JSON archive, to move to another laptop or keep.',
    input: emptyInput,
    output: z.object({ fileName: z.string(), dataBase64: z.string() }),
  }),
  'backups.importArchive': defineMethod({
    summary:
      'Load an archive made by backups.exportArchive. Refused when this database already holds data unless replaceExisting is true (a pre-restore backup is made first), and with payload_too_large when it inflates past 256 MB. People deleted here or in the archive’s deletion log stay deleted.',
    input: z.object({ dataBase64: z.base64().max(16 * 1024 * 1024), replaceExisting: z.boolean().optional() }).strict(),
    output: z.object({ tables: z.record(z.string(), z.number().int()), safetyBackup: z.string().nullable() }),
  }),
}

import { z } from 'zod'
import { defineMethod, emptyInput } from './common'

const deviceIdSchema = z.string().regex(/^[0-9a-f]{32}$/)

export const syncSummarySchema = z.object({
  /** The laptop the bundle came from; export to it next time to send only what changed. */
  fromDeviceId: z.string(),
  new: z.number().int(),
  updated: z.number().int(),
  removed: z.number().int(),
  peopleMerged: z.number().int(),
  conflicts: z.number().int(),
})
export type SyncSummary = z.infer<typeof syncSummarySchema>

export const syncConflictSchema = z.object({
  id: z.number().int(),
  table: z.enum(['sessions', 'attendees']),
  rowId: z.string(),
  /** The session's title or the person's name, as it stands now. */
  label: z.string(),
  field: z.string(),
  /** Phones and landlines masked. */
  keptValue: z.string().nullable(),
  otherValue: z.string().nullable(),
  detectedAt: z.string(),
})
export type SyncConflict = z.infer<typeof syncConflictSchema>

export const syncPeerSchema = z.object({ deviceId: z.string(), lastExchangeAt: z.string() })

export const syncContract = {
  'sync.status': defineMethod({
    summary: 'This laptop’s device id, the laptops it has exchanged records with (newest first), and how many conflicts wait for review.',
    input: emptyInput,
    output: z.object({ deviceId: z.string(), peers: z.array(syncPeerSchema), conflicts: z.number().int() }),
  }),
  'sync.exportBundle': defineMethod({
    summary:
      'This laptop’s changes as a .outreach-sync file (gzipped JSON): since the last exchange with peerDeviceId, or everything when no peer is named or it has never answered.',
    input: z.object({ peerDeviceId: deviceIdSchema.optional() }).strict(),
    output: z.object({ fileName: z.string(), dataBase64: z.string(), rows: z.number().int() }),
  }),
  'sync.importBundle': defineMethod({
    summary:
      'Merge another laptop’s .outreach-sync file in one transaction: counts of new, updated and removed rows, people merged by phone, and conflicts. dryRun answers the same counts and changes nothing.',
    input: z.object({ dataBase64: z.base64().max(16 * 1024 * 1024), dryRun: z.boolean().optional() }).strict(),
    output: syncSummarySchema.extend({ dryRun: z.boolean() }),
  }),
  'sync.conflicts': defineMethod({
    summary: 'Fields both laptops changed differently: the value that stands and the other one, newest first.',
    input: emptyInput,
    output: z.object({ items: z.array(syncConflictSchema) }),
  }),
  'sync.resolveConflict': defineMethod({
    summary: 'Keep the value that stands (useOther false) or put the other one back (a new edit that later merges carry on); the conflict leaves the list.',
    input: z.object({ id: z.number().int(), useOther: z.boolean() }).strict(),
    output: z.object({ resolved: z.literal(true) }),
  }),
}

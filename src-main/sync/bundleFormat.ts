import { gzipSync } from 'node:zlib'
import { z } from 'zod'
import { gunzipWithLimit, OutputTooLargeError } from '../db/boundedGunzip'
import { BUNDLE_COLUMNS, BUNDLE_SECTIONS } from './syncTables'

export const BUNDLE_FORMAT = 'outreach-sync'
export const BUNDLE_VERSION = 1
export const BUNDLE_EXTENSION = '.outreach-sync'
/** As for archives: what this app exports stays far below it; a gzip bomb stops here. */
const BUNDLE_MAX_UNPACKED_BYTES = 256 * 1024 * 1024

export const bundleHeaderSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.number().int(),
  from: z.string().min(1).max(64),
  to: z.string().max(64).nullable(),
  /** Rows changed after this mark of the sender's clock and up to `upto` are in the bundle. */
  since: z.number().int().nonnegative(),
  upto: z.number().int().nonnegative(),
  /** The sender's received mark of the receiver's changes: lets the receiver send less next time. */
  ack: z.number().int().nonnegative().nullable(),
  exportedAt: z.string(),
})
export type BundleHeader = z.infer<typeof bundleHeaderSchema>

export type BundleRows = (string | number | null)[][]

/** Checked by hand: a first bundle has 100,000 rows, and this is a plain loop where a schema would build objects. */
function isRows(value: unknown, width: number): value is BundleRows {
  if (!Array.isArray(value)) return false
  for (const row of value) {
    if (!Array.isArray(row) || row.length !== width) return false
    for (const cell of row) if (cell !== null && typeof cell !== 'string' && typeof cell !== 'number') return false
  }
  return true
}

export interface Bundle extends BundleHeader {
  sessions: BundleRows
  people: BundleRows
  attendance: BundleRows
  consents: BundleRows
  tombstones: BundleRows
}

export class BundleError extends Error {
  constructor(readonly reason: 'unreadable' | 'newer_version' | 'too_large') {
    super(reason)
    this.name = 'BundleError'
  }
}

/** Sections arrive as JSON text already (SQLite's json_group_array), so they are spliced in, not parsed and rewritten. */
export function packBundle(header: BundleHeader, sections: Record<(typeof BUNDLE_SECTIONS)[number], string>): Buffer {
  const head = JSON.stringify(header).slice(0, -1)
  const body = BUNDLE_SECTIONS.map((section) => `${JSON.stringify(section)}:${sections[section]}`).join(',')
  return gzipSync(`${head},${body}}`)
}

export async function unpackBundle(data: Buffer): Promise<Bundle> {
  let text: string
  try {
    text = (await gunzipWithLimit(data, BUNDLE_MAX_UNPACKED_BYTES)).toString('utf8')
  } catch (error) {
    throw new BundleError(error instanceof OutputTooLargeError ? 'too_large' : 'unreadable')
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new BundleError('unreadable')
  }
  const header = bundleHeaderSchema.safeParse(parsed)
  if (!header.success) throw new BundleError('unreadable')
  if (header.data.version > BUNDLE_VERSION) throw new BundleError('newer_version')
  const raw = parsed as Record<string, unknown>
  const bundle = { ...header.data } as Bundle
  for (const section of BUNDLE_SECTIONS) {
    const rows = raw[section] ?? []
    if (!isRows(rows, BUNDLE_COLUMNS[section].length)) throw new BundleError('unreadable')
    bundle[section] = rows
  }
  return bundle
}

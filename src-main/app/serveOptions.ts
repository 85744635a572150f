import { parseArgs } from 'node:util'
import { resolve } from 'node:path'
import { randomBytes } from 'node:crypto'
import { isIPv4 } from 'node:net'
import { isBackupFileName } from '../contract/backupNames'

export interface ServeOptions {
  port: number
  dbFile: string
  token: string
  /** A backup file name (in the backup folder) to put in place of the database before opening it. */
  restore?: string
  /** The one address phone sign-up may listen on (tests: a loopback address such as 127.0.0.2). */
  lanHost?: string
}

/** `--port N --db PATH --token VALUE`; the database may also come from OUTREACH_DB; without --token a random one is made. */
export function parseServeOptions(argv: string[], env: NodeJS.ProcessEnv): ServeOptions {
  const { values } = parseArgs({
    args: argv,
    options: { port: { type: 'string', default: '5180' }, db: { type: 'string' }, token: { type: 'string' }, restore: { type: 'string' }, 'lan-host': { type: 'string' } },
    strict: true,
  })
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535, not "${values.port}"`)
  if (values.token !== undefined && !/^[\w.~-]{16,200}$/.test(values.token)) throw new Error('--token must be 16 to 200 letters, digits or - _ . ~')
  if (values.restore !== undefined && !isBackupFileName(values.restore))
    throw new Error(`--restore needs a backup file name such as outreach-2026-11-25T10-00-00-000Z-daily.sqlite, not "${values.restore}"`)
  const lanHost = values['lan-host']
  if (lanHost !== undefined && !isIPv4(lanHost)) throw new Error(`--lan-host must be an IPv4 address such as 192.168.137.1, not "${lanHost}"`)
  return { lanHost, port, dbFile: resolve(values.db ?? env.OUTREACH_DB ?? 'outreach.sqlite'), token: values.token ?? randomBytes(24).toString('hex'), restore: values.restore }
}

import { parseArgs } from 'node:util'
import { resolve } from 'node:path'

export interface ServeOptions {
  port: number
  dbFile: string
}

/** `--port N --db PATH`; the database may also come from OUTREACH_DB. */
export function parseServeOptions(argv: string[], env: NodeJS.ProcessEnv): ServeOptions {
  const { values } = parseArgs({
    args: argv,
    options: { port: { type: 'string', default: '5180' }, db: { type: 'string' } },
    strict: true,
  })
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535, not "${values.port}"`)
  return { port, dbFile: resolve(values.db ?? env.OUTREACH_DB ?? 'outreach.sqlite') }
}

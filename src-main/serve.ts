import { join } from 'node:path'
import { openApp } from './app/openApp'
import { parseServeOptions } from './app/serveOptions'
import { MigrationError } from './db/migrate'
import { startHttpTransport } from './transports/http'

async function main(): Promise<void> {
  const options = parseServeOptions(process.argv.slice(2), process.env)
  const app = await openApp(options.dbFile)
  const { server, port } = await startHttpTransport({ handlers: app.handlers, token: options.token, staticDir: join(__dirname, '../renderer') }, options.port)
  console.log(`Outreach Desk is serving at http://127.0.0.1:${port}/ (database: ${options.dbFile})`)

  const shutdown = () => {
    server.close()
    app.close().finally(() => process.exit(0))
  }
  process.once('SIGINT', shutdown)
  process.once('SIGTERM', shutdown)
}

main().catch((error: unknown) => {
  if (error instanceof MigrationError) {
    console.error(`The database could not be upgraded and was left as it was. ${error.message}`)
  } else {
    console.error(error instanceof Error ? error.message : error)
  }
  process.exit(1)
})

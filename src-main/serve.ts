import { join } from 'node:path'
import { defaultBackupDir, openApp } from './app/openApp'
import { latestBackup, replaceWithBackup } from './app/recovery'
import { parseServeOptions } from './app/serveOptions'
import { MigrationError } from './db/migrate'
import { DatabaseRefusedError } from './db/integrity'
import { startHttpTransport } from './transports/http'
import { describeOpenFailure } from './app/describeOpenFailure'

async function explainRefusal(error: DatabaseRefusedError, dbFile: string): Promise<void> {
  console.error(`${error.message}. The file was not changed.`)
  const backup = await latestBackup(defaultBackupDir(dbFile))
  if (backup)
    console.error(`The newest backup is ${backup.fileName} (${backup.createdAt}). Start again with --restore ${backup.fileName} to use it; the refused file is kept beside it.`)
  else console.error('No intact backup was found next to it.')
}

let dbFile = ''

async function main(): Promise<void> {
  const options = parseServeOptions(process.argv.slice(2), process.env)
  dbFile = options.dbFile
  if (options.restore) {
    const keptAs = await replaceWithBackup(options.dbFile, defaultBackupDir(options.dbFile), options.restore)
    console.log(`Restored ${options.restore}; the previous file is kept as ${keptAs}`)
  }
  const app = await openApp(options.dbFile, defaultBackupDir(options.dbFile), { lanHost: options.lanHost })
  const { server, port } = await startHttpTransport({ handlers: app.handlers, token: options.token, staticDir: join(__dirname, '../renderer') }, options.port)
  console.log(`Outreach Desk is serving at http://127.0.0.1:${port}/ (database: ${options.dbFile})`)

  const shutdown = () => {
    server.close()
    app.close().finally(() => process.exit(0))
  }
  process.once('SIGINT', shutdown)
  process.once('SIGTERM', shutdown)
}

main().catch(async (error: unknown) => {
  if (error instanceof DatabaseRefusedError) await explainRefusal(error, error.file)
  else if (error instanceof MigrationError) console.error(`The database could not be upgraded and was left as it was. ${error.message}`)
  else console.error(describeOpenFailure(error, dbFile))
  process.exit(1)
})

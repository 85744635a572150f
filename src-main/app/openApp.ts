import { Database } from '../db/database'
import { createApiHandlers } from '../api/handlers'
import { createHandlerContext, type ApiHandlers } from '../api/handlers/context'

export interface OpenedApp {
  db: Database
  handlers: ApiHandlers
  close: () => Promise<void>
}

/** Opens (and migrates) the database file and builds the handlers both transports share. */
export async function openApp(dbFile: string): Promise<OpenedApp> {
  const db = await Database.open(dbFile)
  const handlers = createApiHandlers(createHandlerContext(db))
  return { db, handlers, close: () => db.close() }
}

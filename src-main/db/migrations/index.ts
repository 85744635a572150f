export interface Migration {
  version: number
  name: string
  sql: string
}

const files = import.meta.glob<string>('./*.sql', { query: '?raw', import: 'default', eager: true })

function parseMigrationFile([path, sql]: [string, string]): Migration {
  const match = /\/(\d{4})_([\w-]+)\.sql$/.exec(path)
  if (!match) throw new Error(`Migration file name must look like 0001_name.sql: ${path}`)
  return { version: Number(match[1]), name: match[2], sql }
}

/** The numbered files of this folder, in the order they are applied. */
export const migrations: Migration[] = Object.entries(files)
  .map(parseMigrationFile)
  .sort((a, b) => a.version - b.version)

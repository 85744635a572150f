const NOT_WRITABLE = new Set(['SQLITE_CANTOPEN', 'SQLITE_READONLY', 'SQLITE_PERM', 'SQLITE_AUTH'])

/** A sentence a worker can act on when the database file cannot be opened for writing. */
export function describeOpenFailure(error: unknown, dbFile: string): string {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string' && NOT_WRITABLE.has(code)) {
    return `The database file cannot be written (read-only, no permission, or its folder is read-only): ${dbFile}. Nothing was changed. (${code}) / 数据文件无法写入（只读、没有权限或所在文件夹只读），文件未被改动。`
  }
  if (code === 'SQLITE_FULL') return `The disk is full; the database could not be opened: ${dbFile}. / 磁盘已满，无法打开数据文件。`
  return error instanceof Error ? error.message : String(error)
}

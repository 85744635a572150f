import { constants, createReadStream, createWriteStream } from 'node:fs'
import { chmod, open, rename, stat } from 'node:fs/promises'
import { pipeline } from 'node:stream/promises'
import { dirname } from 'node:path'

/** Databases, backups and their side files hold residents' personal data: readable by their owner only. */
export const OWNER_ONLY = 0o600

/**
 * Makes `file` exist with owner-only permissions before SQLite opens it. SQLite gives the
 * -wal, -shm and journal files the permissions of their database, so they follow.
 */
export async function ensurePrivateFile(file: string): Promise<void> {
  const handle = await open(file, constants.O_CREAT | constants.O_WRONLY, OWNER_ONLY)
  await handle.close()
  await restrictToOwner(file)
}

/**
 * Takes every permission away from group and others and adds none: a file the worker made
 * read-only stays read-only. Files the app did not make may refuse, which is not a reason to stop.
 */
export async function restrictToOwner(file: string): Promise<void> {
  const info = await stat(file).catch(() => undefined)
  if (!info || (info.mode & 0o077) === 0) return
  await chmod(file, info.mode & 0o700).catch(() => undefined)
}

export async function fsyncFile(file: string): Promise<void> {
  const handle = await open(file, 'r+')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Makes a rename in `dir` survive a power cut. Windows cannot open a folder this way; NTFS journals renames itself. */
export async function fsyncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => undefined)
  if (!handle) return
  try {
    await handle.sync().catch(() => undefined)
  } finally {
    await handle.close()
  }
}

/** A copy that is owner-only from its first byte (fs.copyFile would give it the source's mode) and on the disk before it is used. */
export async function copyPrivately(from: string, to: string): Promise<void> {
  await ensurePrivateFile(to)
  await pipeline(createReadStream(from), createWriteStream(to, { mode: OWNER_ONLY }))
  await fsyncFile(to)
}

/** Renames and makes the rename durable. */
export async function durableRename(from: string, to: string): Promise<void> {
  await rename(from, to)
  await fsyncDir(dirname(to))
}

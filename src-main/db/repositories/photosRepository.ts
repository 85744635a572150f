import type { PhotoSummary } from '../../contract/photos'
import type { SqliteConnection } from '../sqliteConnection'

interface PhotoSummaryRow {
  id: string
  session_id: string
  file_name: string
  mime: PhotoSummary['mime']
  byte_size: number
  added_at: string
  thumbnail: Buffer
}

const toSummary = (row: PhotoSummaryRow): PhotoSummary => ({
  id: row.id,
  sessionId: row.session_id,
  fileName: row.file_name,
  mime: row.mime,
  byteSize: row.byte_size,
  addedAt: row.added_at,
  thumbnailDataUrl: `data:image/jpeg;base64,${row.thumbnail.toString('base64')}`,
})

const summaryColumns = 'id, session_id, file_name, mime, byte_size, added_at, thumbnail'

export interface NewPhoto {
  id: string
  sessionId: string
  fileName: string
  mime: PhotoSummary['mime']
  bytes: Buffer
  thumbnail: Buffer
}

export async function insertPhoto(db: SqliteConnection, photo: NewPhoto, timestamp: string): Promise<PhotoSummary> {
  await db.run(
    'INSERT INTO session_photos (id, session_id, file_name, mime, byte_size, bytes, thumbnail, added_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    [photo.id, photo.sessionId, photo.fileName, photo.mime, photo.bytes.length, photo.bytes, photo.thumbnail, timestamp, timestamp, timestamp],
  )
  return toSummary({
    id: photo.id,
    session_id: photo.sessionId,
    file_name: photo.fileName,
    mime: photo.mime,
    byte_size: photo.bytes.length,
    added_at: timestamp,
    thumbnail: photo.thumbnail,
  })
}

export async function listPhotos(db: SqliteConnection, sessionId: string): Promise<PhotoSummary[]> {
  const rows = await db.all<PhotoSummaryRow>(`SELECT ${summaryColumns} FROM session_photos WHERE session_id = ? ORDER BY added_at, id`, [sessionId])
  return rows.map(toSummary)
}

export function getPhoto(db: SqliteConnection, photoId: string): Promise<{ id: string; file_name: string; mime: PhotoSummary['mime']; bytes: Buffer } | undefined> {
  return db.get('SELECT id, file_name, mime, bytes FROM session_photos WHERE id = ?', [photoId])
}

export async function deletePhoto(db: SqliteConnection, photoId: string): Promise<number> {
  return (await db.run('DELETE FROM session_photos WHERE id = ?', [photoId])).changes
}

/** Photos of the ledger's sessions, for its photo sheet: names and thumbnails, not full images. */
export function listPhotosOfSessions(
  db: SqliteConnection,
  sessionIds: readonly string[],
): Promise<{ session_id: string; file_name: string; added_at: string; thumbnail: Buffer }[]> {
  if (!sessionIds.length) return Promise.resolve([])
  return db.all(
    `SELECT session_id, file_name, added_at, thumbnail FROM session_photos WHERE session_id IN (${sessionIds.map(() => '?').join(', ')}) ORDER BY added_at, id`,
    sessionIds,
  )
}

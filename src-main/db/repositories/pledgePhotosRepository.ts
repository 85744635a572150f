import type { PledgePhoto } from '../../contract/pledgePhotos'
import type { SqliteConnection } from '../sqliteConnection'

interface PhotoRow {
  id: string
  file_name: string
  added_at: string
  thumbnail: Buffer
}

const toPhoto = (row: PhotoRow): PledgePhoto => ({
  id: row.id,
  fileName: row.file_name,
  addedAt: row.added_at,
  thumbnailDataUrl: `data:image/jpeg;base64,${row.thumbnail.toString('base64')}`,
})

export async function listPledgePhotos(db: SqliteConnection, sessionId: string): Promise<PledgePhoto[]> {
  return (await db.all<PhotoRow>('SELECT id, file_name, added_at, thumbnail FROM pledge_photos WHERE session_id = ? ORDER BY added_at, id', [sessionId])).map(toPhoto)
}

export async function insertPledgePhoto(
  tx: SqliteConnection,
  photo: { id: string; sessionId: string; fileName: string; mime: string; bytes: Buffer; thumbnail: Buffer },
  timestamp: string,
): Promise<PledgePhoto> {
  await tx.run('INSERT INTO pledge_photos (id, session_id, file_name, mime, bytes, thumbnail, added_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', [
    photo.id,
    photo.sessionId,
    photo.fileName,
    photo.mime,
    photo.bytes,
    photo.thumbnail,
    timestamp,
    timestamp,
    timestamp,
  ])
  return toPhoto({ id: photo.id, file_name: photo.fileName, added_at: timestamp, thumbnail: photo.thumbnail })
}

export async function deletePledgePhoto(tx: SqliteConnection, id: string): Promise<number> {
  return (await tx.run('DELETE FROM pledge_photos WHERE id = ?', [id])).changes
}

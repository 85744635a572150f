import type { SqliteConnection } from '../sqliteConnection'

export interface CustomDeckRow {
  id: string
  content: string
  created_at: string
  updated_at: string
}

export function listCustomDecks(db: SqliteConnection): Promise<CustomDeckRow[]> {
  return db.all<CustomDeckRow>('SELECT * FROM custom_decks ORDER BY updated_at DESC, id')
}

export function findCustomDeck(db: SqliteConnection, id: string): Promise<CustomDeckRow | undefined> {
  return db.get<CustomDeckRow>('SELECT * FROM custom_decks WHERE id = ?', [id])
}

export async function upsertCustomDeck(tx: SqliteConnection, id: string, content: string, timestamp: string): Promise<void> {
  await tx.run(
    `INSERT INTO custom_decks (id, content, created_at, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET content = excluded.content, updated_at = excluded.updated_at`,
    [id, content, timestamp, timestamp],
  )
}

export async function deleteCustomDeck(tx: SqliteConnection, id: string): Promise<boolean> {
  return (await tx.run('DELETE FROM custom_decks WHERE id = ?', [id])).changes > 0
}

export interface NewDeckImage {
  id: string
  deckId: string
  name: string
  mime: string
  data: Buffer
  timestamp: string
}

export async function insertDeckImage(tx: SqliteConnection, image: NewDeckImage): Promise<void> {
  await tx.run('INSERT INTO deck_images (id, deck_id, name, mime, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [
    image.id,
    image.deckId,
    image.name,
    image.mime,
    image.data,
    image.timestamp,
    image.timestamp,
  ])
}

export function findDeckImage(db: SqliteConnection, deckId: string, name: string): Promise<{ mime: string; data: Buffer } | undefined> {
  return db.get('SELECT mime, data FROM deck_images WHERE deck_id = ? AND name = ?', [deckId, name])
}

/** Copies a deck's pictures to another deck, so a duplicate shows the same images. */
export async function copyDeckImages(tx: SqliteConnection, fromDeckId: string, toDeckId: string, newId: () => string, timestamp: string): Promise<void> {
  const rows = await tx.all<{ name: string; mime: string; data: Buffer }>('SELECT name, mime, data FROM deck_images WHERE deck_id = ?', [fromDeckId])
  for (const row of rows) await insertDeckImage(tx, { id: newId(), deckId: toDeckId, name: row.name, mime: row.mime, data: row.data, timestamp })
}

import { ApiError } from '../../contract/errors'
import type { DeckSummary } from '../../contract/decks'
import type { HandlerContext, HandlersFor } from './context'
import type { SqliteConnection } from '../../db/sqliteConnection'
import { DECK_FORMAT_VERSION, deckFileSchema, type DeckFile } from '../../contract/deckFormat'
import { builtinDecks, findBuiltinDeck } from '../../decks/builtinDecks'
import { describeDeckIssues } from '../../decks/describeDeckIssues'
import { detectImageType, MAX_DECK_IMAGE_BYTES, safeImageName } from '../../decks/imageType'
import {
  copyDeckImages,
  deleteCustomDeck,
  findCustomDeck,
  findDeckImage,
  insertDeckImage,
  listCustomDecks,
  upsertCustomDeck,
  type CustomDeckRow,
} from '../../db/repositories/customDecksRepository'

type DeckMethods = 'decks.list' | 'decks.get' | 'decks.duplicate' | 'decks.save' | 'decks.delete' | 'decks.import' | 'decks.export' | 'decks.addImage' | 'decks.image'

function parseStored(row: CustomDeckRow): DeckFile {
  return deckFileSchema.parse(JSON.parse(row.content))
}

function summarize(deck: DeckFile, updatedAt: string | null): DeckSummary {
  return { id: deck.id, title: deck.title, description: deck.description, slideCount: deck.slides.length, builtIn: deck.builtIn, updatedAt }
}

/** A built-in deck, or a custom one from the database. */
export async function loadDeck(db: SqliteConnection, id: string): Promise<DeckFile> {
  const builtIn = findBuiltinDeck(id)
  if (builtIn) return builtIn
  const row = await findCustomDeck(db, id)
  if (!row) throw new ApiError('not_found', 'deck_not_found')
  return parseStored(row)
}

function fileNameFor(deck: DeckFile): string {
  const stem = deck.title['zh-CN'].replace(/[\\/:*?"<>|\s]+/g, '-').slice(0, 60)
  return `${stem || deck.id}.deck.json`
}

/** Reads a shared deck file and says, in both languages, exactly what is wrong with it. */
function parseDeckFile(content: string): DeckFile {
  let raw: unknown
  try {
    raw = JSON.parse(content.replace(/^\uFEFF/, ''))
  } catch {
    throw new ApiError('invalid_input', 'deck_not_json')
  }
  const header = raw as { format?: unknown; version?: unknown } | null
  if (!header || typeof header !== 'object' || header.format !== 'outreach-deck') throw new ApiError('invalid_input', 'deck_wrong_format')
  if (typeof header.version !== 'number' || !Number.isInteger(header.version) || header.version < 1 || header.version > DECK_FORMAT_VERSION)
    throw new ApiError('invalid_input', 'deck_unsupported_version', { version: String(header.version) })
  const parsed = deckFileSchema.safeParse(raw)
  if (!parsed.success) {
    throw new ApiError('invalid_input', 'deck_invalid', {
      detailsZh: describeDeckIssues(parsed.error.issues, 'zh-CN'),
      detailsEn: describeDeckIssues(parsed.error.issues, 'en'),
    })
  }
  return parsed.data
}

export function deckHandlers({ db, now, newId }: HandlerContext): HandlersFor<DeckMethods> {
  const customId = () => `custom-${newId()}`

  async function requireCustom(reader: SqliteConnection, id: string): Promise<CustomDeckRow> {
    if (findBuiltinDeck(id)) throw new ApiError('forbidden', 'deck_builtin_read_only')
    const row = await findCustomDeck(reader, id)
    if (!row) throw new ApiError('not_found', 'deck_not_found')
    return row
  }

  async function storeNew(deck: DeckFile, copyImagesFrom?: string): Promise<DeckFile> {
    const timestamp = now().toISOString()
    const stored: DeckFile = { ...deck, id: customId(), builtIn: false }
    await db.write(async (tx) => {
      await upsertCustomDeck(tx, stored.id, JSON.stringify(stored), timestamp)
      if (copyImagesFrom) await copyDeckImages(tx, copyImagesFrom, stored.id, newId, timestamp)
    })
    return stored
  }

  return {
    'decks.list': async () => {
      const rows = await db.read(listCustomDecks)
      const custom = rows.map((row) => summarize(parseStored(row), row.updated_at))
      return { items: [...builtinDecks.map((deck) => summarize(deck, null)), ...custom] }
    },
    'decks.get': ({ id }) => db.read((reader) => loadDeck(reader, id)),
    'decks.duplicate': async ({ id }) => {
      const source = await db.read((reader) => loadDeck(reader, id))
      const copySuffix = { 'zh-CN': '（副本）', en: ' (copy)' }
      const title = { 'zh-CN': `${source.title['zh-CN']}${copySuffix['zh-CN']}`.slice(0, 2000), en: `${source.title.en}${copySuffix.en}`.slice(0, 2000) }
      return storeNew({ ...source, title }, source.builtIn ? undefined : source.id)
    },
    'decks.save': async ({ deck }) => {
      if (findBuiltinDeck(deck.id)) throw new ApiError('forbidden', 'deck_builtin_read_only')
      const timestamp = now().toISOString()
      const stored: DeckFile = { ...deck, builtIn: false }
      await db.write((tx) => upsertCustomDeck(tx, stored.id, JSON.stringify(stored), timestamp))
      return summarize(stored, timestamp)
    },
    'decks.delete': async ({ id }) => {
      await db.read((reader) => requireCustom(reader, id))
      await db.write((tx) => deleteCustomDeck(tx, id))
      return { deleted: true as const }
    },
    'decks.import': async ({ content }) => {
      const deck = parseDeckFile(content)
      const taken = findBuiltinDeck(deck.id) || (await db.read((reader) => findCustomDeck(reader, deck.id)))
      const timestamp = now().toISOString()
      const stored: DeckFile = { ...deck, id: taken ? customId() : deck.id, builtIn: false }
      await db.write((tx) => upsertCustomDeck(tx, stored.id, JSON.stringify(stored), timestamp))
      return summarize(stored, timestamp)
    },
    'decks.export': async ({ id }) => {
      const deck = await db.read((reader) => loadDeck(reader, id))
      return { fileName: fileNameFor(deck), content: `${JSON.stringify(deck, null, 2)}\n` }
    },
    'decks.addImage': async ({ deckId, fileName, dataBase64 }) => {
      await db.read((reader) => requireCustom(reader, deckId))
      const data = Buffer.from(dataBase64, 'base64')
      if (data.length > MAX_DECK_IMAGE_BYTES) throw new ApiError('payload_too_large', 'deck_image_too_large', { maximum: '5 MB' })
      const mime = detectImageType(data)
      if (!mime) throw new ApiError('invalid_input', 'deck_image_wrong_type')
      const name = safeImageName(fileName, mime, newId().slice(0, 8))
      await db.write((tx) => insertDeckImage(tx, { id: newId(), deckId, name, mime, data, timestamp: now().toISOString() }))
      return { name }
    },
    'decks.image': async ({ deckId, name }) => {
      const image = await db.read((reader) => findDeckImage(reader, deckId, name))
      return { dataUrl: image ? `data:${image.mime};base64,${image.data.toString('base64')}` : null }
    },
  }
}

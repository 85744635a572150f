import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestApp, type TestApp } from '../../helpers/testApp'
import type { DeckFile } from '../../../src-main/contract/deckFormat'
import type { DeckSummary } from '../../../src-main/contract/decks'

let app: TestApp
beforeEach(async () => {
  app = await openTestApp()
})
afterEach(() => app.cleanup())

async function ok<T>(method: string, input: unknown): Promise<T> {
  const answer = await app.call(method, input)
  if (!answer.ok) throw new Error(`${method} failed: ${answer.error.message}`)
  return answer.result as T
}

async function customDeckCount(): Promise<number> {
  return (await app.db.read((db) => db.get<{ n: number }>('SELECT COUNT(*) AS n FROM custom_decks')))!.n
}

const PNG_BYTES = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f8a1b60000000049454e44ae426082', 'hex')

describe('decks.list and decks.get', () => {
  it('lists the twelve built-in decks with both titles and slide counts', async () => {
    const { items } = await ok<{ items: DeckSummary[] }>('decks.list', {})
    expect(items).toHaveLength(12)
    expect(items.every((deck) => deck.builtIn && deck.slideCount > 0 && deck.title['zh-CN'] && deck.title.en)).toBe(true)
    expect(items.map((deck) => deck.id)).toContain('builtin-seven-tips')
  })

  it('returns a whole deck, and a clear not-found for an unknown id', async () => {
    const deck = await ok<DeckFile>('decks.get', { id: 'builtin-seven-tips' })
    expect(deck.slides.length).toBe(15)
    const missing = await app.call('decks.get', { id: 'no-such-deck' })
    expect(missing).toMatchObject({ ok: false, status: 404, error: { message: '找不到这套幻灯片，可能已被删除。' } })
  })
})

describe('custom decks', () => {
  it('duplicates a built-in deck into an editable copy; built-ins refuse save and delete', async () => {
    const copy = await ok<DeckFile>('decks.duplicate', { id: 'builtin-two-cards' })
    expect(copy.builtIn).toBe(false)
    expect(copy.id).toMatch(/^custom-/)
    expect(copy.title['zh-CN']).toMatch(/（副本）$/)
    const builtIn = await ok<DeckFile>('decks.get', { id: 'builtin-two-cards' })
    const refusedSave = await app.call('decks.save', { deck: { ...builtIn, title: { 'zh-CN': '改', en: 'Changed' } } }, 'en')
    expect(refusedSave).toMatchObject({ ok: false, status: 403, error: { message: expect.stringContaining('Built-in decks cannot be changed') } })
    const refusedDelete = await app.call('decks.delete', { id: 'builtin-two-cards' })
    expect(refusedDelete).toMatchObject({ ok: false, status: 403 })
    expect((await ok<DeckFile>('decks.get', { id: 'builtin-two-cards' })).title).toEqual(builtIn.title)
  })

  it('saves edits that survive a reload, and deletes with its pictures', async () => {
    const copy = await ok<DeckFile>('decks.duplicate', { id: 'builtin-who-to-call' })
    const edited: DeckFile = { ...copy, slides: [...copy.slides].reverse(), title: { 'zh-CN': '我们社区的版本', en: 'Our version' } }
    await ok('decks.save', { deck: edited })
    const reloaded = await ok<DeckFile>('decks.get', { id: copy.id })
    expect(reloaded.title['zh-CN']).toBe('我们社区的版本')
    expect(reloaded.slides.map((s) => s.id)).toEqual(edited.slides.map((s) => s.id))
    await ok('decks.addImage', { deckId: copy.id, fileName: 'poster.png', dataBase64: PNG_BYTES.toString('base64') })
    await ok('decks.delete', { id: copy.id })
    expect(await customDeckCount()).toBe(0)
    expect((await app.db.read((db) => db.get<{ n: number }>('SELECT COUNT(*) AS n FROM deck_images')))!.n).toBe(0)
  })

  it('refuses an invalid deck on save with a per-field message', async () => {
    const copy = await ok<DeckFile>('decks.duplicate', { id: 'builtin-who-to-call' })
    const broken = { ...copy, slides: [] }
    const answer = await app.call('decks.save', { deck: broken })
    expect(answer).toMatchObject({ ok: false, status: 400, error: { fields: { 'deck.slides': '至少需要 1 项' } } })
  })
})

describe('decks.import and decks.export', () => {
  it('round-trips: an exported deck imports as a new custom deck', async () => {
    const exported = await ok<{ fileName: string; content: string }>('decks.export', { id: 'builtin-seven-tips' })
    expect(exported.fileName).toBe('防范电诈七个小贴士.deck.json')
    const imported = await ok<DeckSummary>('decks.import', { content: exported.content })
    expect(imported).toMatchObject({ builtIn: false, slideCount: 15 })
    expect(imported.id).not.toBe('builtin-seven-tips')
    const again = await ok<DeckSummary>('decks.import', { content: (await ok<{ content: string }>('decks.export', { id: imported.id })).content })
    expect(again.id).not.toBe(imported.id)
    expect(await customDeckCount()).toBe(2)
  })

  it('explains each kind of malformed file and saves nothing', async () => {
    const notJson = await app.call('decks.import', { content: '{ not json' })
    expect(notJson).toMatchObject({ ok: false, status: 400, error: { message: expect.stringContaining('不是幻灯片文件') } })
    const wrongFormat = await app.call('decks.import', { content: JSON.stringify({ hello: 1 }) }, 'en')
    expect(wrongFormat).toMatchObject({ ok: false, error: { message: expect.stringContaining('not an Outreach Desk deck file') } })
    const newer = await app.call('decks.import', { content: JSON.stringify({ format: 'outreach-deck', version: 4 }) })
    expect(newer).toMatchObject({ ok: false, error: { message: expect.stringContaining('版本（4）') } })

    const deck = JSON.parse((await ok<{ content: string }>('decks.export', { id: 'builtin-seven-tips' })).content) as DeckFile
    const slide = deck.slides[2] as Extract<DeckFile['slides'][number], { kind: 'bullets' }>
    slide.bullets[1] = { 'zh-CN': '只有中文' } as never
    ;(deck.slides[0] as { extra?: number }).extra = 1
    const zh = await app.call('decks.import', { content: JSON.stringify(deck) })
    expect(zh).toMatchObject({ ok: false, status: 400 })
    if (zh.ok) return
    expect(zh.error.message).toContain('没有导入任何内容')
    expect(zh.error.message).toContain('第 3 张幻灯片 › 要点 2 › 英文：必填')
    expect(zh.error.message).toContain('第 1 张幻灯片：有不认识的字段：extra')
    const en = await app.call('decks.import', { content: JSON.stringify(deck) }, 'en')
    expect(en).toMatchObject({ ok: false, error: { message: expect.stringContaining('slide 3 › bullet 2 › English: is required') } })
    expect(await customDeckCount()).toBe(0)
  })
})

describe('deck pictures', () => {
  it('stores a real PNG and serves it back as a data URL', async () => {
    const copy = await ok<DeckFile>('decks.duplicate', { id: 'builtin-who-to-call' })
    const { name } = await ok<{ name: string }>('decks.addImage', { deckId: copy.id, fileName: '派出所 门口.png', dataBase64: PNG_BYTES.toString('base64') })
    expect(name).toMatch(/^image-[0-9a-f]{8}\.png$|^[\w-]+\.png$/)
    const { dataUrl } = await ok<{ dataUrl: string }>('decks.image', { deckId: copy.id, name })
    expect(dataUrl).toBe(`data:image/png;base64,${PNG_BYTES.toString('base64')}`)
  })

  it('refuses a file that is not a picture, whatever its name, and pictures for built-in decks', async () => {
    const copy = await ok<DeckFile>('decks.duplicate', { id: 'builtin-who-to-call' })
    const fake = await app.call('decks.addImage', { deckId: copy.id, fileName: 'virus.png', dataBase64: Buffer.from('MZ not a png').toString('base64') })
    expect(fake).toMatchObject({ ok: false, status: 400, error: { message: '只能插入 PNG、JPEG 或 WebP 格式的图片。' } })
    const builtIn = await app.call('decks.addImage', { deckId: 'builtin-who-to-call', fileName: 'a.png', dataBase64: PNG_BYTES.toString('base64') })
    expect(builtIn).toMatchObject({ ok: false, status: 403 })
  })

  it('copies pictures along when a custom deck is duplicated', async () => {
    const copy = await ok<DeckFile>('decks.duplicate', { id: 'builtin-who-to-call' })
    const { name } = await ok<{ name: string }>('decks.addImage', { deckId: copy.id, fileName: 'a.png', dataBase64: PNG_BYTES.toString('base64') })
    const second = await ok<DeckFile>('decks.duplicate', { id: copy.id })
    expect((await ok<{ dataUrl: string | null }>('decks.image', { deckId: second.id, name })).dataUrl).toMatch(/^data:image\/png/)
  })
})

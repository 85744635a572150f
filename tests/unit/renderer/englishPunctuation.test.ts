import { describe, expect, it } from 'vitest'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { enumLabels } from '../../../src-main/contract/labels'
import en from '../../../src-renderer/i18n/en'
import zhCN from '../../../src-renderer/i18n/zh-CN'

const AREAS_DIR = join(__dirname, '../../../src-renderer/i18n/areas')
const FULL_WIDTH = /[（）：，。]/

/** Every string in a message tree, with the path it sits at. */
function strings(tree: unknown, path: string): [string, string][] {
  if (typeof tree === 'string') return [[path, tree]]
  if (!tree || typeof tree !== 'object') return []
  return Object.entries(tree).flatMap(([key, value]) => strings(value, `${path}.${key}`))
}

async function areaMessages(): Promise<{ name: string; messages: Record<string, unknown> }[]> {
  const files = readdirSync(AREAS_DIR).filter((file) => file.endsWith('.ts'))
  return Promise.all(files.map(async (file) => ({ name: file, messages: (await import(join(AREAS_DIR, file))).default as Record<string, unknown> })))
}

describe('English texts use English punctuation', () => {
  it('finds no full-width （）：，。 in the English messages of any area, the base messages or the label tables', async () => {
    const areas = await areaMessages()
    expect(areas.length).toBeGreaterThan(10)
    const english = [...areas.flatMap((area) => strings(area.messages.en, `${area.name}:en`)), ...strings(en, 'en.ts'), ...strings(enumLabels.en, 'labels.en')]
    expect(english.length).toBeGreaterThan(500)
    expect(english.filter(([, text]) => FULL_WIDTH.test(text))).toEqual([])
  })

  it('would notice one: the Chinese messages are full of them', async () => {
    const areas = await areaMessages()
    const chinese = [...areas.flatMap((area) => strings(area.messages['zh-CN'], area.name)), ...strings(zhCN, 'zh-CN.ts')]
    expect(chinese.filter(([, text]) => FULL_WIDTH.test(text)).length).toBeGreaterThan(20)
  })
})

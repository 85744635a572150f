import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PICTOGRAM_NAMES } from '../../../src-main/contract/pictograms'
import { pictogramShapes } from '../../../src-renderer/logic/pictogramShapes'

const lucideSource = (name: string) => readFileSync(join(process.cwd(), 'node_modules', 'lucide-static', 'icons', `${name}.svg`), 'utf8')

describe('bundled pictograms', () => {
  it('draws every shape of every allowed icon, with all of its attributes', () => {
    for (const name of PICTOGRAM_NAMES) {
      const source = lucideSource(name)
      const shapes = pictogramShapes(name)
      expect(shapes.length, name).toBe((source.match(/<(path|circle|rect|line|polyline|polygon|ellipse)\b/g) ?? []).length)
      const attributeCount = shapes.reduce((sum, shape) => sum + Object.keys(shape.attrs).length, 0)
      const inShapes = [...source.matchAll(/<(?:path|circle|rect|line|polyline|polygon|ellipse)\b([^>]*)>/g)].reduce((sum, [, attrs]) => sum + (attrs?.match(/=/g) ?? []).length, 0)
      expect(attributeCount, name).toBe(inShapes)
    }
  })

  it('keeps numbered attributes such as a line’s end points', () => {
    const line = pictogramShapes('credit-card').find((shape) => shape.tag === 'line')
    expect(line?.attrs).toEqual({ x1: '2', x2: '22', y1: '10', y2: '10' })
  })
})

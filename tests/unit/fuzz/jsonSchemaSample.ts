import { randomUUID } from 'node:crypto'

type JsonSchema = {
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  enum?: unknown[]
  const?: unknown
  format?: string
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  items?: JsonSchema
  minimum?: number
}

/** A plausible value for a schema: the base that fuzz cases then break one field at a time. */
export function sampleFor(schema: JsonSchema | undefined): unknown {
  if (!schema) return 'x'
  if (schema.const !== undefined) return schema.const
  if (schema.enum?.length) return schema.enum[0]
  const variant = schema.anyOf?.[0] ?? schema.oneOf?.[0]
  if (variant) return sampleFor(variant)
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type
  switch (type) {
    case 'object':
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([key, value]) => [key, sampleFor(value)]))
    case 'array':
      return [sampleFor(schema.items)]
    case 'integer':
    case 'number':
      return schema.minimum ?? 1
    case 'boolean':
      return true
    case 'string':
      if (schema.format === 'uuid') return randomUUID()
      if (schema.format === 'date-time') return '2026-12-01T10:00:00Z'
      return '张三'
    default:
      return 'x'
  }
}

export type { JsonSchema }

import { z } from 'zod'
import { defineMethod, emptyInput, idSchema, text } from './common'

export const materialKinds = ['leaflet', 'booklet', 'poster', 'prize', 'other'] as const
export type MaterialKind = (typeof materialKinds)[number]

const quantity = z.number().int().min(1).max(1_000_000)

export const materialSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: z.enum(materialKinds),
  unit: z.string(),
  lowStockAt: z.number().int(),
  stock: z.number().int(),
  /** Stock at or below the warning level. */
  low: z.boolean(),
})
export type Material = z.infer<typeof materialSchema>

export const stockReportRowSchema = materialSchema.extend({ received: z.number().int(), handedOut: z.number().int() })
export type StockReportRow = z.infer<typeof stockReportRowSchema>

export const materialsContract = {
  'materials.list': defineMethod({
    summary: 'Every material and prize with its stock now, and whether it is low.',
    input: emptyInput,
    output: z.object({ items: z.array(materialSchema) }),
  }),
  'materials.create': defineMethod({
    summary: 'Add a material or prize (leaflet, booklet, poster, prize, other) with its unit and the stock at which to warn.',
    input: z.object({ name: text(60), kind: z.enum(materialKinds), unit: text(10, 0).default(''), lowStockAt: z.number().int().min(0).max(1_000_000).default(0) }).strict(),
    output: materialSchema,
  }),
  'materials.receive': defineMethod({
    summary: 'Record stock received (from the police station, the street office …).',
    input: z.object({ materialId: idSchema, quantity, note: text(100, 0).optional() }).strict(),
    output: materialSchema,
  }),
  'materials.handOut': defineMethod({
    summary: "Record items handed out at a session; leaflets, booklets and posters also count in that session's ledger. Refused when the stock is short.",
    input: z.object({ materialId: idSchema, sessionId: idSchema, quantity }).strict(),
    output: materialSchema,
  }),
  'materials.sessionUsage': defineMethod({
    summary: 'What was handed out at a session, per item.',
    input: z.object({ sessionId: idSchema }).strict(),
    output: z.object({ items: z.array(z.object({ materialId: idSchema, name: z.string(), kind: z.enum(materialKinds), unit: z.string(), quantity: z.number().int() })) }),
  }),
  'materials.stockReport': defineMethod({
    summary: 'Per item: received and handed out in a date range, and the stock now.',
    input: z
      .object({ from: z.iso.date(), to: z.iso.date() })
      .strict()
      .refine((range) => range.from <= range.to, { path: ['to'], error: 'report_range_reversed' }),
    output: z.object({ items: z.array(stockReportRowSchema) }),
  }),
}

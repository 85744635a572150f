import { z } from 'zod'
import { defineMethod, idSchema, text, timestampSchema } from './common'

export const gridPlaceKinds = ['building', 'shop_street'] as const

const count = z.number().int().min(0).max(1_000_000)

const gridPlaceInput = z.object({ name: text(100), kind: z.enum(gridPlaceKinds) }).strict()

export const gridSchema = z.object({
  id: idSchema,
  name: z.string(),
  householdCount: z.number().int().nullable(),
  residentCount: z.number().int().nullable(),
  notes: z.string(),
  places: z.array(z.object({ id: idSchema, name: z.string(), kind: z.enum(gridPlaceKinds) })),
  sessionCount: z.number().int(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
})
export type Grid = z.infer<typeof gridSchema>

const gridFields = {
  name: text(60),
  householdCount: count.nullable(),
  residentCount: count.nullable(),
  notes: text(500, 0),
  /** The whole list of buildings and shop streets; it replaces the old one. */
  places: z.array(gridPlaceInput).max(300),
}

export const gridsContract = {
  'grids.list': defineMethod({
    summary: 'Every grid (网格) with its buildings and shop streets, household and resident counts, and how many sessions name it.',
    input: z.object({}).strict(),
    output: z.object({ items: z.array(gridSchema) }),
  }),
  'grids.create': defineMethod({
    summary: 'Add a grid; names are unique.',
    input: z
      .object({
        ...gridFields,
        householdCount: gridFields.householdCount.optional(),
        residentCount: gridFields.residentCount.optional(),
        notes: gridFields.notes.optional(),
        places: gridFields.places.optional(),
      })
      .strict(),
    output: gridSchema,
  }),
  'grids.update': defineMethod({
    summary: "Change a grid's name, counts, notes or places.",
    input: z.object({ id: idSchema }).extend(z.object(gridFields).partial().shape).strict(),
    output: gridSchema,
  }),
  'grids.delete': defineMethod({
    summary: 'Delete a grid; its sessions stay, without a grid.',
    input: z.object({ id: idSchema }).strict(),
    output: z.object({ deleted: z.literal(true) }),
  }),
}

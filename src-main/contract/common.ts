import { z } from 'zod'

export interface MethodSpec<Input extends z.ZodType = z.ZodType, Output extends z.ZodType = z.ZodType> {
  summary: string
  input: Input
  output: Output
}

export function defineMethod<Input extends z.ZodType, Output extends z.ZodType>(spec: MethodSpec<Input, Output>): MethodSpec<Input, Output> {
  return spec
}

export const idSchema = z.uuid()

/** Free text a person types: trimmed, required unless `min` is 0. */
export function text(max: number, min = 1) {
  return z.string().trim().min(min).max(max)
}

/**
 * ISO 8601 date-time. With an offset it is exact; without one it is read as the
 * laptop's local time, which is where the talk happens. Stored as UTC.
 */
export const dateTimeSchema = z.iso.datetime({ offset: true, local: true }).transform((value) => new Date(value).toISOString())

export const timestampSchema = z.string()

export const emptyInput = z.object({}).strict()

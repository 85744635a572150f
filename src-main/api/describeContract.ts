import { z } from 'zod'
import { apiContract, apiMethods } from '../contract'

/** The self-description served at GET /api: each method with its input JSON Schema. */
export function describeContract() {
  return {
    methods: apiMethods.map((name) => ({
      name,
      summary: apiContract[name].summary,
      input: z.toJSONSchema(apiContract[name].input, { io: 'input', unrepresentable: 'any' }),
    })),
  }
}

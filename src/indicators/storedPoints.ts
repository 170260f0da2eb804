import { z } from 'zod'

import type { KoladaPoint } from '../lib/indicatorSeries'

const pointSchema = z.object({
  area: z.string(),
  men: z.number().nullable(),
  preliminary: z.boolean(),
  value: z.number().nullable(),
  women: z.number().nullable(),
  year: z.number().int(),
})

const pointsSchema = z.array(pointSchema)

/** The figures stored on a series document; none when what is stored does not fit. */
export const storedPoints = (json: unknown): KoladaPoint[] => {
  const parsed = pointsSchema.safeParse(json)
  return parsed.success ? parsed.data : []
}

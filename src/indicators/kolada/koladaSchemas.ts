import { z } from 'zod'

// Kolada's answers, as far as we use them. A change of Kolada's shape is mended here, and only here:
// everything else reads the parsed types below.

/** A KPI id as Kolada writes it: N (municipality) or U (organisational unit) and five digits. */
export const KPI_ID = /^[NU]\d{5}$/

/** A municipality (four digits, `0000` is Riket) or a group of municipalities (`G` and digits). */
export const AREA_ID = /^(\d{4}|G\d{1,9})$/

const value = z
  .object({
    gender: z.enum(['T', 'K', 'M']),
    status: z.string().nullish(),
    value: z.number().finite().nullable(),
  })
  .passthrough()

const dataRow = z
  .object({
    kpi: z.string().regex(KPI_ID),
    municipality: z.string().regex(AREA_ID),
    period: z.number().int().min(1900).max(2200),
    values: z.array(value),
  })
  .passthrough()

/** `GET /data/kpi/{kpi}/municipality/{ids}/year/{years}`: one page of values. */
export const dataPageSchema = z
  .object({
    count: z.number().int().min(0).optional(),
    next_url: z.string().url().nullish(),
    values: z.array(dataRow),
  })
  .passthrough()

/** `GET /kpi/{id}`: the KPI's metadata. */
export const kpiPageSchema = z
  .object({
    values: z
      .array(
        z
          .object({
            id: z.string().regex(KPI_ID),
            is_divided_by_gender: z.union([z.boolean(), z.number()]).nullish(),
            publication_date: z.string().nullish(),
            title: z.string().min(1),
          })
          .passthrough(),
      )
      .max(1),
  })
  .passthrough()

/** One page of Kolada values. */
export type KoladaDataPage = z.infer<typeof dataPageSchema>

/** One year of one area of one KPI, as Kolada gives it. */
export type KoladaDataRow = z.infer<typeof dataRow>

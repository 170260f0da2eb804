import type { z } from 'zod'

import { jsonDepthWithin } from '../../lib/jsonDepth'
import { readBounded } from '../../lib/readBounded'
import { KoladaError } from './KoladaError'
import {
  AREA_ID,
  dataPageSchema,
  KPI_ID,
  type KoladaDataPage,
  type KoladaDataRow,
  kpiPageSchema,
} from './koladaSchemas'

/** Kolada's open API unless the host says otherwise. */
import { DEFAULT_KOLADA_BASE_URL } from '../../options/defaults'

export { DEFAULT_KOLADA_BASE_URL }

/** Kolada answers at most this many years in one data request. */
export const MAX_YEARS_PER_REQUEST = 25

/** Deepest nesting of a Kolada answer accepted (its real answers nest four levels). */
export const MAX_JSON_DEPTH = 16

/** How the client talks to Kolada. */
export type KoladaClientOptions = {
  /** @default https://api.kolada.se/v3 */
  baseUrl?: string
  /** @default globalThis.fetch */
  fetch?: typeof fetch
  /** Largest answer read, in bytes. @default 4 MiB */
  maxBytes?: number
  /** Most `next_url` pages followed for one request. @default 50 */
  maxPages?: number
  /** Attempts after the first on 429, 5xx, a time-out or a broken connection. @default 3 */
  retries?: number
  /** First back-off, doubled per attempt (Retry-After wins when Kolada sends one). @default 500 */
  retryDelayMs?: number
  /** @default 15000 */
  timeoutMs?: number
}

/** A KPI's title and whether Kolada divides it by gender. */
export type KoladaKpi = { genderDivided: boolean; id: string; title: string }

/** Reads KPI metadata and values from Kolada. */
export type KoladaClient = {
  kpi: (id: string) => Promise<KoladaKpi | null>
  values: (kpi: string, areas: string[], years: number[]) => Promise<KoladaDataRow[]>
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const retryAfterMs = (header: null | string): number | undefined => {
  if (!header) return undefined
  const seconds = Number(header)
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, 30_000)
  const at = Date.parse(header)
  return Number.isNaN(at) ? undefined : Math.min(Math.max(at - Date.now(), 0), 30_000)
}

const chunks = <T>(list: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) =>
    list.slice(i * size, (i + 1) * size),
  )

/**
 * A Kolada client: time-outs, retries with back-off on 429 and 5xx (honouring Retry-After), paging
 * through `next_url` (only on Kolada's own host), at most 25 years per request, and every answer
 * checked against the shape in `koladaSchemas` — an answer that does not fit is refused whole.
 */
export const createKoladaClient = ({
  baseUrl = DEFAULT_KOLADA_BASE_URL,
  fetch: fetchFn = globalThis.fetch,
  maxBytes = 4 * 1024 * 1024,
  maxPages = 50,
  retries = 3,
  retryDelayMs = 500,
  timeoutMs = 15_000,
}: KoladaClientOptions = {}): KoladaClient => {
  const base = new URL(baseUrl.replace(/\/+$/, '') + '/')

  const getJson = async <S extends z.ZodTypeAny>(url: URL, schema: S): Promise<z.infer<S>> => {
    const where = `${url.pathname}${url.search}`
    for (let attempt = 0; ; attempt += 1) {
      let wait: number | undefined
      let failure: KoladaError
      try {
        const response = await fetchFn(url, {
          headers: { accept: 'application/json' },
          redirect: 'error',
          signal: AbortSignal.timeout(timeoutMs),
        })
        if (response.ok) {
          const body = await readBounded(response.body, maxBytes)
          if (!body) {
            throw new KoladaError(
              `Kolada svarade med mer än ${maxBytes} byte på ${where} / The answer was too large`,
            )
          }
          if (!jsonDepthWithin(body, MAX_JSON_DEPTH)) {
            throw new KoladaError(
              `Kolada svarade med JSON nästlad djupare än ${MAX_JSON_DEPTH} nivåer på ${where} / The answer is nested too deep`,
            )
          }
          let json: unknown
          try {
            json = JSON.parse(body.toString('utf8'))
          } catch {
            throw new KoladaError(`Kolada svarade inte med JSON på ${where} / Not JSON`)
          }
          const parsed = schema.safeParse(json)
          if (!parsed.success) {
            const issue = parsed.error.issues[0]
            throw new KoladaError(
              `Kolada svarade i en form vi inte känner igen på ${where} (${issue?.path.join('.') || 'svaret'}: ${issue?.message}); inget sparades / Unexpected answer, nothing stored`,
            )
          }
          return parsed.data
        }
        failure = new KoladaError(
          `Kolada svarade ${response.status} på ${where} / Kolada answered ${response.status}`,
          response.status,
        )
        await response.body?.cancel()
        if (response.status !== 429 && response.status < 500) throw failure
        wait = retryAfterMs(response.headers.get('retry-after'))
      } catch (error) {
        // A refused or malformed answer will not mend by asking again.
        if (error instanceof KoladaError) throw error
        // A DOMException from another realm is no `instanceof Error`: read its name.
        const { message, name } = (error ?? {}) as { message?: string; name?: string }
        failure = new KoladaError(
          name === 'TimeoutError'
            ? `Kolada svarade inte inom ${timeoutMs / 1000} s på ${where} / Timed out`
            : `Kolada gick inte att nå (${message ?? String(error)}) / Kolada could not be reached`,
        )
      }
      if (attempt >= retries) throw failure
      await sleep(wait ?? retryDelayMs * 2 ** attempt)
    }
  }

  const follow = (next: string): URL => {
    const url = new URL(next, base)
    if (url.origin !== base.origin) {
      throw new KoladaError(
        `Kolada pekade vidare till en annan värd (${url.origin}); inget sparades / next_url on another host`,
      )
    }
    return url
  }

  return {
    kpi: async (id) => {
      if (!KPI_ID.test(id)) throw new KoladaError(`"${id}" är inget Kolada-id / Not a KPI id`)
      const page = await getJson(new URL(`kpi/${id}`, base), kpiPageSchema)
      const kpi = page.values[0]
      if (!kpi) return null
      return { genderDivided: Boolean(kpi.is_divided_by_gender), id: kpi.id, title: kpi.title }
    },
    values: async (kpi, areas, years) => {
      if (!KPI_ID.test(kpi)) throw new KoladaError(`"${kpi}" är inget Kolada-id / Not a KPI id`)
      const bad = areas.find((a) => !AREA_ID.test(a))
      if (bad !== undefined) throw new KoladaError(`"${bad}" är inget kommun- eller grupp-id`)
      const rows: KoladaDataRow[] = []
      for (const span of chunks(years, MAX_YEARS_PER_REQUEST)) {
        let url: null | URL = new URL(
          `data/kpi/${kpi}/municipality/${areas.join(',')}/year/${span.join(',')}`,
          base,
        )
        for (let page = 0; url; page += 1) {
          if (page >= maxPages) {
            throw new KoladaError(`Kolada gav fler än ${maxPages} sidor för ${kpi}; inget sparades`)
          }
          const answer: KoladaDataPage = await getJson(url, dataPageSchema)
          rows.push(...answer.values)
          url = answer.next_url ? follow(answer.next_url) : null
        }
      }
      const stray = rows.find((r) => r.kpi !== kpi || !areas.includes(r.municipality))
      if (stray) {
        throw new KoladaError(
          `Kolada svarade med ${stray.kpi}/${stray.municipality}, som inte efterfrågades; inget sparades`,
        )
      }
      return rows
    },
  }
}

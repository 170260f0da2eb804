import type { Endpoint, PayloadRequest } from 'payload'

import type { Answer } from '../lib/webAnswer'

import { publicEndpoint } from '../endpoints/publicEndpoint'
import { cached } from '../hooks/publicChange/pageCache'
import { parsePlanYear } from '../lib/planYear'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { toCsv } from '../publicPage/openData'
import { composeFollowUp, loadPlanReports } from './composeFollowUp'
import { FOLLOW_UP_TABLES, followUpTables } from './followUpOpenData'

const json = (status: number, value: unknown, headers: Record<string, string> = {}): Answer => ({
  body: Buffer.from(JSON.stringify(value)),
  headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
  status,
})

const refusal = (status: number, sv: string, en: string): Answer =>
  json(status, { errors: [{ message: `${sv} / ${en}`, status }] }, { 'Cache-Control': 'no-store' })

/**
 * "Så gick det" in the public API: `GET /api/public/plans/:year/follow-up` answers the latest
 * published report of the plan (newest period end), `…/follow-up/:id` a given one — 404 before
 * anything is published, 400 for an address that cannot be one. Cached like the page (until the
 * next publish anywhere); only reports that exist are cached, so made-up ids cost one small read.
 */
const answerFollowUp = (req: PayloadRequest): Promise<Answer> => answer(req, 'report')

/** The open data of the latest (or `?report=`) published report: JSON, or one table as CSV. */
const answerOpenData =
  (format: 'csv' | 'json') =>
  (req: PayloadRequest): Promise<Answer> =>
    answer(req, format)

const answer = async (req: PayloadRequest, view: 'csv' | 'json' | 'report'): Promise<Answer> => {
  const { payload } = req
  const options = pluginOptionsOf(payload.config)
  const year = parsePlanYear(String(req.routeParams?.year ?? ''))
  if (year === undefined)
    return refusal(
      400,
      'Ogiltigt år: ange ett år mellan 2000 och 2100',
      'Invalid year: use 2000–2100',
    )
  const asked = req.searchParams.get('locale') ?? 'sv'
  if (asked !== 'sv' && asked !== 'en')
    return refusal(
      400,
      'Okänt språk: använd locale=sv eller locale=en',
      'Unknown locale: use sv or en',
    )
  const locale = asked
  const rawId =
    view === 'report' ? req.routeParams?.id : (req.searchParams.get('report') ?? undefined)
  const table = FOLLOW_UP_TABLES.find((t) => t === (req.searchParams.get('table') ?? 'assessments'))
  if (view === 'csv' && !table)
    return refusal(
      400,
      `Okänd tabell: välj ${FOLLOW_UP_TABLES.join(', ')}`,
      `Unknown table: choose ${FOLLOW_UP_TABLES.join(', ')}`,
    )
  if (rawId !== undefined && !/^[A-Za-z0-9-]{1,40}$/.test(String(rawId)))
    return refusal(400, 'Ogiltigt rapport-id', 'Invalid report id')
  const planReports = await cached(payload, `follow-up:${year}:${locale}`, () =>
    loadPlanReports(payload, year, locale),
  )
  const listing =
    rawId === undefined
      ? planReports?.reports[0]
      : planReports?.reports.find((r) => String(r.id) === String(rawId))
  if (!planReports || !listing)
    return refusal(
      404,
      rawId === undefined
        ? `Ingen publicerad uppföljning av ${year} års plan`
        : `Ingen publicerad uppföljning med id ${String(rawId)} i ${year} års plan`,
      'No published follow-up report',
    )
  const followUp = await cached(payload, `follow-up:${year}:${listing.id}:${locale}`, () =>
    composeFollowUp(payload, planReports, listing.id, locale),
  )
  if (!followUp) return refusal(404, 'Uppföljningen är inte publicerad', 'Not published')
  const headers = { 'Cache-Control': options.publicApi.cacheControl, 'Content-Language': locale }
  if (view === 'report') return json(200, followUp, headers)
  const tables = followUpTables(followUp)
  if (view === 'json')
    return json(200, { plan: followUp.plan, report: followUp.report, tables }, headers)
  return {
    body: Buffer.from(toCsv(tables[table ?? 'assessments'])),
    headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' },
    status: 200,
  }
}

/**
 * The public follow-up routes (read-only): the report, and its open data — `open-data.json` (both
 * tables) and `open-data.csv?table=assessments|budget-outcomes`, each for `?report=` or the latest.
 */
export const followUpEndpoints = (): Endpoint[] => [
  publicEndpoint('get', '/public/plans/:year/follow-up', answerFollowUp),
  // Before `/:id`, which would take the file name for an id.
  publicEndpoint('get', '/public/plans/:year/follow-up/open-data.json', answerOpenData('json')),
  publicEndpoint('get', '/public/plans/:year/follow-up/open-data.csv', answerOpenData('csv')),
  publicEndpoint('get', '/public/plans/:year/follow-up/:id', answerFollowUp),
]

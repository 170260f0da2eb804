import type { Endpoint, PayloadRequest } from 'payload'

import { publicEndpoint } from '../endpoints/publicEndpoint'
import { cached } from '../hooks/publicChange/pageCache'
import { notModified } from '../lib/conditionalRequest'
import { parsePlanYear } from '../lib/planYear'
import { type Answer, refusal } from '../lib/webAnswer'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { corsHeaders } from '../publicPage/answerPlanRead'
import { negotiateLocale } from '../publicPage/negotiateLocale'
import { toCsv } from '../lib/csvTable'
import { FOLLOW_UP_TABLES, followUpTables } from './followUpOpenData'
import { readFollowUp } from './readFollowUp'
import { strongEtag } from '../lib/strongEtag'

type View = 'csv' | 'json' | 'report'

/** A view's bytes, serialised and hashed once per published version (the cache's lifetime). */
type Representation = { body: Buffer; etag: string; type: string }

const represent = (text: string, type: string): Representation => {
  const body = Buffer.from(text, 'utf8')
  const etag = strongEtag(body)
  return { body, etag, type }
}

/**
 * "Så gick det" in the public API: `GET /api/public/plans/:year/follow-up` answers the latest
 * published report of the plan (newest period end), `…/follow-up/:id` a given one, and the open
 * data of either — 404 before anything is published, 400 for an address that cannot be one.
 * Locale by `?locale=` or `Accept-Language`, strong ETags and 304, CORS like the plan's reads;
 * cached until the next publish anywhere.
 */
const answer = async (req: PayloadRequest, view: View): Promise<Answer> => {
  const { payload } = req
  const options = pluginOptionsOf(payload.config)
  const header = (name: string) => req.headers.get(name) ?? undefined
  const cors = corsHeaders(options, header('origin'))
  const year = parsePlanYear(String(req.routeParams?.year ?? ''))
  if (year === undefined)
    return refusal(
      400,
      'Ogiltigt år: ange ett år mellan 2000 och 2100',
      'Invalid year: use 2000–2100',
      cors,
    )
  const { explicit, locale } = negotiateLocale(
    req.searchParams.get('locale') ?? undefined,
    header('accept-language'),
    options.locales,
  )
  if (!locale)
    return refusal(
      400,
      'Okänt språk: använd locale=sv eller locale=en',
      'Unknown locale: use locale=sv or locale=en',
      cors,
    )
  const table = FOLLOW_UP_TABLES.find((t) => t === (req.searchParams.get('table') ?? 'assessments'))
  if (view === 'csv' && !table)
    return refusal(
      400,
      `Okänd tabell: välj ${FOLLOW_UP_TABLES.join(', ')}`,
      `Unknown table: choose ${FOLLOW_UP_TABLES.join(', ')}`,
      cors,
    )
  const rawId =
    view === 'report' ? req.routeParams?.id : (req.searchParams.get('report') ?? undefined)
  if (rawId !== undefined && !/^[A-Za-z0-9-]{1,40}$/.test(String(rawId)))
    return refusal(400, 'Ogiltigt rapport-id', 'Invalid report id', cors)
  const followUp = await readFollowUp(
    payload,
    year,
    locale,
    rawId === undefined ? undefined : String(rawId),
  )
  if (!followUp)
    return refusal(
      404,
      rawId === undefined
        ? `Ingen publicerad uppföljning av ${year} års plan`
        : `Ingen publicerad uppföljning med id ${String(rawId)} i ${year} års plan`,
      'No published follow-up report',
      cors,
    )
  const key = `follow-up-bytes:${year}:${followUp.report.id}:${locale}:${view}:${table}`
  const rep = await cached(payload, key, async () => {
    if (view === 'report') return represent(JSON.stringify(followUp), 'application/json')
    const tables = followUpTables(followUp)
    if (view === 'json')
      return represent(
        JSON.stringify({ plan: followUp.plan, report: followUp.report, tables }),
        'application/json',
      )
    return represent(toCsv(tables[table ?? 'assessments']), 'text/csv')
  })
  const vary = [cors.Vary, explicit ? undefined : 'Accept-Language'].filter(Boolean).join(', ')
  const headers: Record<string, string> = {
    ...cors,
    ...(vary ? { Vary: vary } : {}),
    'Cache-Control': options.publicApi.cacheControl,
    'Content-Language': locale,
    ETag: rep.etag,
  }
  const conditional = { ifNoneMatch: header('if-none-match') }
  if (notModified(conditional, { etag: rep.etag, lastModified: null }))
    return { headers, status: 304 }
  headers['Content-Type'] = `${rep.type}; charset=utf-8`
  headers['Content-Length'] = String(rep.body.length)
  return { body: req.method === 'HEAD' ? undefined : rep.body, headers, status: 200 }
}

/**
 * The public follow-up routes (read-only): the report, and its open data — `open-data.json` (both
 * tables) and `open-data.csv?table=assessments|budget-outcomes`, each for `?report=` or the latest.
 */
export const followUpEndpoints = (): Endpoint[] => [
  publicEndpoint('get', '/public/plans/:year/follow-up', (req) => answer(req, 'report')),
  // Before `/:id`, which would take the file name for an id.
  publicEndpoint('get', '/public/plans/:year/follow-up/open-data.json', (req) =>
    answer(req, 'json'),
  ),
  publicEndpoint('get', '/public/plans/:year/follow-up/open-data.csv', (req) => answer(req, 'csv')),
  publicEndpoint('get', '/public/plans/:year/follow-up/:id', (req) => answer(req, 'report')),
]

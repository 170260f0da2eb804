import type { Payload } from 'payload'

import type { SanitizedOptions } from '../options/types'
import type { PageRepresentation } from './cachedPage'
import type { PageKey } from './loadPublicPage'

import { isStaffUser } from '../lib/roles'
import { parsePlanYear } from '../lib/planYear'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { cachedPage, represent } from './cachedPage'
import { notModified } from '../lib/conditionalRequest'
import { loadPublicPage } from './loadPublicPage'
import { negotiateLocale } from './negotiateLocale'
import { toCsv } from '../lib/csvTable'
import { OPEN_DATA_TABLES, openDataTables } from './openData'
import { decidedPage } from './decidedPage'
import { fiscalDataPackage } from './fiscalDataPackage'

/** A read of the public API, whatever server received it (Express or a Payload endpoint). */
export type PlanRead = {
  /** The request's header, or undefined. */
  header: (name: string) => string | undefined
  /** All request headers, for a staff preview's session (asked for only then). */
  headers: () => Headers
  method: string
  params: { slug?: string; year?: string }
  query: (name: string) => string | undefined
}

/** Which view of the plan is read. */
export type PlanView = 'changes' | 'csv' | 'datapackage' | 'decided' | 'json' | 'page'

/** What to answer: status, headers and body (none for HEAD and 304). */
import { type Answer, refusal } from '../lib/webAnswer'

export type { Answer }

/** CORS for the public API: anyone (`*`), or the listed origins by name. */
export const corsHeaders = (
  { publicApi }: SanitizedOptions,
  origin: string | undefined,
): Record<string, string> => {
  if (publicApi.origins === '*') return { 'Access-Control-Allow-Origin': '*' }
  return origin && publicApi.origins.includes(origin)
    ? { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' }
    : { Vary: 'Origin' }
}

/** The answer to a CORS preflight of the public API (it is read-only). */
export const answerPreflight = (
  options: SanitizedOptions,
  read: Pick<PlanRead, 'header'>,
): Answer => {
  const requested = read.header('access-control-request-headers')
  return {
    headers: {
      ...corsHeaders(options, read.header('origin')),
      'Access-Control-Allow-Methods': 'GET,HEAD,OPTIONS',
      'Access-Control-Max-Age': '600',
      ...(requested ? { 'Access-Control-Allow-Headers': requested } : {}),
    },
    status: 204,
  }
}

const keyOf = (params: PlanRead['params']): Answer | PageKey => {
  if (params.slug !== undefined) {
    const slug = params.slug
    if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) && slug.length <= 120) return { slug }
    return refusal(
      400,
      'Ogiltig adress: en slug består av små bokstäver, siffror och bindestreck',
      'Invalid slug: lower-case letters, digits and dashes',
    )
  }
  const year = parsePlanYear(params.year ?? '')
  if (year !== undefined) return { year }
  return refusal(
    400,
    `Ogiltigt år "${(params.year ?? '').slice(0, 20)}": ange ett år mellan 2000 och 2100`,
    'Invalid year: use a year between 2000 and 2100',
  )
}

const staffPreview = async (payload: Payload, read: PlanRead): Promise<boolean> => {
  if (read.query('draft') !== 'true') return false
  const { user } = await payload.auth({ headers: read.headers() })
  return isStaffUser(user)
}

const bodyOf = (
  rep: PageRepresentation,
  view: PlanView,
  table: (typeof OPEN_DATA_TABLES)[number],
  since: string,
) => {
  const { page } = rep
  if (view === 'changes') {
    const changes =
      since === 'decided'
        ? page.changesSinceDecision
        : page.changesSincePrevious?.since === since
          ? page.changesSincePrevious
          : null
    return {
      body: Buffer.from(JSON.stringify(changes)),
      etag: rep.etag.replace(/"$/, `-changes-${since}"`),
      type: 'application/json; charset=utf-8',
    }
  }
  if (view === 'datapackage') {
    return {
      body: Buffer.from(JSON.stringify(fiscalDataPackage(page))),
      etag: rep.etag.replace(/"$/, '-fdp"'),
      type: 'application/json; charset=utf-8',
    }
  }
  if (view === 'page' || view === 'decided')
    return { body: rep.body, etag: rep.etag, type: 'application/json; charset=utf-8' }
  if (view === 'json') {
    const body = JSON.stringify({
      licence: { name: page.openData.licence, url: page.openData.licenceUrl },
      organisation: page.organisation,
      plan: { pageUpdatedAt: page.pageUpdatedAt, title: page.title, year: page.year },
      tables: openDataTables(page),
    })
    return {
      body: Buffer.from(body),
      etag: rep.etag.replace(/"$/, '-json"'),
      type: 'application/json; charset=utf-8',
    }
  }
  return {
    body: Buffer.from(toCsv(openDataTables(page)[table])),
    etag: rep.etag.replace(/"$/, `-${table}"`),
    type: 'text/csv; charset=utf-8',
  }
}

/**
 * A read of a plan's public page or open data: validated key and locale, the shared cache (or a
 * staff preview's drafts, never cached), strong ETags and 304, Cache-Control, Last-Modified, Vary
 * and CORS for CDNs and other sites' front ends. Never throws for a bad request.
 */
export const answerPlanRead = async (
  payload: Payload,
  read: PlanRead,
  view: PlanView,
): Promise<Answer> => {
  const options = pluginOptionsOf(payload.config)
  const cors = corsHeaders(options, read.header('origin'))
  const table = OPEN_DATA_TABLES.find((name) => name === (read.query('table') ?? 'goals'))
  if (view === 'csv' && !table) {
    return refusal(
      400,
      `Okänd tabell: välj ${OPEN_DATA_TABLES.join(', ')}`,
      `Unknown table: choose ${OPEN_DATA_TABLES.join(', ')}`,
      cors,
    )
  }
  const key = keyOf(read.params)
  if ('status' in key) return { ...key, headers: { ...cors, ...key.headers } }
  const { explicit, locale } = negotiateLocale(
    read.query('locale'),
    read.header('accept-language'),
    options.locales,
  )
  if (!locale) {
    return refusal(
      400,
      'Okänt språk: använd locale=sv eller locale=en',
      'Unknown locale: use locale=sv or locale=en',
      cors,
    )
  }
  const vary = [cors.Vary, explicit ? undefined : 'Accept-Language'].filter(Boolean).join(', ')
  const headers: Record<string, string> = { ...cors, ...(vary ? { Vary: vary } : {}) }

  let rep: null | PageRepresentation
  if (await staffPreview(payload, read)) {
    const page = await loadPublicPage(payload, key, locale, { draft: true })
    rep = page && represent(page)
    headers['Cache-Control'] = 'private, no-store'
  } else {
    rep = await cachedPage(payload, key, locale)
    headers['Cache-Control'] = options.publicApi.cacheControl
  }
  if (!rep) {
    const which = 'year' in key ? `år ${key.year}` : `"${key.slug}"`
    return refusal(
      404,
      `Det finns ingen publicerad Mål och budget för ${which}`,
      'No published budget plan for that year or slug',
      headers,
    )
  }

  const since = read.query('since') ?? ''
  if (view === 'changes') {
    const offered = [
      rep.page.changesSincePrevious?.since,
      rep.page.changesSinceDecision ? 'decided' : undefined,
    ].filter((s): s is string => s !== undefined)
    if (!offered.includes(since)) {
      return refusal(
        offered.length ? 400 : 404,
        offered.length
          ? `Jämför med since=${offered.join(' eller since=')}`
          : `Planen för ${rep.page.year} har ingen tidigare upplaga eller beslutad version att jämföra med`,
        offered.length
          ? `Compare with since=${offered.join(' or since=')}`
          : 'The plan has no earlier edition or decided version to compare with',
        headers,
      )
    }
  }
  if (view === 'datapackage' && !rep.page.budget) {
    return refusal(
      404,
      `Planen för ${rep.page.year} har inga budgetrader`,
      'The plan has no budget lines',
      headers,
    )
  }
  if (view === 'decided') {
    const decided = await decidedPage(payload, rep.page, locale)
    if (!decided) {
      return refusal(
        404,
        `Planen för ${rep.page.year} är inte markerad som beslutad i kommunfullmäktige`,
        'The plan has not been marked as decided by the council',
        headers,
      )
    }
    rep = decided
  }
  const { body, etag, type } = bodyOf(rep, view, table ?? 'goals', since)
  headers.ETag = etag
  headers['Content-Language'] = rep.page.locale
  if (rep.lastModified) headers['Last-Modified'] = rep.lastModified
  if (view === 'csv') {
    const name = options.publicPath.split('/').pop()
    headers['Content-Disposition'] = `inline; filename="${name}-${rep.page.year}-${table}.csv"`
    if (rep.page.openData.licenceUrl)
      headers.Link = `<${rep.page.openData.licenceUrl}>; rel="license"`
  }
  const conditional = {
    ifModifiedSince: read.header('if-modified-since'),
    ifNoneMatch: read.header('if-none-match'),
  }
  if (notModified(conditional, { etag, lastModified: rep.lastModified }))
    return { headers, status: 304 }
  headers['Content-Type'] = type
  headers['Content-Length'] = String(body.length)
  return { body: read.method === 'HEAD' ? undefined : body, headers, status: 200 }
}

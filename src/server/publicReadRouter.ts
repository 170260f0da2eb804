import type { Request, Response } from 'express'
import type { Payload } from 'payload'

import cors from 'cors'
import express from 'express'

import type { Settings } from '../../host/settings'
import type { PageKey, PublicLocale } from '../publicPage/loadPublicPage'

import { OPEN_DATA_TABLES, openDataTables, toCsv } from '../publicPage/openData'
import { notModified } from '../publicPage/conditionalRequest'
import { hasRole } from '../lib/roles'
import { loadPublicPage } from '../publicPage/loadPublicPage'
import { negotiateLocale } from '../publicPage/negotiateLocale'
import { cachedPage, type PageRepresentation, represent } from '../publicPage/cachedPage'

const fail = (res: Response, status: number, sv: string, en: string): void => {
  res
    .status(status)
    .set('Cache-Control', 'no-store')
    .json({ errors: [{ message: `${sv} / ${en}`, status }] })
}

const parseKey = (req: Request, res: Response): PageKey | undefined => {
  if (req.params.slug !== undefined) {
    const slug = String(req.params.slug)
    if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) && slug.length <= 120) return { slug }
    fail(
      res,
      400,
      'Ogiltig adress: en slug består av små bokstäver, siffror och bindestreck',
      'Invalid slug: lower-case letters, digits and dashes',
    )
    return undefined
  }
  const year = String(req.params.year)
  if (/^\d{4}$/.test(year) && Number(year) >= 2000 && Number(year) <= 2100)
    return { year: Number(year) }
  fail(
    res,
    400,
    `Ogiltigt år "${year.slice(0, 20)}": ange ett år mellan 2000 och 2100`,
    'Invalid year: use a year between 2000 and 2100',
  )
  return undefined
}

/**
 * The public read API, served by Express before Next.js: the composed page of a plan (by year or
 * slug), its open data as JSON and CSV; cached per (plan, locale) until anything public changes;
 * strong ETags, 304, Cache-Control, Last-Modified and Vary for CDNs; CORS for the allowed origins.
 */
export const createPublicApiRouter = (payload: Payload, settings: Settings): express.Router => {
  const router = express.Router()
  router.use(
    cors({
      maxAge: 600,
      methods: ['GET', 'HEAD', 'OPTIONS'],
      origin: settings.publicApi.origins === '*' ? '*' : settings.publicApi.origins,
    }),
  )

  const resolve = async (
    req: Request,
    res: Response,
  ): Promise<{ locale: PublicLocale; rep: PageRepresentation } | undefined> => {
    const key = parseKey(req, res)
    if (!key) return undefined
    const { explicit, locale } = negotiateLocale(req.query.locale, req.get('accept-language'))
    if (!locale) {
      fail(
        res,
        400,
        'Okänt språk: använd locale=sv eller locale=en',
        'Unknown locale: use locale=sv or locale=en',
      )
      return undefined
    }
    res.vary('Origin')
    if (!explicit) res.vary('Accept-Language')

    if (req.query.draft === 'true') {
      const { user } = await payload.auth({
        headers: new Headers(req.headers as Record<string, string>),
      })
      if (hasRole(user, 'admin') || hasRole(user, 'editor')) {
        const page = await loadPublicPage(payload, key, locale, { draft: true })
        res.set('Cache-Control', 'private, no-store')
        if (page) return { locale, rep: represent(page) }
        fail(res, 404, 'Sidan finns inte', 'No such page')
        return undefined
      }
    }

    const rep = await cachedPage(payload, key, locale)
    if (!rep) {
      const which = 'year' in key ? `år ${key.year}` : `"${key.slug}"`
      fail(
        res,
        404,
        `Det finns ingen publicerad Mål och budget för ${which}`,
        'No published budget plan for that year or slug',
      )
      return undefined
    }
    res.set('Cache-Control', settings.publicApi.cacheControl)
    return { locale, rep }
  }

  const send = (
    req: Request,
    res: Response,
    rep: PageRepresentation,
    type: string,
    body: Buffer | string,
    etag = rep.etag,
  ): void => {
    res.set('ETag', etag)
    if (rep.lastModified) res.set('Last-Modified', rep.lastModified)
    res.set('Content-Language', rep.page.locale)
    const conditional = {
      ifModifiedSince: req.get('if-modified-since'),
      ifNoneMatch: req.get('if-none-match'),
    }
    if (notModified(conditional, { etag, lastModified: rep.lastModified })) {
      res.status(304).end()
      return
    }
    // Written directly: the bytes and their ETag are already computed once per page version.
    const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body
    res.setHeader('Content-Type', type)
    res.setHeader('Content-Length', bytes.length)
    res.end(req.method === 'HEAD' ? undefined : bytes)
  }

  const handle =
    (fn: (req: Request, res: Response) => Promise<void>) =>
    (req: Request, res: Response): void => {
      fn(req, res).catch((err: unknown) => {
        payload.logger.error({ err, msg: `public API failed: ${req.method} ${req.path}` })
        if (!res.headersSent)
          fail(res, 500, 'Ett oväntat fel inträffade', 'An unexpected error occurred')
      })
    }

  const page = handle(async (req, res) => {
    const found = await resolve(req, res)
    if (found) send(req, res, found.rep, 'application/json; charset=utf-8', found.rep.body)
  })
  router.get('/plans/by-slug/:slug', page)
  router.get('/plans/:year', page)

  router.get(
    '/plans/:year/open-data.json',
    handle(async (req, res) => {
      const found = await resolve(req, res)
      if (!found) return
      const { page: p } = found.rep
      const body = JSON.stringify({
        licence: { name: p.openData.licence, url: p.openData.licenceUrl },
        organisation: p.organisation,
        plan: { pageUpdatedAt: p.pageUpdatedAt, title: p.title, year: p.year },
        tables: openDataTables(p),
      })
      send(
        req,
        res,
        found.rep,
        'application/json; charset=utf-8',
        body,
        found.rep.etag.replace(/"$/, '-json"'),
      )
    }),
  )

  router.get(
    '/plans/:year/open-data.csv',
    handle(async (req, res) => {
      const table = OPEN_DATA_TABLES.find((name) => name === (req.query.table ?? 'goals'))
      if (!table) {
        return fail(
          res,
          400,
          `Okänd tabell: välj ${OPEN_DATA_TABLES.join(', ')}`,
          `Unknown table: choose ${OPEN_DATA_TABLES.join(', ')}`,
        )
      }
      const found = await resolve(req, res)
      if (!found) return
      const { page: p } = found.rep
      if (p.openData.licenceUrl) res.set('Link', `<${p.openData.licenceUrl}>; rel="license"`)
      res.set('Content-Disposition', `inline; filename="mal-och-budget-${p.year}-${table}.csv"`)
      send(
        req,
        res,
        found.rep,
        'text/csv; charset=utf-8',
        toCsv(openDataTables(p)[table]),
        found.rep.etag.replace(/"$/, `-${table}"`),
      )
    }),
  )

  router.all('/plans/{*rest}', (req, res) => {
    if (req.method === 'GET' || req.method === 'HEAD') {
      return fail(
        res,
        404,
        'Okänd adress i det publika API:et',
        'Unknown address in the public API',
      )
    }
    res.set('Allow', 'GET, HEAD, OPTIONS')
    fail(res, 405, 'Det publika API:et går bara att läsa', 'The public API is read-only')
  })
  return router
}

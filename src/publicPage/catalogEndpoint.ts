import type { Endpoint, PayloadRequest } from 'payload'

import jsonld from 'jsonld'
import { Parser, type Quad, Writer } from 'n3'

import type { SiteSetting } from '../types'
import type { CatalogPlan } from './catalog'

import { publicEndpoint } from '../endpoints/publicEndpoint'
import { cached } from '../hooks/publicChange/pageCache'
import { notModified } from '../lib/conditionalRequest'
import { toRdfXml } from '../lib/rdfXml'
import { type Answer, refusal } from '../lib/webAnswer'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { answerPreflight, corsHeaders } from './answerPlanRead'
import { cachedPage } from './cachedPage'
import { CATALOG_PREFIXES, catalogDocument } from './catalog'
import { strongEtag } from '../lib/strongEtag'

/** The newest plans the catalogue lists (a municipality publishes one a year). */
export const CATALOG_PLANS = 50

type Format = 'jsonld' | 'rdfxml' | 'turtle'

const TYPES: Record<Format, string> = {
  jsonld: 'application/ld+json',
  rdfxml: 'application/rdf+xml',
  turtle: 'text/turtle',
}

const FORMAT_NAMES_BY = new Map<string, Format>([
  ['jsonld', 'jsonld'],
  ['json-ld', 'jsonld'],
  ['rdf', 'rdfxml'],
  ['rdfxml', 'rdfxml'],
  ['ttl', 'turtle'],
  ['turtle', 'turtle'],
])

/**
 * `?format=` first, then the Accept header: the first of Turtle, RDF/XML and JSON-LD a client names
 * (a q of 0 refuses one); JSON-LD when it names none.
 */
const formatOf = (req: PayloadRequest): Format | undefined => {
  const asked = req.searchParams.get('format')
  // Own names only: `constructor` is a property of every object, not a format.
  if (asked !== null) return FORMAT_NAMES_BY.get(asked.toLowerCase())
  const named = (req.headers.get('accept') ?? '')
    .toLowerCase()
    .split(',')
    .map((part) => {
      const [type, ...params] = part.split(';').map((p) => p.trim())
      const q = params.find((p) => p.startsWith('q='))
      return { q: q ? Number(q.slice(2)) : 1, type }
    })
    .filter(({ q }) => q > 0)
    .sort((a, b) => b.q - a.q)
    .map(
      ({ type }) =>
        (Object.entries(TYPES).find(([, t]) => t === type)?.[0] ?? null) as Format | null,
    )
    .find((format) => format !== null)
  return named ?? 'jsonld'
}

const quadsOf = async (document: object) =>
  new Parser({ format: 'N-Quads' }).parse(
    (await jsonld.toRDF(document as jsonld.JsonLdDocument, {
      format: 'application/n-quads',
    })) as unknown as string,
  )

const toTurtle = (quads: Quad[]): Promise<string> => {
  const writer = new Writer({ prefixes: CATALOG_PREFIXES })
  writer.addQuads(quads)
  return new Promise((resolve, reject) =>
    writer.end((error, result: string) => (error ? reject(error) : resolve(result))),
  )
}

const loadPlans = async (req: PayloadRequest): Promise<CatalogPlan[]> => {
  const { payload } = req
  const { locales, slugs } = pluginOptionsOf(payload.config)
  const { docs } = await payload.find({
    collection: slugs.budgetPlans,
    depth: 0,
    limit: CATALOG_PLANS,
    overrideAccess: true,
    pagination: false,
    select: { year: true },
    sort: '-year',
    where: { _status: { equals: 'published' } },
  })
  const plans = await Promise.all(
    docs.map(async (doc) => {
      const year = Number((doc as { year?: number }).year)
      const [sv, en] = await Promise.all([
        cachedPage(payload, { year }, 'sv'),
        locales.includes('en') ? cachedPage(payload, { year }, 'en') : null,
      ])
      return sv ? [{ en: en?.page ?? null, sv: sv.page }] : []
    }),
  )
  return plans.flat()
}

const represent = async (req: PayloadRequest, format: Format) => {
  const { payload } = req
  const options = pluginOptionsOf(payload.config)
  const settings = (await payload.findGlobal({
    slug: options.slugs.siteSettings,
    depth: 0,
    overrideAccess: true,
  })) as SiteSetting
  const document = catalogDocument(
    await loadPlans(req),
    {
      contactEmail: settings.contactEmail ?? null,
      organisationNumber: settings.organisationNumber ?? null,
    },
    {
      api: payload.config.routes.api,
      publicPath: options.publicPath,
      serverUrl: options.serverUrl,
    },
  )
  const text =
    format === 'jsonld'
      ? JSON.stringify(document)
      : format === 'turtle'
        ? await toTurtle(await quadsOf(document))
        : toRdfXml(await quadsOf(document), CATALOG_PREFIXES)
  const body = Buffer.from(text, 'utf8')
  return { body, etag: strongEtag(body) }
}

/**
 * `GET /api/public/catalog`: the DCAT-AP-SE catalogue of the site's open data (see
 * {@link catalogDocument}) as JSON-LD, Turtle (`Accept: text/turtle`, `?format=ttl`) or RDF/XML —
 * what Sveriges dataportal harvests (`Accept: application/rdf+xml`, `?format=rdf`).
 * Composed once per published change and format, strong ETag and 304, CORS like the other reads.
 */
const answerCatalog = async (req: PayloadRequest): Promise<Answer> => {
  const options = pluginOptionsOf(req.payload.config)
  const cors = corsHeaders(options, req.headers.get('origin') ?? undefined)
  const format = formatOf(req)
  if (!format)
    return refusal(
      400,
      'Okänt format: använd format=jsonld, format=ttl eller format=rdf',
      'Unknown format: use format=jsonld, format=ttl or format=rdf',
      cors,
    )
  if (!/^https?:\/\/[^/\s]+/.test(options.serverUrl))
    return refusal(
      404,
      'Katalogen behöver webbplatsens publika adress (serverURL i Payloads konfiguration)',
      "The catalogue needs the site's public address (serverURL in Payload's config)",
      cors,
    )
  const rep = await cached(req.payload, `catalog:${format}`, () => represent(req, format))
  const explicit = req.searchParams.get('format') !== null
  const vary = [cors.Vary, explicit ? undefined : 'Accept'].filter(Boolean).join(', ')
  const headers: Record<string, string> = {
    ...cors,
    ...(vary ? { Vary: vary } : {}),
    'Cache-Control': options.publicApi.cacheControl,
    ETag: rep.etag,
  }
  if (
    notModified(
      { ifNoneMatch: req.headers.get('if-none-match') ?? undefined },
      { etag: rep.etag, lastModified: null },
    )
  )
    return { headers, status: 304 }
  headers['Content-Type'] = `${TYPES[format]}; charset=utf-8`
  headers['Content-Length'] = String(rep.body.length)
  return { body: req.method === 'HEAD' ? undefined : rep.body, headers, status: 200 }
}

/** The catalogue's route and its CORS preflight. */
export const catalogEndpoints = (): Endpoint[] => [
  publicEndpoint('get', '/public/catalog', answerCatalog),
  publicEndpoint('options', '/public/catalog', (req) =>
    answerPreflight(pluginOptionsOf(req.payload.config), {
      header: (name) => req.headers.get(name) ?? undefined,
    }),
  ),
]

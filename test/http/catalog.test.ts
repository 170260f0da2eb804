import type { Quad } from 'n3'

import rdf from '@zazuko/env-node'
import jsonld from 'jsonld'
import { Parser } from 'n3'
import fs from 'node:fs'
import path from 'node:path'
import { isomorphic } from 'rdf-isomorphic'
import SHACLValidator from 'rdf-validate-shacl'
import { RdfXmlParser } from 'rdfxml-streaming-parser'

import type { RunningServer } from '../helpers/server'

import { adminAuthorization, staffApi, startSeededServer } from '../helpers/seededServer'

type Seeded = Awaited<ReturnType<typeof startSeededServer>>

const DCAT = 'http://www.w3.org/ns/dcat#'
const DCTERMS = 'http://purl.org/dc/terms/'
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type'
const VCARD = 'http://www.w3.org/2006/vcard/ns#'

const SHAPES = new Parser().parse(
  fs.readFileSync(
    path.resolve(import.meta.dirname ?? '.', '../fixtures/dcat-ap-se-shapes.ttl'),
    'utf8',
  ),
)

/** What the SHACL validator says of a graph: conforms, and each violation in words. */
const validate = async (quads: Quad[]) => {
  const validator = new SHACLValidator(rdf.dataset(SHAPES), { factory: rdf })
  const report = await validator.validate(rdf.dataset(quads))
  return {
    conforms: report.conforms,
    problems: report.results.map(
      (r) => `${r.focusNode?.value} ${r.path?.value ?? ''}: ${r.message.map((m) => m.value)}`,
    ),
  }
}

const fromJsonLd = async (document: object) =>
  new Parser({ format: 'N-Quads' }).parse(
    (await jsonld.toRDF(document as jsonld.JsonLdDocument, {
      format: 'application/n-quads',
    })) as unknown as string,
  )

const fromRdfXml = (text: string, baseIRI: string): Promise<Quad[]> =>
  new Promise((resolve, reject) => {
    const quads: Quad[] = []
    const parser = new RdfXmlParser({ baseIRI })
    parser.on('data', (quad: Quad) => quads.push(quad))
    parser.on('error', reject)
    parser.on('end', () => resolve(quads))
    parser.end(text)
  })

const objects = (quads: Quad[], subject: string, predicate: string) =>
  quads
    .filter((q) => q.subject.value === subject && q.predicate.value === predicate)
    .map((q) => q.object.value)
const subjectsOfType = (quads: Quad[], type: string) =>
  quads
    .filter((q) => q.predicate.value === RDF_TYPE && q.object.value === type)
    .map((q) => q.subject.value)

/**
 * The open-data catalogue (DCAT-AP-SE) on the Hedemora seed: read in its three syntaxes, parsed as
 * RDF by real parsers, validated against the DCAT-AP-SE shapes, and every download it names fetched.
 */
describe('the DCAT-AP-SE catalogue over HTTP', () => {
  let seeded: Seeded
  let server: RunningServer
  let auth: string
  const get = (query = '', headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/public/catalog${query}`, { headers })

  beforeAll(async () => {
    seeded = await startSeededServer('http_catalog')
    server = seeded.server
    auth = await adminAuthorization(server.url)
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
    await seeded?.database.cleanup()
  })

  it('should describe every published plan as a dataset that passes the DCAT-AP-SE shapes', async () => {
    const res = await get()
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/ld+json; charset=utf-8')
    const quads = await fromJsonLd((await res.json()) as object)
    const { conforms, problems } = await validate(quads)
    expect(problems).toEqual([])
    expect(conforms).toBe(true)

    const catalog = `${server.url}/api/public/catalog`
    expect(subjectsOfType(quads, `${DCAT}Catalog`)).toEqual([catalog])
    const datasets = subjectsOfType(quads, `${DCAT}Dataset`)
    expect(datasets).toEqual([`${server.url}/api/public/plans/2021#dataset`])
    // Hedemora kommun by its organisation number, as Sveriges dataportal names organisations.
    expect(objects(quads, datasets[0], `${DCTERMS}publisher`)).toEqual([
      'http://dataportal.se/organisation/SE2120002197',
    ])
    const titles = quads.filter(
      (q) => q.subject.value === datasets[0] && q.predicate.value === `${DCTERMS}title`,
    )
    expect(titles.map((q) => (q.object as { language: string }).language).sort()).toEqual([
      'en',
      'sv',
    ])
    expect(titles.map((q) => q.object.value)).toContain(
      'Mål för kommunen 2021 – Hedemora kommun, öppna data',
    )
    expect(objects(quads, datasets[0], `${DCAT}theme`).sort()).toEqual([
      'http://publications.europa.eu/resource/authority/data-theme/ECON',
      'http://publications.europa.eu/resource/authority/data-theme/GOVE',
    ])
  })

  it('should name downloads that answer with the media type the catalogue gives', async () => {
    const quads = await fromJsonLd((await (await get()).json()) as object)
    const distributions = subjectsOfType(quads, `${DCAT}Distribution`)
    expect(distributions.length).toBeGreaterThanOrEqual(9)
    for (const distribution of distributions) {
      const [url] = objects(quads, distribution, `${DCAT}downloadURL`)
      const [mediaType] = objects(quads, distribution, `${DCAT}mediaType`)
      const res = await fetch(url)
      expect([url, res.status]).toEqual([url, 200])
      expect(res.headers.get('content-type')).toContain(
        mediaType.replace('http://www.iana.org/assignments/media-types/', ''),
      )
      await res.arrayBuffer()
    }
  })

  it('should say the same in Turtle and RDF/XML as in JSON-LD, by Accept or by ?format', async () => {
    const fromJson = await fromJsonLd((await (await get()).json()) as object)
    const turtle = await get('', { accept: 'text/turtle' })
    expect(turtle.headers.get('content-type')).toBe('text/turtle; charset=utf-8')
    expect(turtle.headers.get('vary')).toContain('Accept')
    const fromTurtle = new Parser().parse(await turtle.text())
    const xml = await get('?format=rdf')
    expect(xml.headers.get('content-type')).toBe('application/rdf+xml; charset=utf-8')
    const fromXml = await fromRdfXml(await xml.text(), server.url)
    expect(fromJson.length).toBeGreaterThan(100)
    expect(isomorphic(fromTurtle, fromJson)).toBe(true)
    expect(isomorphic(fromXml, fromJson)).toBe(true)
    const byAccept = await get('', { accept: 'application/rdf+xml;q=0.9, text/turtle;q=0.5' })
    expect(byAccept.headers.get('content-type')).toBe('application/rdf+xml; charset=utf-8')
    await byAccept.arrayBuffer()
  })

  it('should be refused by the shapes when a dataset loses its publisher or contact point', async () => {
    const quads = await fromJsonLd((await (await get()).json()) as object)
    const withoutPublisher = quads.filter(
      (q) => !(q.predicate.value === `${DCTERMS}publisher` && q.subject.value.endsWith('#dataset')),
    )
    expect((await validate(withoutPublisher)).conforms).toBe(false)
    const withoutContact = quads.filter((q) => q.predicate.value !== `${DCAT}contactPoint`)
    expect((await validate(withoutContact)).conforms).toBe(false)
  })

  it('should answer 304 to its ETag, HEAD without a body, and 400 to a format it does not have', async () => {
    const first = await get('?format=ttl')
    const etag = first.headers.get('etag') as string
    await first.arrayBuffer()
    expect(etag).toMatch(/^"[\w-]+"$/)
    const again = await get('?format=ttl', { 'if-none-match': etag })
    expect(again.status).toBe(304)
    const head = await fetch(`${server.url}/api/public/catalog`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect((await head.arrayBuffer()).byteLength).toBe(0)
    // `constructor`, a property of every object, answered 200.
    for (const format of ['xml', 'csv', '%00', 'x'.repeat(5000), 'constructor', '__proto__']) {
      const res = await get(`?format=${format}`)
      expect(res.status).toBe(400)
      expect(((await res.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(
        /format=ttl .*\/ Unknown format/,
      )
    }
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const res = await fetch(`${server.url}/api/public/catalog`, { method })
      // A 4xx, named by its method when it is not.
      expect([method, res.status >= 400 && res.status < 500]).toEqual([method, true])
      await res.arrayBuffer()
    }
  })

  it('should follow the settings: a contact address appears, and no draft plan is listed', async () => {
    const api = staffApi(
      () => server.url,
      () => auth,
    )
    await api('POST', '/api/globals/site-settings', { contactEmail: 'oppnadata@hedemora.se' })
    const wrongDigit = await fetch(`${server.url}/api/globals/site-settings`, {
      body: JSON.stringify({ organisationNumber: '212000-2198' }),
      headers: { authorization: auth, 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(wrongDigit.status).toBe(400)
    expect(await wrongDigit.text()).toMatch(/kontrollsiffra.*ten-digit organisation number/)
    await api('POST', '/api/budget-plans?draft=true', {
      slug: 'hedemora-2030',
      title: 'Mål och budget 2030',
      year: 2030,
    })
    const quads = await fromJsonLd((await (await get()).json()) as object)
    expect(objects(quads, `${server.url}/api/public/catalog#contact`, `${VCARD}hasEmail`)).toEqual([
      'mailto:oppnadata@hedemora.se',
    ])
    expect(subjectsOfType(quads, `${DCAT}Dataset`)).toEqual([
      `${server.url}/api/public/plans/2021#dataset`,
    ])
    expect((await validate(quads)).conforms).toBe(true)
  })
})

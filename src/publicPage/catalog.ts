import type { PublicPage } from '../shape/publicPageShape'

import { OPEN_DATA_TABLES } from './openData'

/** What the catalogue says about whoever publishes it (the site settings). */
export type CatalogPublisher = {
  contactEmail: null | string
  /** Swedish organisation number, ten digits (`212000-2197`). */
  organisationNumber: null | string
}

/** Where the catalogue's links point: the public address and the site's paths. */
export type CatalogAddress = { api: string; publicPath: string; serverUrl: string }

/** A published plan, in Swedish and (where the site has it) English. */
export type CatalogPlan = { en: null | PublicPage; sv: PublicPage }

const EU = 'http://publications.europa.eu/resource/authority'
const IANA = 'http://www.iana.org/assignments/media-types'

/** The vocabularies the catalogue uses: its JSON-LD context, and the prefixes of its Turtle and RDF/XML. */
export const CATALOG_PREFIXES = {
  adms: 'http://www.w3.org/ns/adms#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dcterms: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const

/**
 * The licence as the IRI DIGG asks for (Creative Commons' own, `http://` and a closing slash, so
 * that the portal sees one licence, not two), else the link the settings give; undefined without.
 */
const licenceIri = (name: string, url: null | string): string | undefined => {
  const both = `${name} ${url ?? ''}`.toLowerCase()
  if (/\bcc0\b|publicdomain\/zero/.test(both))
    return 'http://creativecommons.org/publicdomain/zero/1.0/'
  if (/\bcc[ -]by[ -]4\.0\b|licenses\/by\/4\.0/.test(both))
    return 'http://creativecommons.org/licenses/by/4.0/'
  return url ?? undefined
}

const TABLE_TITLES: Record<(typeof OPEN_DATA_TABLES)[number], { en: string; sv: string }> = {
  assessments: { en: 'Assessments of the goals', sv: 'Bedömningar av målen' },
  'budget-lines': { en: 'Budget lines', sv: 'Budgetrader' },
  'budget-outcomes': { en: 'Budget outcomes', sv: 'Budgetutfall' },
  changes: { en: 'What changed', sv: 'Vad som ändrats' },
  goals: { en: 'Goals and indicators', sv: 'Mål och indikatorer' },
  'indicator-series': { en: 'Indicator series', sv: 'Indikatorernas tidsserier' },
  initiatives: { en: 'Initiatives', sv: 'Insatser' },
  'savings-measures': { en: 'Savings measures', sv: 'Besparingsåtgärder' },
}

const text = (sv: string, en?: null | string) => [
  { '@language': 'sv', '@value': sv },
  ...(en ? [{ '@language': 'en', '@value': en }] : []),
]
const date = (value: string) => ({ '@type': 'xsd:date', '@value': value })
const dateTime = (value: string) => ({ '@type': 'xsd:dateTime', '@value': value })
const iri = (id: string) => ({ '@id': id })

/**
 * The IRI Sveriges dataportal gives an organisation (DIGG's recommendation for `dcterms:publisher`),
 * from a valid organisation number; otherwise an IRI of this catalogue's own.
 */
const publisherIri = (publisher: CatalogPublisher, catalogIri: string) => {
  const digits = publisher.organisationNumber?.replace(/\D/g, '') ?? ''
  return digits.length === 10
    ? `http://dataportal.se/organisation/SE${digits}`
    : `${catalogIri}#publisher`
}

/**
 * The site's open data described in DCAT-AP-SE 3 (DIGG's profile of DCAT-AP) as JSON-LD, for Sveriges
 * dataportal to harvest: one `dcat:Catalog`, one `dcat:Dataset` per published plan (its open-data
 * tables, the budget's Fiscal Data Package), one `dcat:Distribution` per download — JSON of all
 * tables, each table as CSV, the Fiscal Data Package — with download URL, media type, format and
 * licence; the publisher with its organisation number, a contact point, EU themes (government,
 * economy), temporal coverage (the plan's year) and when it was last changed.
 */
export const catalogDocument = (
  plans: CatalogPlan[],
  publisher: CatalogPublisher,
  address: CatalogAddress,
) => {
  const api = `${address.serverUrl}${address.api}`
  const catalogIri = `${api}/public/catalog`
  const organisation = plans[0]?.sv.organisation ?? ''
  const agent = {
    '@id': publisherIri(publisher, catalogIri),
    '@type': 'foaf:Agent',
    'dcterms:type': iri('http://purl.org/adms/publishertype/LocalAuthority'),
    'foaf:name': text(organisation),
    ...(publisher.organisationNumber
      ? { 'dcterms:identifier': publisher.organisationNumber.replace(/\D/g, '') }
      : {}),
  }
  const contact = (page: PublicPage) => ({
    '@id': `${catalogIri}#contact`,
    '@type': 'vcard:Organization',
    'vcard:fn': organisation,
    ...(publisher.contactEmail
      ? { 'vcard:hasEmail': iri(`mailto:${publisher.contactEmail}`) }
      : {}),
    ...(page.site.contactPhone
      ? { 'vcard:hasTelephone': iri(`tel:${page.site.contactPhone.replace(/[^+\d]/g, '')}`) }
      : {}),
    'vcard:hasURL': iri(`${address.serverUrl}${address.publicPath}`),
  })
  const datasets = plans.map(({ en, sv }) => {
    const plan = `${api}/public/plans/${sv.year}`
    const licenceId = licenceIri(sv.openData.licence, sv.openData.licenceUrl)
    const distribution = (
      path: string,
      title: { en: string; sv: string },
      type: 'CSV' | 'JSON',
      extra: Record<string, unknown> = {},
    ) => ({
      '@id': `${plan}/${path}`,
      '@type': 'dcat:Distribution',
      'dcat:accessURL': iri(`${plan}/${path}`),
      'dcat:downloadURL': iri(`${plan}/${path}`),
      'dcat:mediaType': iri(`${IANA}/${type === 'CSV' ? 'text/csv' : 'application/json'}`),
      'dcterms:format': iri(`${EU}/file-type/${type}`),
      ...(licenceId ? { 'dcterms:license': iri(licenceId) } : {}),
      'dcterms:title': text(title.sv, en ? title.en : null),
      ...extra,
    })
    return {
      '@id': `${plan}#dataset`,
      '@type': 'dcat:Dataset',
      'dcat:contactPoint': contact(sv),
      'dcat:distribution': [
        distribution(
          'open-data.json',
          { en: 'All tables (JSON)', sv: 'Alla tabeller (JSON)' },
          'JSON',
        ),
        ...OPEN_DATA_TABLES.map((table) =>
          distribution(`open-data.csv?table=${table}`, TABLE_TITLES[table], 'CSV'),
        ),
        ...(sv.budget
          ? [
              distribution(
                'datapackage.json',
                {
                  en: 'The budget as a Fiscal Data Package',
                  sv: 'Budgeten som Fiscal Data Package',
                },
                'JSON',
                {
                  'dcterms:conformsTo': iri(
                    'https://specs.frictionlessdata.io/fiscal-data-package/',
                  ),
                },
              ),
            ]
          : []),
      ],
      'dcat:keyword': [
        ...['budget', 'mål', 'kommun', 'uppföljning'].map((word) => ({
          '@language': 'sv',
          '@value': word,
        })),
        ...(en
          ? ['budget', 'goals', 'municipality', 'follow-up'].map((word) => ({
              '@language': 'en',
              '@value': word,
            }))
          : []),
      ],
      'dcat:landingPage': iri(`${address.serverUrl}${address.publicPath}/${sv.year}`),
      'dcat:theme': [iri(`${EU}/data-theme/GOVE`), iri(`${EU}/data-theme/ECON`)],
      'dcterms:description': text(
        `${organisation}s mål och budget för ${sv.year} som öppna data: mål och indikatorer med tidsserier, insatser, besparingsåtgärder, budgetrader, vad som ändrats och uppföljningens bedömningar och utfall.`,
        en
          ? `${organisation}'s goals and budget for ${sv.year} as open data: goals and indicators with their series, initiatives, savings measures, budget lines, what changed, and the follow-up's assessments and outcomes.`
          : null,
      ),
      'dcterms:language': [iri(`${EU}/language/SWE`), ...(en ? [iri(`${EU}/language/ENG`)] : [])],
      ...(sv.pageUpdatedAt ? { 'dcterms:modified': dateTime(sv.pageUpdatedAt) } : {}),
      'dcterms:publisher': agent,
      'dcterms:temporal': {
        '@type': 'dcterms:PeriodOfTime',
        'dcat:endDate': date(`${sv.year}-12-31`),
        'dcat:startDate': date(`${sv.year}-01-01`),
      },
      'dcterms:title': text(
        `${sv.title} – ${organisation}, öppna data`,
        en ? `${en.title} – ${organisation}, open data` : null,
      ),
    }
  })
  const modified = plans
    .map((p) => p.sv.pageUpdatedAt)
    .filter((at): at is string => Boolean(at))
    .sort()
    .at(-1)
  const withEnglish = plans.some((p) => p.en)
  const newest = plans[0]?.sv.openData
  const catalogLicence = newest && licenceIri(newest.licence, newest.licenceUrl)
  return {
    '@context': CATALOG_PREFIXES,
    '@id': catalogIri,
    '@type': 'dcat:Catalog',
    'dcat:dataset': datasets,
    'dcterms:description': text(
      `Öppna data om ${organisation}s mål och budget: en datamängd per publicerad plan.`,
      withEnglish
        ? `Open data on ${organisation}'s goals and budget: one dataset per published plan.`
        : null,
    ),
    'dcterms:language': [
      iri(`${EU}/language/SWE`),
      ...(withEnglish ? [iri(`${EU}/language/ENG`)] : []),
    ],
    ...(catalogLicence ? { 'dcterms:license': iri(catalogLicence) } : {}),
    ...(modified ? { 'dcterms:modified': dateTime(modified) } : {}),
    'dcterms:publisher': agent,
    'dcterms:title': text(
      `Mål och budget – ${organisation}`,
      withEnglish ? `Goals and budget – ${organisation}` : null,
    ),
    'foaf:homepage': iri(`${address.serverUrl}${address.publicPath}`),
  }
}

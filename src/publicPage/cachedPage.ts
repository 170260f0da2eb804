import type { Payload } from 'payload'

import type { PublicPage } from '../shape/publicPageShape'
import type { PageKey, PublicLocale } from './loadPublicPage'

import { loadPublicPage } from './loadPublicPage'
import { publicPagesSettled } from '../hooks/publicChange/editionPublishing'
import { cached } from '../hooks/publicChange/pageCache'
import { strongEtag } from '../lib/strongEtag'

/** A composed page and its serialised JSON, ready to send again and again. */
export type PageRepresentation = {
  body: Buffer
  etag: string
  lastModified: null | string
  page: PublicPage
}

/** Serialises a page once, with a strong ETag over its bytes. */
export const represent = (page: PublicPage): PageRepresentation => {
  const body = Buffer.from(JSON.stringify(page), 'utf8')
  return {
    body,
    etag: strongEtag(body),
    lastModified: page.pageUpdatedAt ? new Date(page.pageUpdatedAt).toUTCString() : null,
    page,
  }
}

/** The published page of a plan in a locale, from the shared cache (REST and GraphQL alike). */
export const cachedPage = (
  payload: Payload,
  key: PageKey,
  locale: PublicLocale,
): Promise<null | PageRepresentation> =>
  cached(payload, `page:${JSON.stringify(key)}:${locale}`, async () => {
    await publicPagesSettled(payload)
    const page = await loadPublicPage(payload, key, locale)
    return page ? represent(page) : null
  })

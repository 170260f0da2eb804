import type { Field, PayloadRequest } from 'payload'

import type { ReviewedSlug } from './reviewedCollections'

import { type DocumentId, idOf } from '../lib/idOf'
import { pluginOptionsOf } from '../options/pluginOptionsOf'

type Found = { collection: string; id: DocumentId }
type File = { collection: ReviewedSlug; id: DocumentId }

// Every value of a field, whether it is stored once or per locale ({ sv: …, en: … }).
const valuesOf = (field: Field, value: unknown, locales: string[]): unknown[] =>
  'localized' in field &&
  field.localized &&
  value &&
  typeof value === 'object' &&
  !Array.isArray(value)
    ? locales.map((code) => (value as Record<string, unknown>)[code])
    : [value]

const fromRichText = (state: unknown, found: Found[]): void => {
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return
    const n = node as {
      children?: unknown[]
      relationTo?: unknown
      type?: unknown
      value?: unknown
    }
    const id = idOf(n.value)
    if (n.type === 'upload' && typeof n.relationTo === 'string' && id !== undefined)
      found.push({ collection: n.relationTo, id })
    for (const child of n.children ?? []) walk(child)
  }
  walk((state as { root?: unknown } | null)?.root)
}

const fromFields = (fields: Field[], data: unknown, locales: string[], found: Found[]): void => {
  if (!data || typeof data !== 'object') return
  const row = data as Record<string, unknown>
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const inner = 'name' in tab && tab.name ? row[tab.name] : row
        fromFields(tab.fields, inner, locales, found)
      }
      continue
    }
    if (field.type === 'row' || field.type === 'collapsible') {
      fromFields(field.fields, row, locales, found)
      continue
    }
    if (!('name' in field)) continue
    for (const value of valuesOf(field, row[field.name], locales)) {
      if (field.type === 'upload' && typeof field.relationTo === 'string') {
        for (const item of Array.isArray(value) ? value : [value]) {
          const id = idOf(item)
          if (id !== undefined) found.push({ collection: field.relationTo, id })
        }
      } else if (field.type === 'richText') {
        fromRichText(value, found)
      } else if (field.type === 'group') {
        fromFields(field.fields, value, locales, found)
      } else if (field.type === 'array' && Array.isArray(value)) {
        for (const item of value) fromFields(field.fields, item, locales, found)
      }
    }
  }
}

/**
 * The images and documents a reviewed document shows (upload fields and rich text, every locale)
 * with a change not yet published (new, or a new draft of a published one): approving the
 * document publishes them with it, as they were submitted — what the preview showed.
 */
export const unpublishedUploadsOf = async (
  req: PayloadRequest,
  collection: ReviewedSlug,
  id: DocumentId,
): Promise<File[]> => {
  const { locales, slugs } = pluginOptionsOf(req.payload.config)
  const files: ReviewedSlug[] = [slugs.media, slugs.documents]
  if (files.includes(collection)) return []
  const doc = await req.payload.findByID({
    id,
    collection,
    depth: 0,
    draft: true,
    locale: 'all',
    overrideAccess: true,
    req,
  })
  const found: Found[] = []
  fromFields(req.payload.collections[collection].config.fields, doc, locales, found)
  const unique = [
    ...new Map(
      found.flatMap((f): [string, File][] => {
        const file = files.find((slug) => slug === f.collection)
        return file ? [[`${file}:${f.id}`, { collection: file, id: f.id }]] : []
      }),
    ).values(),
  ]
  const unpublished = await Promise.all(
    unique.map(async (file) => {
      const { docs } = await req.payload.db.findVersions<{ _status?: string }>({
        collection: file.collection,
        limit: 1,
        pagination: false,
        req,
        sort: '-updatedAt',
        where: { and: [{ parent: { equals: file.id } }, { latest: { equals: true } }] },
      })
      return docs[0]?.version._status === 'draft' ? file : undefined
    }),
  )
  return unpublished.filter((f): f is File => Boolean(f))
}

/** Fields that change without changing what the public page shows. */
export const NON_PUBLIC_KEYS = new Set([
  '_status',
  'createdAt',
  'id',
  'pageOwner',
  'pageUpdatedAt',
  'publishedAt',
  'publishedBy',
  'reviewBy',
  'reviewReminderSentFor',
  'updatedAt',
])

const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .filter((key) => !NON_PUBLIC_KEYS.has(key))
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    )
  }
  return value
}

type Stored = null | Record<string, unknown> | undefined

/** A stable text of what the public can see of a stored document (key order and staff-only fields ignored). */
export const publicTextOf = (doc: Stored): string => JSON.stringify(doc ? canonical(doc) : null)

/** What a change of a stored document did to what the public sees. */
export type PublicChange = 'changed' | 'none' | 'published' | 'unpublished'

/**
 * What the public saw change when a stored document went from `before` to `after`: it was
 * published, unpublished, or its published content changed — or nothing the public sees.
 */
export const publicChangeOf = (before: Stored, after: Stored): PublicChange => {
  const wasPublic = before?._status === 'published'
  const isPublic = after?._status === 'published'
  if (wasPublic && !isPublic) return 'unpublished'
  if (!wasPublic && isPublic) return 'published'
  if (!wasPublic) return 'none'
  return publicTextOf(before) === publicTextOf(after) ? 'none' : 'changed'
}

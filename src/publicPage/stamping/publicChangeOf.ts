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

/** A stable text of what the public can see of a stored document (key order and staff-only fields ignored). */
export const publicProjection = (doc: null | Record<string, unknown> | undefined): string =>
  JSON.stringify(doc ? canonical(doc) : null)

/**
 * Whether a change of a stored document reached the public: it was or is published, and its
 * status or public content differs.
 */
export const isPublicChange = (
  before: null | Record<string, unknown> | undefined,
  after: null | Record<string, unknown> | undefined,
): boolean => {
  const wasPublic = before?._status === 'published'
  const isPublic = after?._status === 'published'
  if (!wasPublic && !isPublic) return false
  return wasPublic !== isPublic || publicProjection(before) !== publicProjection(after)
}

import type { PublicLocale } from './loadPublicPage'

/** The locales the public page can speak, Swedish first. */
export const PUBLIC_LOCALES: readonly PublicLocale[] = ['sv', 'en']

/**
 * The locale to answer in: `?locale=` when given (undefined when it names no locale the site
 * has), else the best match of `Accept-Language`, else Swedish.
 */
export const negotiateLocale = (
  query: unknown,
  acceptLanguage: string | undefined,
  available: readonly PublicLocale[] = PUBLIC_LOCALES,
): { explicit: boolean; locale: PublicLocale | undefined } => {
  if (query !== undefined) {
    const match = available.find((l) => l === query)
    return { explicit: true, locale: match }
  }
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';')
      const q = Number(params.find((p) => p.trim().startsWith('q='))?.split('=')[1] ?? 1)
      return { q: Number.isFinite(q) ? q : 0, tag: tag.split('-')[0] }
    })
    .filter((l) => l.q > 0)
    .sort((a, b) => b.q - a.q)
  const best = available.find(
    (l) => l === ranked.find((r) => available.some((a) => a === r.tag))?.tag,
  )
  return { explicit: false, locale: best ?? 'sv' }
}

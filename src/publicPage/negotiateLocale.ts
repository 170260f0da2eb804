import type { PublicLocale } from './loadPublicPage'

/** The public API's locales, Swedish first. */
export const PUBLIC_LOCALES: readonly PublicLocale[] = ['sv', 'en']

/**
 * The locale to answer in: `?locale=` when given (undefined when it names no locale we have),
 * else the best match of `Accept-Language`, else Swedish.
 */
export const negotiateLocale = (
  query: unknown,
  acceptLanguage: string | undefined,
): { explicit: boolean; locale: PublicLocale | undefined } => {
  if (query !== undefined) {
    const match = PUBLIC_LOCALES.find((l) => l === query)
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
  const best = ranked.find((l) => PUBLIC_LOCALES.includes(l.tag as PublicLocale))
  return { explicit: false, locale: (best?.tag as PublicLocale | undefined) ?? 'sv' }
}

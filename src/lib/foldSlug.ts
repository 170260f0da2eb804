/**
 * Turns a title into a URL slug: lower case, å/ä/ö and other diacritics folded to a/a/o,
 * everything else that is not a letter or digit becomes a single dash.
 * `Mål för kommunen 2021` → `mal-for-kommunen-2021`.
 */
export const foldSlug = (title: string): string =>
  title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[æ]/gi, 'ae')
    .replace(/[øØ]/g, 'o')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
    .replace(/-+$/g, '')

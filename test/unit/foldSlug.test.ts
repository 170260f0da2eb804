import { foldSlug } from '../../src/lib/foldSlug'

describe('foldSlug', () => {
  it('should fold å, ä and ö and join words with dashes', () => {
    expect(foldSlug('Mål för kommunen 2021')).toBe('mal-for-kommunen-2021')
    expect(foldSlug('Jämlik hälsa')).toBe('jamlik-halsa')
    expect(foldSlug('Jämställdhet')).toBe('jamstalldhet')
    expect(foldSlug('ÅÄÖ åäö')).toBe('aao-aao')
  })

  it('should drop punctuation and collapse separators', () => {
    expect(foldSlug('  Ekonomi & kommunalskatt: 2021! ')).toBe('ekonomi-kommunalskatt-2021')
    expect(foldSlug('Mål och budget - kortversion')).toBe('mal-och-budget-kortversion')
    expect(foldSlug('---')).toBe('')
  })

  it('should keep slugs to at most 120 characters without a trailing dash', () => {
    const slug = foldSlug('ord '.repeat(100))
    expect(slug.length).toBeLessThanOrEqual(120)
    expect(slug.endsWith('-')).toBe(false)
  })
})

import fc from 'fast-check'

import { goalCardPath, publicPageAddress, yearPagePath } from '../../src/lib/publicPageAddress'

describe('publicPageAddress, yearPagePath and goalCardPath', () => {
  it('should match the public pages in both languages and nothing that only starts alike', () => {
    const page = publicPageAddress('/mal-och-budget')
    for (const address of [
      '/mal-och-budget',
      '/mal-och-budget/',
      '/mal-och-budget/2021',
      '/mal-och-budget?x=1',
      '/en/mal-och-budget/2021/beslutad',
    ])
      expect(page.test(address)).toBe(true)
    for (const address of ['/mal-och-budgets', '/de/mal-och-budget', '/api/mal-och-budget', '/'])
      expect(page.test(address)).toBe(false)
    const year = yearPagePath('/mal-och-budget')
    expect(year.exec('/en/mal-och-budget/2021/')?.[1]).toBe('2021')
    expect(year.test('/mal-och-budget/2021/beslutad')).toBe(false)
    const card = goalCardPath('/mal-och-budget')
    expect(card.exec('/mal-och-budget/2021/mal/17/kort')?.slice(1)).toEqual(['2021', '17'])
    expect(card.test('/mal-och-budget/2021/mal/17/kort.png')).toBe(false)
    expect(card.test('/mal-och-budget/2021/mal/17/18/kort')).toBe(false)
  })

  it('should take every character of a configured path literally', () => {
    const seed = Number(process.env.PAGE_ADDRESS_SEED ?? Date.now() % 2 ** 31)
    const segment = fc.stringMatching(/^[a-z.*+?^${}()|[\]\\-]{1,12}$/)
    fc.assert(
      fc.property(segment, segment, (path, other) => {
        const publicPath = `/${path}`
        expect(publicPageAddress(publicPath).test(`${publicPath}/2021`)).toBe(true)
        expect(yearPagePath(publicPath).test(`/en${publicPath}/2030`)).toBe(true)
        expect(goalCardPath(publicPath).test(`${publicPath}/2030/mal/9/kort`)).toBe(true)
        expect(goalCardPath(publicPath).test(`/${other}/2030/mal/9/kort`)).toBe(other === path)
        // Another address matches only when it is the same path (a query may follow).
        expect(publicPageAddress(publicPath).test(`/${other}`)).toBe(
          other === path || other.startsWith(`${path}?`),
        )
      }),
      { numRuns: 300, seed },
    )
  })
})

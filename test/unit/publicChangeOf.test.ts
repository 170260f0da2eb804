import { publicChangeOf, publicTextOf } from '../../src/hooks/publicChange/publicChangeOf'

const isPublicChange = (
  before: Parameters<typeof publicChangeOf>[0],
  after: Parameters<typeof publicChangeOf>[1],
) => publicChangeOf(before, after) !== 'none'

describe('publicChangeOf', () => {
  const published = { _status: 'published', title: 'Insats', updatedAt: '2021-01-01' }

  it('should name what the public saw change', () => {
    expect(publicChangeOf(null, published)).toBe('published')
    expect(publicChangeOf(published, { ...published, _status: 'draft' })).toBe('unpublished')
    expect(publicChangeOf(published, { ...published, title: 'Ny' })).toBe('changed')
    expect(publicChangeOf(published, { ...published, updatedAt: '2030-01-01' })).toBe('none')
  })

  it('should see publishing, unpublishing and a changed published text', () => {
    expect(isPublicChange(null, published)).toBe(true)
    expect(isPublicChange({ ...published, _status: 'draft' }, published)).toBe(true)
    expect(isPublicChange(published, { ...published, _status: 'draft' })).toBe(true)
    expect(isPublicChange(published, { ...published, title: 'Ny rubrik' })).toBe(true)
  })

  it('should ignore drafts and staff-only fields', () => {
    expect(isPublicChange(null, { ...published, _status: 'draft' })).toBe(false)
    expect(isPublicChange({ _status: 'draft', title: 'a' }, { _status: 'draft', title: 'b' })).toBe(
      false,
    )
    expect(
      isPublicChange(published, {
        ...published,
        pageOwner: 3,
        reviewBy: '2030-01-01',
        updatedAt: '2022-01-01',
      }),
    ).toBe(false)
  })

  it('should not depend on key order', () => {
    expect(publicTextOf({ a: 1, b: { c: 2, d: 3 } })).toBe(
      publicTextOf({ b: { d: 3, c: 2 }, a: 1 }),
    )
  })
})

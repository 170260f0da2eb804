import { notModified } from '../../src/lib/conditionalRequest'

describe('notModified', () => {
  const current = { etag: '"abc"', lastModified: 'Wed, 10 Mar 2021 11:00:00 GMT' }

  it('should match If-None-Match against the ETag, in a list, weakly or as *', () => {
    expect(notModified({ ifNoneMatch: '"abc"' }, current)).toBe(true)
    expect(notModified({ ifNoneMatch: '"x", W/"abc"' }, current)).toBe(true)
    expect(notModified({ ifNoneMatch: '*' }, current)).toBe(true)
    expect(notModified({ ifNoneMatch: '"abd"' }, current)).toBe(false)
  })

  it('should fall back to If-Modified-Since only without If-None-Match', () => {
    expect(notModified({ ifModifiedSince: 'Wed, 10 Mar 2021 11:00:00 GMT' }, current)).toBe(true)
    expect(notModified({ ifModifiedSince: 'Tue, 09 Mar 2021 11:00:00 GMT' }, current)).toBe(false)
    expect(notModified({ ifModifiedSince: 'nonsense' }, current)).toBe(false)
    expect(
      notModified(
        { ifModifiedSince: 'Wed, 10 Mar 2021 11:00:00 GMT', ifNoneMatch: '"old"' },
        current,
      ),
    ).toBe(false)
  })
})

import { acceptsGzip } from '../../src/lib/acceptsGzip'

describe('acceptsGzip', () => {
  it.each([
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8, *;q=0.1', true],
    ['*', true],
    ['x-gzip', true],
    ['gzip;q=0', false],
    ['gzip; q=0.000', false],
    ['deflate, gzip;q=0', false],
    ['*;q=0.5, gzip;q=0', false],
    ['identity', false],
    ['br', false],
    ['*;q=0', false],
    ['', false],
    [undefined, false],
  ])('should read %j as %s', (header, expected) => expect(acceptsGzip(header)).toBe(expected))
})

import { pageUpdatedText, stockholmDay } from '../../src/lib/pageUpdatedText'

describe('pageUpdatedText', () => {
  it('should print the reference format in Swedish and English', () => {
    expect(pageUpdatedText('2021-03-10T11:00:00.000Z')).toBe('Sida uppdaterad 2021-03-10')
    expect(pageUpdatedText('2021-03-10T11:00:00.000Z', 'en')).toBe('Page updated 2021-03-10')
  })

  it('should use the Stockholm date across midnight, not the UTC date', () => {
    expect(stockholmDay('2021-03-09T23:30:00Z')).toBe('2021-03-10')
    expect(stockholmDay('2021-03-10T22:59:59Z')).toBe('2021-03-10')
    expect(stockholmDay('2021-03-10T23:00:00Z')).toBe('2021-03-11')
    expect(stockholmDay('2021-07-01T21:59:59Z')).toBe('2021-07-01')
    expect(stockholmDay('2021-07-01T22:00:00Z')).toBe('2021-07-02')
  })

  it('should follow the spring change to summer time (28 March 2021)', () => {
    expect(stockholmDay('2021-03-27T22:59:59Z')).toBe('2021-03-27')
    expect(stockholmDay('2021-03-27T23:00:00Z')).toBe('2021-03-28')
    expect(stockholmDay('2021-03-28T21:59:59Z')).toBe('2021-03-28')
    expect(stockholmDay('2021-03-28T22:00:00Z')).toBe('2021-03-29')
  })

  it('should follow the autumn change to winter time (31 October 2021)', () => {
    expect(stockholmDay('2021-10-30T21:59:59Z')).toBe('2021-10-30')
    expect(stockholmDay('2021-10-30T22:00:00Z')).toBe('2021-10-31')
    expect(stockholmDay('2021-10-31T22:59:59Z')).toBe('2021-10-31')
    expect(stockholmDay('2021-10-31T23:00:00Z')).toBe('2021-11-01')
  })
})

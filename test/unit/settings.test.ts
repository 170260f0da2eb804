import { MIN_SECRET_LENGTH, readSettings } from '../../host/settings'

describe('readSettings', () => {
  it('should default to loopback in development and all interfaces in production, port 3000', () => {
    expect(readSettings({})).toMatchObject({ host: '127.0.0.1', isProduction: false, port: 3000 })
    const secret = 'x'.repeat(MIN_SECRET_LENGTH)
    expect(readSettings({ NODE_ENV: 'production', PAYLOAD_SECRET: secret })).toMatchObject({
      host: '0.0.0.0',
      isProduction: true,
      secret,
    })
  })

  it('should stop a production start without PAYLOAD_SECRET, naming the variable and the fix', () => {
    expect(() => readSettings({ NODE_ENV: 'production' })).toThrow(
      /PAYLOAD_SECRET is not set.*openssl rand/,
    )
    expect(() => readSettings({ NODE_ENV: 'production', PAYLOAD_SECRET: 'short' })).toThrow(
      /too short/,
    )
  })

  it('should refuse a bad PORT, SERVER_URL or DATABASE_URL', () => {
    expect(() => readSettings({ PORT: 'abc' })).toThrow(/PORT="abc"/)
    expect(() => readSettings({ PORT: '70000' })).toThrow(/PORT/)
    expect(() => readSettings({ SERVER_URL: 'mal.hedemora.se' })).toThrow(/SERVER_URL/)
    expect(() => readSettings({ DATABASE_URL: 'redis://x' })).toThrow(/DATABASE_URL/)
  })

  it('should refuse bad Kolada settings, naming the variable and the fix', () => {
    expect(() => readSettings({ KOLADA_BASE_URL: 'api.kolada.se/v3' })).toThrow(
      /KOLADA_BASE_URL="api.kolada.se\/v3" is not an http\(s\) URL/,
    )
    expect(() => readSettings({ KOLADA_MUNICIPALITY_ID: 'Hedemora' })).toThrow(
      /KOLADA_MUNICIPALITY_ID="Hedemora" must be four digits/,
    )
    expect(() => readSettings({ KOLADA_GROUP_ID: '123' })).toThrow(/KOLADA_GROUP_ID="123"/)
    expect(() => readSettings({ KOLADA_IMPORT_CRON: 'daily' })).toThrow(
      /KOLADA_IMPORT_CRON="daily" must be a six-field cron/,
    )
    expect(() => readSettings({ KOLADA_YEARS_BACK: '500' })).toThrow(
      /KOLADA_YEARS_BACK="500" is too large: use a whole number from 1 to 50/,
    )
    expect(() => readSettings({ INDICATOR_STALE_MONTHS: '-1' })).toThrow(/INDICATOR_STALE_MONTHS/)
    expect(
      readSettings({ KOLADA_IMPORT_CRON: 'off', KOLADA_MUNICIPALITY_ID: '2083' }).indicators,
    ).toMatchObject({
      importSchedule: false,
      municipalityId: '2083',
    })
  })

  it('should use SERVER_URL without a trailing slash for links', () => {
    expect(readSettings({ PORT: '4000' }).serverUrl).toBe('http://localhost:4000')
    expect(readSettings({ SERVER_URL: 'https://mal.hedemora.se/' }).serverUrl).toBe(
      'https://mal.hedemora.se',
    )
  })
})

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

  it('should use SERVER_URL without a trailing slash for links', () => {
    expect(readSettings({ PORT: '4000' }).serverUrl).toBe('http://localhost:4000')
    expect(readSettings({ SERVER_URL: 'https://mal.hedemora.se/' }).serverUrl).toBe(
      'https://mal.hedemora.se',
    )
  })
})

import type { Payload } from 'payload'

import { attachTestPayload, freshDatabaseUrl } from '../helpers/testPayload'

const ACCOUNT = { email: 'redaktor@hedemora.se', password: 'ursprung-lösenord-1' }

// Payload accepts the admin's session cookie only from the origins its `csrf` list names: a save
// from any other is refused ("Du får inte utföra denna åtgärd."). These are the saves' own checks.
describe('the admin session at the address a person opens', () => {
  let database: ReturnType<typeof freshDatabaseUrl>

  beforeAll(() => {
    database = freshDatabaseUrl('session_origins')
  })
  afterAll(async () => {
    await database?.cleanup()
  })

  const userAt = async (payload: Payload, token: string, origin: string) =>
    (
      await payload.auth({
        headers: new Headers({ cookie: `${payload.config.cookiePrefix}-token=${token}`, origin }),
      })
    ).user

  const tokenOf = async (payload: Payload) => {
    if ((await payload.count({ collection: 'users' })).totalDocs === 0)
      await payload.create({ collection: 'users', data: { ...ACCOUNT, roles: ['admin'] } })
    const { token } = await payload.login({ collection: 'users', data: ACCOUNT })
    return token ?? ''
  }

  it('in development, accepts both loopback names and refuses another origin', async () => {
    const payload = await attachTestPayload(database.url, database.uploadDir, {
      NODE_ENV: 'development',
      PORT: '3100',
      SERVER_URL: '',
    })
    try {
      const token = await tokenOf(payload)
      expect((await userAt(payload, token, 'http://127.0.0.1:3100'))?.email).toBe(ACCOUNT.email)
      expect((await userAt(payload, token, 'http://localhost:3100'))?.email).toBe(ACCOUNT.email)
      expect(await userAt(payload, token, 'http://evil.example')).toBeNull()
      expect(await userAt(payload, token, 'http://127.0.0.1:3999')).toBeNull()
    } finally {
      await payload.destroy()
    }
  })

  it('in production, accepts SERVER_URL (the address the start-up line prints) and nothing else', async () => {
    const payload = await attachTestPayload(database.url, database.uploadDir, {
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'production-secret-that-is-long-enough-0123456789',
      SERVER_URL: 'https://mal.hedemora.se',
    })
    try {
      const token = await tokenOf(payload)
      expect((await userAt(payload, token, 'https://mal.hedemora.se'))?.email).toBe(ACCOUNT.email)
      expect(await userAt(payload, token, 'http://127.0.0.1:3100')).toBeNull()
    } finally {
      await payload.destroy()
    }
  })
})

import { randomInt } from 'node:crypto'

import { startSeededServer, TEST_ADMIN } from '../helpers/seededServer'
import { type RunningServer, startServer } from '../helpers/server'

/**
 * Limits that hold for the whole cluster: two server processes on one PostgreSQL database count
 * the feedback limit and the sign-in lock-out together — in PostgreSQL, and in Redis with
 * `REDIS_URL` — whichever process answers (PostgreSQL only: with SQLite each process counts alone).
 */
describe.each([
  ['PostgreSQL', {}],
  ['Redis', { REDIS_URL: 'redis://127.0.0.1:6379/0' }],
])('limits shared by two server processes, counted in %s', (_store, storeEnv) => {
  let seeded: Awaited<ReturnType<typeof startSeededServer>>
  let servers: RunningServer[]

  // A client address of this run's own, so no earlier run's counts (Redis keeps them) meet it.
  const address = () => `198.18.${randomInt(0, 255)}.${randomInt(1, 254)}`

  beforeAll(async () => {
    seeded = await startSeededServer(`http_shared_limits_${_store}`, {
      ...storeEnv,
      TRUST_PROXY: '2',
    })
    servers = [seeded.server, await startServer(seeded.env)]
  }, 180_000)

  afterAll(async () => {
    for (const server of servers ?? []) await server.stop()
    await seeded?.database.cleanup()
  })

  it('should allow five feedback posts a minute from one address across both processes, then 429 on either', async () => {
    const from = address()
    const post = (server: RunningServer, n: number) =>
      fetch(`${server.url}/api/public/feedback`, {
        body: JSON.stringify({ message: `Synpunkt ${n}`, page: '/mal-och-budget/2021' }),
        headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
        method: 'POST',
      }).then((res) => res.status)
    const statuses: number[] = []
    for (let n = 0; n < 5; n++) statuses.push(await post(servers[n % 2], n))
    expect(statuses).toEqual([201, 201, 201, 201, 201])
    expect([await post(servers[0], 5), await post(servers[1], 6)]).toEqual([429, 429])
    // Another address is not held back.
    const other = await fetch(`${servers[1].url}/api/public/feedback`, {
      body: JSON.stringify({ message: 'Från en annan adress', page: '/mal-och-budget/2021' }),
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address() },
      method: 'POST',
    })
    expect(other.status).toBe(201)
  })

  it('should lock an account out for one address after five failed sign-ins spread over both processes, the right password included', async () => {
    const from = address()
    const signIn = (server: RunningServer, password: string) =>
      fetch(`${server.url}/api/users/login`, {
        body: JSON.stringify({ email: TEST_ADMIN.email, password }),
        headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
        method: 'POST',
      }).then((res) => res.status)
    const failures: number[] = []
    for (let n = 0; n < 5; n++) failures.push(await signIn(servers[n % 2], `fel-lösenord-${n}`))
    expect(failures).toEqual([401, 401, 401, 401, 401])
    expect(await signIn(servers[1], TEST_ADMIN.password)).toBe(429)
    expect(await signIn(servers[0], TEST_ADMIN.password)).toBe(429)
    // From another address the account still signs in.
    const elsewhere = await fetch(`${servers[0].url}/api/users/login`, {
      body: JSON.stringify(TEST_ADMIN),
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address() },
      method: 'POST',
    })
    expect(elsewhere.status).toBe(200)
  })
})

import { seedDatabase } from './seedDatabase'
import { type RunningServer, startServer } from './server'
import { freshDatabaseUrl } from './testPayload'

/** The admin account the seeded test servers have. */
export const TEST_ADMIN = { email: 'admin@hedemora.se', password: 'http-test-lösenord-1' }

/** A production server on a fresh database holding the Hedemora seed and an admin account. */
export const startSeededServer = async (
  name: string,
  env: Record<string, string> = {},
): Promise<{
  database: ReturnType<typeof freshDatabaseUrl>
  env: Record<string, string>
  server: RunningServer
}> => {
  const database = freshDatabaseUrl(name)
  const fullEnv = {
    DATABASE_URL: database.url,
    SEED_ADMIN_EMAIL: TEST_ADMIN.email,
    SEED_ADMIN_PASSWORD: TEST_ADMIN.password,
    UPLOAD_DIR: database.uploadDir,
    ...env,
  }
  await seedDatabase(fullEnv)
  return { database, env: fullEnv, server: await startServer(fullEnv) }
}

/** Logs in as the test admin and returns the `Authorization` header value. */
export const adminAuthorization = async (baseUrl: string): Promise<string> => {
  const res = await fetch(`${baseUrl}/api/users/login`, {
    body: JSON.stringify(TEST_ADMIN),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  const { token } = (await res.json()) as { token: string }
  return `JWT ${token}`
}

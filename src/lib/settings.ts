import path from 'node:path'
import { z } from 'zod'

import { ConfigError } from './ConfigError'
import { type DatabaseTarget, parseDatabaseUrl } from './databaseUrl'

/** Everything the product reads from the environment, checked once at start-up. */
export type Settings = {
  database: DatabaseTarget
  /** Interface the HTTP server listens on. @default 127.0.0.1 in development, 0.0.0.0 in production */
  host: string
  isProduction: boolean
  /** @default 3000 */
  port: number
  /** `PAYLOAD_SECRET`, or undefined in development where a generated one is used. */
  secret: string | undefined
  /** Public base URL, used in links (e-mails, admin). @default http://localhost:PORT */
  serverUrl: string
  /** Folder of uploaded images and documents. @default ./data/uploads */
  uploadDir: string
}

/** Shortest secret accepted in production. */
export const MIN_SECRET_LENGTH = 32

const portSchema = z.coerce.number().int().min(1).max(65535)

/** Reads and checks the environment; throws a {@link ConfigError} naming the variable and the fix. */
export const readSettings = (env: Record<string, string | undefined> = process.env): Settings => {
  const isProduction = env.NODE_ENV === 'production'
  // `next build` evaluates the config to collect pages but serves nothing: it needs no secret.
  const isBuild = env.NEXT_PHASE === 'phase-production-build'

  const portResult = portSchema.safeParse(env.PORT?.trim() || '3000')
  if (!portResult.success) {
    throw new ConfigError(
      `PORT="${env.PORT}" is not a port number; set PORT to a whole number 1–65535. ` +
        `PORT måste vara ett heltal 1–65535.`,
    )
  }
  const port = portResult.data

  const secret = env.PAYLOAD_SECRET?.trim() || undefined
  if (isProduction && !isBuild && (!secret || secret.length < MIN_SECRET_LENGTH)) {
    throw new ConfigError(
      `PAYLOAD_SECRET is ${secret ? 'too short' : 'not set'}. In production set PAYLOAD_SECRET to a random string of at least ${MIN_SECRET_LENGTH} characters, e.g. \`openssl rand -hex 32\`. ` +
        `PAYLOAD_SECRET saknas eller är för kort: ange minst ${MIN_SECRET_LENGTH} slumpmässiga tecken.`,
    )
  }

  const serverUrl = (env.SERVER_URL?.trim() || `http://localhost:${port}`).replace(/\/+$/, '')
  if (!/^https?:\/\/[^/\s]+/.test(serverUrl)) {
    throw new ConfigError(
      `SERVER_URL="${env.SERVER_URL}" is not an http(s) URL; set it to the public address, e.g. https://mal.hedemora.se. ` +
        `SERVER_URL måste vara en http(s)-adress.`,
    )
  }

  return {
    database: parseDatabaseUrl(env.DATABASE_URL),
    host: env.HOST?.trim() || (isProduction ? '0.0.0.0' : '127.0.0.1'),
    isProduction,
    port,
    secret,
    serverUrl,
    uploadDir: path.resolve(env.UPLOAD_DIR?.trim() || './data/uploads'),
  }
}

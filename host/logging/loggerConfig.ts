import type { Config } from 'payload'

import { type LoggerOptions, stdSerializers } from 'pino'
import { build } from 'pino-pretty'

import type { Settings } from '../settings'

import { expectedError } from 'mal-och-budget'
import { unavailableCause } from '../database/databaseErrors'
import { shortenLogValue } from './shortenLogValue'

/**
 * Where personal data could sit in a logged object (a feedback document, a request body, a
 * validation error's data). Names, e-mail addresses and messages there are censored at every level.
 */
export const PERSONAL_DATA_LOG_PATHS = [
  'body',
  'data.email',
  'data.message',
  'data.name',
  'doc.email',
  'doc.message',
  'doc.name',
  'email',
  'err.data.email',
  'err.data.message',
  'err.data.name',
  'input.email',
  'input.message',
  'input.name',
  'req.body',
  '*.email',
]

const ERROR_LEVEL = 50

/**
 * What Payload logs as a bare error message before it refuses an upload with a 400 (the file's
 * type or content): the uploader's mistake, logged as info.
 */
const REFUSED_UPLOAD =
  /^(File type .* is not allowed\.|Invalid MIME type: .*\.|File type '.*' not allowed .*|SVG file contains potentially harmful content\.)(, |$)/

/**
 * A GraphQL error of the client's query or variables (no cause, or another GraphQL error as its
 * cause): its message with every quoted value left out — "Int cannot represent non-integer value:
 * "…"" held whatever the client sent, an e-mail address included. Undefined for any other error.
 */
const refusedGraphQL = (cause: unknown): string | undefined => {
  if (typeof cause !== 'object' || cause === null) return undefined
  const { message, name, originalError } = cause as {
    message?: unknown
    name?: unknown
    originalError?: { name?: unknown }
  }
  if (name !== 'GraphQLError' || typeof message !== 'string') return undefined
  if (originalError && originalError.name !== 'GraphQLError') return undefined
  return message.replace(/"[^"]*"/g, '"…"')
}

/**
 * Payload logs every error it answers at error level with its stack, a wrong year or a malformed
 * filter included. An expected one (a 4xx, or a 503 while the database is busy or moved) is the
 * client's or the operator's business, not a bug: it is logged as info (4xx) or warn (503), with
 * its message only.
 */
const logMethod: NonNullable<NonNullable<LoggerOptions['hooks']>['logMethod']> = function (
  args,
  method,
  level,
) {
  const [first] = args
  if (level >= ERROR_LEVEL && typeof first === 'string' && REFUSED_UPLOAD.test(first)) {
    return this.info({ msg: `400: ${String(shortenLogValue(first))}` })
  }
  if (level >= ERROR_LEVEL && first && typeof first === 'object') {
    const cause = 'err' in first ? first.err : first
    const graphqlRefusal = refusedGraphQL(cause)
    if (graphqlRefusal !== undefined)
      return this.info({ msg: `400: GraphQL: ${String(shortenLogValue(graphqlRefusal))}` })
    // Payload's own logging of a database that is away (it logs a failed BEGIN before we answer
    // 503) is the operator's business too: a warning with the cause.
    const away = unavailableCause(cause)
    const expected =
      expectedError(cause) ??
      (away
        ? {
            message: `Databasen går inte att nå / The database cannot be reached (${away})`,
            status: 503,
          }
        : undefined)
    if (expected) {
      const msg = `${expected.status}: ${String(shortenLogValue(expected.message))}`
      return expected.status === 503 ? this.warn({ msg }) : this.info({ msg })
    }
  }
  return method.apply(this, args.map((arg) => shortenLogValue(arg)) as typeof args)
}

/** Payload's logger: the chosen level, personal data censored, pretty in development, JSON in production. */
export const loggerConfig = (settings: Settings): NonNullable<Config['logger']> => ({
  destination: settings.isProduction
    ? undefined
    : build({ colorize: true, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss' }),
  options: {
    hooks: { logMethod },
    level: settings.logLevel,
    redact: { censor: '[personuppgift borttagen]', paths: [...PERSONAL_DATA_LOG_PATHS] },
    // A query error repeats its parameters: 33,000 ids would make a 2 MB line.
    serializers: { err: (err: Error) => shortenLogValue({ ...stdSerializers.err(err) }) },
  },
})

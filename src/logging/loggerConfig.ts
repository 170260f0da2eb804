import type { Config } from 'payload'

import { build } from 'pino-pretty'

import type { Settings } from '../lib/settings'

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

/** Payload's logger: the chosen level, personal data censored, pretty in development, JSON in production. */
export const loggerConfig = (settings: Settings): NonNullable<Config['logger']> => ({
  destination: settings.isProduction
    ? undefined
    : build({ colorize: true, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss' }),
  options: {
    level: settings.logLevel,
    redact: { censor: '[personuppgift borttagen]', paths: [...PERSONAL_DATA_LOG_PATHS] },
  },
})

import type { Payload } from 'payload'

import { getPayload } from 'payload'

import { buildAppConfig } from '../config'
import { ConfigError } from '../ConfigError'
import { readSettings } from '../settings'

/**
 * Runs one command-line task against the app's Payload and exits with its code: 1 with the reason
 * (a setting named with its fix, or what failed) when it throws. Payload is always closed.
 */
export const runCli = (what: string, task: (payload: Payload) => Promise<number>): void => {
  const main = async (): Promise<number> => {
    const payload = await getPayload({ config: await buildAppConfig(readSettings()) })
    try {
      return await task(payload)
    } finally {
      await payload.destroy()
    }
  }
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(
        error instanceof ConfigError
          ? error.message
          : `[mal-och-budget] ${what} failed: ${String(error)}`,
      )
      process.exit(1)
    },
  )
}

/**
 * `npm run gdpr -- export --email namn@exempel.se` prints everything stored about the address as
 * JSON; `npm run gdpr -- erase --email …` deletes it. Each run is recorded (without the address).
 */
import { getPayload } from 'payload'
import { parseArgs } from 'node:util'
import { z } from 'zod'

import { buildAppConfig } from '../config'
import { ConfigError } from '../ConfigError'
import { readSettings } from '../settings'
import { erasePersonalData, exportPersonalData } from 'mal-och-budget'

const usage = 'Usage: npm run gdpr -- export|erase --email name@example.com'

const main = async (): Promise<number> => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { email: { type: 'string' } },
  })
  const action = positionals[0]
  const email = z.email().max(254).safeParse(values.email?.trim())
  if ((action !== 'export' && action !== 'erase') || !email.success) {
    console.error(usage)
    return 2
  }
  const payload = await getPayload({ config: await buildAppConfig(readSettings()) })
  try {
    const origin = { via: 'cli' as const }
    const result =
      action === 'export'
        ? await exportPersonalData(payload, email.data, origin)
        : await erasePersonalData(payload, email.data, origin)
    console.log(JSON.stringify(result, null, 2))
    return 0
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
        : `[mal-och-budget] gdpr failed: ${String(error)}`,
    )
    process.exit(1)
  },
)

/**
 * `npm run gdpr -- export --email namn@exempel.se` prints everything stored about the address as
 * JSON; `npm run gdpr -- erase --email …` deletes it. Each run is recorded (without the address).
 */
import { parseArgs } from 'node:util'
import { z } from 'zod'

import { erasePersonalData, exportPersonalData } from 'mal-och-budget'

import { runCli } from './runCli'

const usage = 'Usage: npm run gdpr -- export|erase --email name@example.com'

const args = (() => {
  try {
    return parseArgs({ allowPositionals: true, options: { email: { type: 'string' } } })
  } catch {
    return { positionals: [], values: { email: undefined } }
  }
})()
const action = args.positionals[0]
const email = z.email().max(254).safeParse(args.values.email?.trim())
if ((action !== 'export' && action !== 'erase') || !email.success) {
  console.error(usage)
  process.exit(2)
} else {
  runCli('gdpr', async (payload) => {
    const origin = { via: 'cli' as const }
    const result =
      action === 'export'
        ? await exportPersonalData(payload, email.data, origin)
        : await erasePersonalData(payload, email.data, origin)
    console.log(JSON.stringify(result, null, 2))
    return 0
  })
}

import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * Returns the development secret stored in `dir/.payload-secret`, creating it on first use, so
 * sessions survive restarts without anyone having to set `PAYLOAD_SECRET` on a laptop.
 */
export const loadOrCreateDevSecret = (
  dir: string,
): { created: boolean; file: string; secret: string } => {
  const file = path.join(dir, '.payload-secret')
  if (fs.existsSync(file)) {
    const secret = fs.readFileSync(file, 'utf8').trim()
    if (secret.length > 0) return { created: false, file, secret }
  }
  fs.mkdirSync(dir, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  fs.writeFileSync(file, secret + '\n', { mode: 0o600 })
  return { created: true, file, secret }
}

/**
 * Runs before `npm test`: the tests need Debian's Chromium (browser tests) and the sqlite3 shell
 * (the outside SQLite client of the fault tests). On a fresh Debian machine, as root, this
 * installs what is missing; otherwise it stops at once with the one command to run.
 */
import { execSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'

const needs = [
  { found: () => fs.existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'), pkg: 'chromium' },
  { found: () => spawnSync('sqlite3', ['-version']).status === 0, pkg: 'sqlite3' },
]
const missing = needs.filter((need) => !need.found()).map((need) => need.pkg)
if (missing.length > 0) {
  const command = `sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`
  const root = typeof process.getuid === 'function' && process.getuid() === 0
  if (!root || spawnSync('apt-get', ['--version']).status !== 0) {
    console.error(
      `[npm test] ${missing.join(' and ')} missing. Install first:  ${command}\n` +
        `[npm test] ${missing.join(' och ')} saknas. Installera först:  ${command}`,
    )
    process.exit(1)
  }
  console.log(`[npm test] installing ${missing.join(', ')} (Debian packages)…`)
  execSync('apt-get update -qq', { stdio: 'inherit' })
  execSync(`apt-get install -y -qq ${missing.join(' ')} > /dev/null`, {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    stdio: 'inherit',
  })
  const still = needs.filter((need) => !need.found()).map((need) => need.pkg)
  if (still.length > 0) {
    console.error(`[npm test] could not install ${still.join(', ')}; run: ${command}`)
    process.exit(1)
  }
}

/**
 * Runs before `npm test`: the tests need Debian's Chromium (browser tests) and the sqlite3 shell
 * (the outside SQLite client of the fault tests), a running PostgreSQL (the int-pg and http-pg
 * projects) and Redis (the shared limits). On a fresh Debian machine, as root, this installs or
 * starts what is missing; otherwise it stops at once with the one command to run.
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
  // Another apt-get at work (an unattended upgrade, a second test run) holds dpkg's lock: wait for it.
  const wait = '-o DPkg::Lock::Timeout=600'
  execSync(`apt-get ${wait} update -qq`, { stdio: 'inherit' })
  execSync(`apt-get ${wait} install -y -qq ${missing.join(' ')} > /dev/null`, {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    stdio: 'inherit',
  })
  const still = needs.filter((need) => !need.found()).map((need) => need.pkg)
  if (still.length > 0) {
    console.error(`[npm test] could not install ${still.join(', ')}; run: ${command}`)
    process.exit(1)
  }
}

// The integration and HTTP suites run on PostgreSQL too (projects int-pg and http-pg): the server
// of MOB_TEST_POSTGRES_URL, by default this machine's. When it is not running, root starts it;
// anyone else is told the command.
const postgresUrl = new URL(
  process.env.MOB_TEST_POSTGRES_URL ?? 'postgres://root@127.0.0.1:5432/postgres',
)
const postgresReady = () =>
  spawnSync('pg_isready', ['-q', '-h', postgresUrl.hostname, '-p', postgresUrl.port || '5432'])
    .status === 0
if (!postgresReady()) {
  const clusters = fs.existsSync('/etc/postgresql') ? fs.readdirSync('/etc/postgresql') : []
  const command = `pg_ctlcluster --skip-systemctl-redirect ${clusters[0] ?? '$(ls /etc/postgresql)'} main start`
  const root = typeof process.getuid === 'function' && process.getuid() === 0
  const local = ['127.0.0.1', 'localhost'].includes(postgresUrl.hostname)
  if (root && local && clusters.length > 0) {
    console.log('[npm test] starting PostgreSQL…')
    execSync(command, { stdio: 'inherit' })
    for (let i = 0; i < 50 && !postgresReady(); i++) execSync('sleep 0.2')
  }
  if (!postgresReady()) {
    console.error(
      `[npm test] PostgreSQL is not answering at ${postgresUrl.host}. Start it first:  sudo ${command}\n` +
        `[npm test] PostgreSQL svarar inte på ${postgresUrl.host}. Starta den först:  sudo ${command}\n` +
        '(or point MOB_TEST_POSTGRES_URL at a PostgreSQL server where this user may create databases)',
    )
    process.exit(1)
  }
}

// The shared-limits test also counts in Redis (REDIS_URL redis://127.0.0.1:6379): started as root
// (nothing kept on disk) when it is installed and not answering; otherwise the command is shown.
const redisReady = () =>
  spawnSync('redis-cli', ['-h', '127.0.0.1', 'ping']).stdout?.toString().trim() === 'PONG'
if (!redisReady()) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0
  const command = "redis-server --daemonize yes --save '' --appendonly no"
  if (root && spawnSync('redis-server', ['--version']).status === 0) {
    console.log('[npm test] starting Redis…')
    execSync(command, { stdio: 'inherit' })
    for (let i = 0; i < 50 && !redisReady(); i++) execSync('sleep 0.1')
  }
  if (!redisReady()) {
    console.error(
      `[npm test] Redis is not answering at 127.0.0.1:6379. Start it first:  ${command}\n` +
        `[npm test] Redis svarar inte på 127.0.0.1:6379. Starta den först:  ${command}`,
    )
    process.exit(1)
  }
}

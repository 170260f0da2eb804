import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import {
  createDatabase,
  databaseExists,
  databasesNamed,
  databaseUrlOn,
  dropDatabase,
  onPostgres,
} from './postgres'
import { seedDatabase, seedTemplateFiles } from './seedDatabase'
import { type RunningServer, startServer } from './server'
import { freshDatabaseUrl } from './testPayload'

/** The admin account the seeded test servers have. */
export const TEST_ADMIN = { email: 'admin@hedemora.se', password: 'http-test-lösenord-1' }

const TEMPLATE_PREFIX = 'mob-seed-template-'

/** This process, told apart from an earlier one with the same pid (Linux: its start time). */
const processKey = (): string => {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'latin1')
    return `${process.pid}-${stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]}`
  } catch {
    return String(process.pid)
  }
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * The Hedemora seed with the test admin, made once per test process into a template folder that
 * each seeded SQLite test server copies (a seed takes seconds; a copy of the closed file,
 * milliseconds). Jest gives each test file its own environment, so the folder is found by this
 * process's key; templates of processes that have ended are removed.
 */
const seedTemplate = async (): Promise<string> => {
  const folder = path.join(os.tmpdir(), `${TEMPLATE_PREFIX}${processKey()}`)
  const ready = path.join(folder, 'ready')
  if (fs.existsSync(ready)) return folder
  for (const name of fs.readdirSync(os.tmpdir())) {
    const pid = Number(name.slice(TEMPLATE_PREFIX.length).split('-')[0])
    if (name.startsWith(TEMPLATE_PREFIX) && pid !== process.pid && !alive(pid)) {
      fs.rmSync(path.join(os.tmpdir(), name), { force: true, recursive: true })
    }
  }
  fs.rmSync(folder, { force: true, recursive: true })
  fs.mkdirSync(folder)
  await seedDatabase({
    DATABASE_URL: `file:${path.join(folder, 'template.db')}`,
    SEED_ADMIN_EMAIL: TEST_ADMIN.email,
    SEED_ADMIN_PASSWORD: TEST_ADMIN.password,
    UPLOAD_DIR: path.join(folder, 'uploads'),
  })
  fs.writeFileSync(ready, '')
  return folder
}

/**
 * The Hedemora seed in a PostgreSQL template database, made once per test process (its name
 * carries this process's key; templates of ended processes are dropped first).
 */
export const seedPostgresTemplate = async (
  base: string,
): Promise<{ name: string; uploadDir: string }> => {
  const name = `mob_seed_${processKey()}`.replace(/[^\w]/g, '_').toLowerCase()
  const uploadDir = path.join(os.tmpdir(), `${TEMPLATE_PREFIX}${processKey()}-pg-uploads`)
  const ready = `${uploadDir}.ready`
  if (fs.existsSync(ready) && (await databaseExists(base, name))) return { name, uploadDir }
  for (const other of await databasesNamed(base, 'mob_seed_')) {
    const pid = Number(other.slice('mob_seed_'.length).split('_')[0])
    if (pid !== process.pid && !alive(pid)) await dropDatabase(base, other)
  }
  await dropDatabase(base, name)
  fs.rmSync(uploadDir, { force: true, recursive: true })
  await seedDatabase({
    DATABASE_URL: databaseUrlOn(base, name),
    SEED_ADMIN_EMAIL: TEST_ADMIN.email,
    SEED_ADMIN_PASSWORD: TEST_ADMIN.password,
    UPLOAD_DIR: uploadDir,
  })
  fs.writeFileSync(ready, '')
  return { name, uploadDir }
}

/** A production server on a fresh database holding the Hedemora seed and an admin account. */
export const startSeededServer = async (
  name: string,
  env: Record<string, string> = {},
  options: { allowStalls?: boolean } = {},
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
  if (database.url.startsWith('file:')) {
    // The seed made once for the run, copied while nothing has it open.
    const template = await seedTemplate()
    const target = database.url.slice('file:'.length)
    for (const { file, suffix } of seedTemplateFiles(template)) {
      fs.copyFileSync(file, `${target}${suffix}`)
      // On disk before the server starts: else its first commit's fsync would write the whole
      // copied file and hold its event loop (as a seeding process's own commits never did).
      const copy = fs.openSync(`${target}${suffix}`, 'r+')
      fs.fsyncSync(copy)
      fs.closeSync(copy)
    }
    fs.cpSync(path.join(template, 'uploads'), database.uploadDir, { recursive: true })
  } else if (onPostgres()) {
    // The seed made once for the run into a template database, copied by PostgreSQL.
    const base = process.env.DATABASE_URL ?? ''
    const template = await seedPostgresTemplate(base)
    await createDatabase(base, new URL(database.url).pathname.slice(1), template.name)
    fs.cpSync(template.uploadDir, database.uploadDir, { recursive: true })
  } else {
    await seedDatabase(fullEnv)
  }
  return { database, env: fullEnv, server: await startServer(fullEnv, undefined, options) }
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

const REVIEW_PASSWORD = 'granskning-i-test-123'
const reviewAccounts = new Map<string, Promise<{ editor: string; reviewer: string }>>()

/** An editor and a reviewer on the server (made once per server, as its admin). */
export const reviewAuthorizations = (
  baseUrl: string,
): Promise<{ editor: string; reviewer: string }> => {
  const known = reviewAccounts.get(baseUrl)
  if (known) return known
  const made = (async () => {
    const admin = await adminAuthorization(baseUrl)
    const account = async (role: 'editor' | 'reviewer') => {
      const email = `test-${role}@hedemora.se`
      await fetch(`${baseUrl}/api/users`, {
        body: JSON.stringify({ email, password: REVIEW_PASSWORD, roles: [role] }),
        headers: { authorization: admin, 'content-type': 'application/json' },
        method: 'POST',
      })
      const res = await fetch(`${baseUrl}/api/users/login`, {
        body: JSON.stringify({ email, password: REVIEW_PASSWORD }),
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      })
      return `JWT ${((await res.json()) as { token: string }).token}`
    }
    return { editor: await account('editor'), reviewer: await account('reviewer') }
  })()
  reviewAccounts.set(baseUrl, made)
  return made
}

/**
 * Publishes a document the way the product does while review is on: an editor saves `data` as a
 * draft and sends it for review, a reviewer approves it. Answers the approval's response.
 */
export const publishReviewed = async (
  baseUrl: string,
  collection: string,
  id: number | string,
  data?: Record<string, unknown>,
  // Sessions outlive a restart on another port (same secret): a caller may keep its own.
  sessions?: { editor: string; reviewer: string },
): Promise<Response> => {
  const { editor, reviewer } = sessions ?? (await reviewAuthorizations(baseUrl))
  const send = (auth: string, method: string, path: string, body: unknown) =>
    fetch(`${baseUrl}${path}`, {
      body: JSON.stringify(body),
      headers: { authorization: auth, 'content-type': 'application/json' },
      method,
    })
  if (data) {
    const saved = await send(editor, 'PATCH', `/api/${collection}/${id}?draft=true`, data)
    if (!saved.ok) return saved
  }
  const submitted = await send(editor, 'POST', `/api/${collection}/${id}/workflow`, {
    action: 'submit',
  })
  if (!submitted.ok) return submitted
  return send(reviewer, 'POST', `/api/${collection}/${id}/workflow`, { action: 'approve' })
}

/** Creates a document as a draft (as the admin) and publishes it through review; answers its id. */
export const createReviewed = async (
  baseUrl: string,
  collection: string,
  data: Record<string, unknown>,
): Promise<number> => {
  const created = await fetch(`${baseUrl}/api/${collection}?draft=true`, {
    body: JSON.stringify(data),
    headers: {
      authorization: await adminAuthorization(baseUrl),
      'content-type': 'application/json',
    },
    method: 'POST',
  })
  const id = ((await created.json()) as { doc: { id: number } }).doc.id
  const approved = await publishReviewed(baseUrl, collection, id)
  if (!approved.ok) throw new Error(`publishing ${collection} ${id}: ${await approved.text()}`)
  return id
}

/**
 * A JSON client of the staff API for one session: `api<T>(method, path, body?)`. A refusal names
 * itself (method, path, status and message) instead of failing later on a missing field.
 */
export const staffApi =
  (baseUrl: () => string, authorization: () => string) =>
  async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${baseUrl()}${path}`, {
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: { authorization: authorization(), 'content-type': 'application/json' },
      method,
    })
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`)
    return (await res.json()) as T
  }

/**
 * One request with a JSON body (or none), as a person with `authorization` (or anonymous):
 * the status, the text and the JSON it answered (`{}` for an HTML page or an empty answer).
 */
export const jsonCall = async (
  url: string,
  method: string,
  authorization: string | undefined,
  body?: unknown,
): Promise<{ json: Record<string, unknown>; status: number; text: string }> => {
  const res = await fetch(url, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: {
      ...(authorization ? { authorization } : {}),
      'content-type': 'application/json',
    },
    method,
  })
  const text = await res.text()
  let json: Record<string, unknown> = {}
  try {
    json = JSON.parse(text) as Record<string, unknown>
  } catch {
    // an HTML page or an empty answer
  }
  return { json, status: res.status, text }
}

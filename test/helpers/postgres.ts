import pg from 'pg'

/**
 * The PostgreSQL server the tests use when they run on PostgreSQL (`DATABASE_URL=postgres…`): each
 * test file's database is made here and dropped after, named `mob_test_…`; a seeded server's
 * database is a copy of one seeded template (`CREATE DATABASE … TEMPLATE`, milliseconds).
 */
export const onPostgres = (): boolean => /^postgres(ql)?:/.test(process.env.DATABASE_URL ?? '')

/** The URL of another database on the same server as `base`. */
export const databaseUrlOn = (base: string, name: string): string => {
  const url = new URL(base)
  url.pathname = `/${name}`
  return url.toString()
}

const quoted = (name: string): string => {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`not a database name: ${name}`)
  return `"${name}"`
}

/** Runs one statement on the server's maintenance database (`postgres`). */
const onServer = async (base: string, sql: string): Promise<void> => {
  const client = new pg.Client({ connectionString: databaseUrlOn(base, 'postgres') })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/** Makes an empty database, or a copy of `template` (which nobody may have open). */
export const createDatabase = (base: string, name: string, template?: string): Promise<void> =>
  onServer(
    base,
    `CREATE DATABASE ${quoted(name)}${template ? ` TEMPLATE ${quoted(template)}` : ''}`,
  )

/** Drops a test database, ending whatever connections a test left open on it. */
export const dropDatabase = (base: string, name: string): Promise<void> =>
  onServer(base, `DROP DATABASE IF EXISTS ${quoted(name)} WITH (FORCE)`)

/** Whether a database of that name exists. */
export const databaseExists = async (base: string, name: string): Promise<boolean> => {
  const client = new pg.Client({ connectionString: databaseUrlOn(base, 'postgres') })
  await client.connect()
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    return (rowCount ?? 0) > 0
  } finally {
    await client.end()
  }
}

/** The databases whose names start with `prefix`. */
export const databasesNamed = async (base: string, prefix: string): Promise<string[]> => {
  const client = new pg.Client({ connectionString: databaseUrlOn(base, 'postgres') })
  await client.connect()
  try {
    const { rows } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
      [prefix],
    )
    return rows.map((row) => row.datname)
  } finally {
    await client.end()
  }
}

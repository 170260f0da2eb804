/**
 * The PostgreSQL projects (`int-pg`, `http-pg`): each test file runs against the PostgreSQL server
 * of `MOB_TEST_POSTGRES_URL` (default: this machine's, as root over TCP); every test database is
 * made from it and dropped after (see test/helpers/postgres.ts).
 */
process.env.DATABASE_URL =
  process.env.MOB_TEST_POSTGRES_URL ?? 'postgres://root@127.0.0.1:5432/postgres'

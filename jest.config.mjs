/** Jest in native ESM mode (`node --experimental-vm-modules`), TypeScript through @swc/jest. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      target: 'es2022',
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'es6' },
  },
]

const shared = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/payload.config.ts',
    // The plugin from its sources (a host gets the compiled package, see package.json `exports`).
    '^mal-och-budget$': '<rootDir>/src/index.ts',
    '^mal-och-budget/admin$': '<rootDir>/src/admin/index.ts',
    '^mal-och-budget/admin/rsc$': '<rootDir>/src/admin/rsc/index.ts',
    '^mal-och-budget/server$': '<rootDir>/src/server/index.ts',
    '^mal-och-budget/site$': '<rootDir>/src/publicPage/site/index.ts',
    '^mal-och-budget/types$': '<rootDir>/src/types.ts',
    '\\.(css|scss)$': '<rootDir>/test/helpers/styleStub.cjs',
  },
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': swc },
}

/** Test files about SQLite itself (its client, its file under faults). */
const SQLITE_ONLY = ['/test/int/sqliteClient\\.test\\.ts$', '/test/http/reliability\\.test\\.ts$']

/** Test files about PostgreSQL itself (the database going away under a running server). */
const POSTGRES_ONLY = [
  '/test/http/clusterStart\\.test\\.ts$',
  '/test/http/databaseOutage\\.test\\.ts$',
  '/test/http/readReplicas\\.test\\.ts$',
  '/test/http/sharedLimits\\.test\\.ts$',
]

/** @type {import('jest').Config} */
export default {
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    {
      ...shared,
      displayName: 'int',
      testMatch: ['<rootDir>/test/int/**/*.test.ts'],
    },
    {
      ...shared,
      displayName: 'http',
      globalSetup: '<rootDir>/test/http/globalSetup.ts',
      testMatch: ['<rootDir>/test/http/**/*.test.ts'],
      testPathIgnorePatterns: POSTGRES_ONLY,
    },
    // The integration and HTTP suites again on PostgreSQL; what only SQLite has (its client, its
    // file's faults) stays with SQLite.
    {
      ...shared,
      displayName: 'int-pg',
      setupFiles: ['<rootDir>/test/setup/onPostgres.ts'],
      testMatch: ['<rootDir>/test/int/**/*.test.ts'],
      testPathIgnorePatterns: SQLITE_ONLY,
    },
    {
      ...shared,
      displayName: 'http-pg',
      globalSetup: '<rootDir>/test/http/globalSetup.ts',
      setupFiles: ['<rootDir>/test/setup/onPostgres.ts'],
      testMatch: ['<rootDir>/test/http/**/*.test.ts'],
      testPathIgnorePatterns: SQLITE_ONLY,
    },
    {
      ...shared,
      displayName: 'e2e',
      globalSetup: '<rootDir>/test/http/globalSetup.ts',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
    },
    {
      ...shared,
      displayName: 'package',
      globalSetup: '<rootDir>/test/http/globalSetup.ts',
      testMatch: ['<rootDir>/test/package/**/*.test.ts'],
    },
  ],
  testTimeout: 60_000,
}

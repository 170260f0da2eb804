import { build } from 'esbuild'
import { execFileSync, execSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname ?? '.', '../..')
const own = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>
  peerDependencies: Record<string, string>
}
// The versions this repository is built and tested with.
const versionOf = (name: string): string => own.devDependencies[name] ?? own.peerDependencies[name]

/** npm quietly, from the local cache where it can (the registry only for what is not there). */
const npm = (args: string[], cwd: string): string =>
  execFileSync(
    'npm',
    [...args, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'],
    {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
      maxBuffer: 64 * 1024 * 1024,
    },
  )

/**
 * The README's installation, step by step, in a new Payload 3 site outside this repository: the
 * plugin packed as it would be published, installed with its peers by npm, booted on plain Node.
 */
describe('the plugin installed from its package in a fresh Payload site', () => {
  let work: string
  let site: string
  let report: {
    collections: string[]
    feedback: { body: { id: string }; status: number }
    firstUser: { department: string; roles: string[] }
    graphql: unknown
    rest: { body: Record<string, unknown>; etag: null | string; status: number }
    userFields: string[]
  }

  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'mob-fresh-site-'))
    site = path.join(work, 'exempelby')
    fs.mkdirSync(path.join(site, 'app', '(payload)', 'admin'), { recursive: true })
  })

  afterAll(() => {
    if (work) fs.rmSync(work, { force: true, recursive: true })
  })

  it('packs to a tarball of compiled JavaScript with types, and nothing of this app', () => {
    const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], root)) as {
      files: { path: string }[]
      filename: string
    }[]
    const files = packed.files.map((f) => f.path)
    expect(files).toEqual(expect.arrayContaining(['package.json', 'dist/plugin/index.js']))
    expect(files).toContain('dist/plugin/index.d.ts')
    expect(files).toContain('dist/plugin/publicPage/site/planPage.css')
    expect(files.filter((f) => !f.startsWith('dist/plugin/') && f !== 'package.json')).toEqual([
      'README.md',
    ])
    expect(
      files.some((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.endsWith('.d.mts')),
    ).toBe(false)
    fs.renameSync(path.join(work, packed.filename), path.join(work, 'mal-och-budget.tgz'))
  })

  it('installs with npm beside its peers, the versions a site brings', () => {
    const peers = [
      '@payloadcms/db-sqlite',
      '@payloadcms/next',
      '@payloadcms/richtext-lexical',
      '@payloadcms/ui',
      'graphql',
      'next',
      'payload',
      'react',
      'react-dom',
      // What a TypeScript site develops with.
      '@types/node',
      '@types/react',
      '@types/react-dom',
      'typescript',
    ]
    fs.writeFileSync(
      path.join(site, 'package.json'),
      JSON.stringify(
        {
          dependencies: {
            ...Object.fromEntries(peers.map((name) => [name, versionOf(name)])),
            'mal-och-budget': 'file:../mal-och-budget.tgz',
          },
          name: 'exempelby-webb',
          private: true,
          type: 'module',
        },
        null,
        2,
      ),
    )
    // The site's own files: its config, Payload's admin and API routes, the plugin's page route.
    fs.cpSync(path.join(import.meta.dirname ?? '.', 'site'), site, { recursive: true })
    fs.writeFileSync(
      path.join(site, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          allowJs: true,
          esModuleInterop: true,
          incremental: false,
          isolatedModules: true,
          jsx: 'react-jsx',
          lib: ['DOM', 'DOM.Iterable', 'ES2022'],
          module: 'esnext',
          moduleResolution: 'bundler',
          noEmit: true,
          paths: { '@payload-config': ['./payload.config.ts'] },
          resolveJsonModule: true,
          skipLibCheck: true,
          strict: true,
          target: 'ES2022',
        },
        exclude: ['node_modules', '.next'],
        include: ['**/*.ts', '**/*.tsx'],
      }),
    )
    npm(['install'], site)
    const installed = path.join(site, 'node_modules', 'mal-och-budget')
    expect(fs.existsSync(path.join(installed, 'dist', 'plugin', 'index.js'))).toBe(true)
    // Nothing of the plugin needs a TypeScript source or a loader.
    expect(fs.existsSync(path.join(installed, 'src'))).toBe(false)
  }, 600_000)

  it("boots on plain Node: the plugin's collections beside the site's, roles on its users, the page over the plugin's endpoint and GraphQL, feedback", async () => {
    // The site's own TypeScript config compiled as its build would; the plugin is already JavaScript.
    await build({
      entryPoints: [path.join(site, 'payload.config.ts')],
      format: 'esm',
      outfile: path.join(site, 'payload.config.mjs'),
      platform: 'node',
    })
    const output = execFileSync(
      process.execPath,
      ['--conditions=production', '--no-deprecation', 'boot.mjs'],
      {
        cwd: site,
        encoding: 'utf8',
        env: {
          ...process.env,
          DATABASE_URL: `file:${path.join(site, 'site.db')}`,
          NODE_OPTIONS: '',
        },
      },
    )
    report = JSON.parse(output.slice(output.indexOf('REPORT ') + 'REPORT '.length))
    expect(report.collections).toEqual(
      expect.arrayContaining([
        'users',
        'pages',
        'budget-plans',
        'goals',
        'feedback',
        'focus-areas',
      ]),
    )
    expect(report.userFields).toEqual(expect.arrayContaining(['department', 'roles']))
    // The first account of an empty site becomes the administrator; its own field is kept.
    expect(report.firstUser).toEqual({ department: 'Ekonomi', roles: ['admin'] })
    expect(report.rest.status).toBe(200)
    expect(report.rest.etag).toMatch(/^"/)
    expect(report.rest.body).toMatchObject({ path: '/budget/2021', title: 'Mål och budget 2021' })
    expect(report.graphql).toEqual({
      data: {
        PublicPlan: {
          organisation: 'Exempelby kommun',
          path: '/budget/2021',
          title: 'Mål och budget 2021',
        },
      },
    })
    expect(report.feedback.status).toBe(201)
    expect(report.feedback.body.id).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
  }, 180_000)

  it("generates the admin's import map with the plugin's components", () => {
    execSync('npx payload generate:importmap', {
      cwd: site,
      env: { ...process.env, NODE_OPTIONS: '--no-deprecation --conditions=production' },
      stdio: 'pipe',
    })
    const importMap = fs.readFileSync(
      path.join(site, 'app', '(payload)', 'admin', 'importMap.js'),
      'utf8',
    )
    expect(importMap).toContain("from 'mal-och-budget/admin'")
    expect(importMap).toContain("from 'mal-och-budget/admin/rsc'")
  }, 180_000)

  it("type-checks against the plugin's declarations (and, in CI, builds with next build)", () => {
    // The site's code — config, admin layout, the public page route — with the package's types.
    execFileSync(path.join(site, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], {
      cwd: site,
      encoding: 'utf8',
    })
    // `next build` takes a minute or two on these two cores: once per CI run (.ci/run sets CI).
    if (!process.env.CI) return
    execFileSync(path.join(site, 'node_modules', '.bin', 'next'), ['build'], {
      cwd: site,
      encoding: 'utf8',
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: '1',
        NODE_OPTIONS: '--no-deprecation --conditions=production',
      },
      maxBuffer: 64 * 1024 * 1024,
    })
    expect(fs.existsSync(path.join(site, '.next', 'BUILD_ID'))).toBe(true)
  }, 600_000)
})

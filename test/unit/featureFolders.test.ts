import madge from 'madge'
import fs from 'node:fs'
import path from 'node:path'

/**
 * The plugin's layout (README "Layout"): one folder per feature, the core content model and what is
 * shared in the core folders; arrows run from the entry points to features and from features to
 * the core, never from the core to a feature, and nothing goes in a circle.
 */
const CORE = [
  'access',
  'collections',
  'email',
  'endpoints',
  'fields',
  'globals',
  'graphql',
  'hooks',
  'jobs',
  'lib',
  'options',
  'shape',
  'types.ts',
]
const FEATURES = [
  'budget',
  'cards',
  'editions',
  'feedback',
  'feeds',
  'follow',
  'followUp',
  'gdpr',
  'indicators',
  'publicPage',
  'quality',
  'workflow',
]
// What a host imports: they put the features together.
const ENTRIES = ['admin', 'index.ts', 'plugin.ts', 'server']

const src = path.resolve('src')
const folderOf = (file: string) => file.split('/')[0]

let graph: Record<string, string[]>
let circles: string[][]
let skipped: string[]

beforeAll(async () => {
  const result = await madge(src, {
    fileExtensions: ['ts', 'tsx'],
    tsConfig: path.resolve('tsconfig.json'),
  })
  graph = result.obj()
  circles = result.circular()
  skipped = result.warnings().skipped
}, 60_000)

describe('the plugin’s folders', () => {
  it('should put every file in a core folder, a feature folder or an entry point', () => {
    const stray = Object.keys(graph).filter(
      (file) => ![...CORE, ...FEATURES, ...ENTRIES].includes(folderOf(file)),
    )
    expect(stray).toEqual([])
    // Every feature folder holds code (a feature spread elsewhere would leave one empty).
    for (const feature of FEATURES)
      expect(Object.keys(graph).some((file) => folderOf(file) === feature)).toBe(true)
  })

  it('should have no circle of imports', () => {
    expect(circles).toEqual([])
  })

  it('should let no core file import a feature or an entry point', () => {
    const backwards = Object.entries(graph).flatMap(([file, imports]) =>
      CORE.includes(folderOf(file))
        ? imports
            .filter((target) => !CORE.includes(folderOf(target)))
            .map((target) => `${file} -> ${target}`)
        : [],
    )
    expect(backwards).toEqual([])
  })

  it('should let no feature import an entry point', () => {
    const upwards = Object.entries(graph).flatMap(([file, imports]) =>
      FEATURES.includes(folderOf(file))
        ? imports
            .filter((target) => ENTRIES.includes(folderOf(target)))
            .map((target) => `${file} -> ${target}`)
        : [],
    )
    expect(upwards).toEqual([])
  })

  it('should import nothing of the app that hosts it in this repository', () => {
    // Only packages are left unresolved (skipped); the app's config and folders are not among them.
    expect(skipped.filter((name) => /payload-config|^\.|host\//.test(name))).toEqual([])
    expect(
      Object.values(graph)
        .flat()
        .filter((target) => target.startsWith('..')),
    ).toEqual([])
  })

  it('should name no two modules in one folder alike but for case (a bundler on a case-insensitive path mixes them)', () => {
    const clashes: string[] = []
    const walk = (folder: string) => {
      const seen = new Map<string, string>()
      for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(path.join(folder, entry.name))
        const module = entry.name.replace(/\.(ts|tsx|mjs)$/, '').toLowerCase()
        const other = seen.get(module)
        if (other) clashes.push(`${path.relative(src, folder)}: ${other} ~ ${entry.name}`)
        seen.set(module, entry.name)
      }
    }
    walk(src)
    expect(clashes).toEqual([])
  })
})

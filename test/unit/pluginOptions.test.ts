import type { Config } from 'payload'

import path from 'node:path'

import type { MalOchBudgetPluginOptions } from '../../src/options/types'

import { DEFAULT_CACHE_CONTROL, sanitizeOptions } from '../../src/options/defaults'
import { DEFAULT_SLUGS } from '../../src/options/slugs'
import { malOchBudgetPlugin } from '../../src/plugin'

const hostConfig = (collections: object[] = [], extra: object = {}): Config =>
  ({ collections, globals: [], secret: 's', ...extra }) as unknown as Config

describe('malOchBudgetPlugin options', () => {
  it('should fill in every default, with no organisation of its own', () => {
    expect(sanitizeOptions({}, hostConfig())).toEqual({
      disabled: false,
      feedback: { limiter: undefined, perDay: 50, perMinute: 5 },
      indicators: {
        baseUrl: 'https://api.kolada.se/v3',
        groupId: undefined,
        importSchedule: '0 0 5 * * *',
        municipalityId: undefined,
        retries: 3,
        retryDelayMs: 1000,
        staleAfterMonths: 24,
        timeoutMs: 15_000,
        yearsBack: 10,
      },
      jobs: { autoRun: true, intervalSeconds: 60 },
      locales: ['sv', 'en'],
      maxDocumentBytes: 50 * 1024 * 1024,
      organisationName: undefined,
      overrides: {},
      publicApi: { cacheControl: DEFAULT_CACHE_CONTROL, origins: '*' },
      publicPath: '/mal-och-budget',
      rateLimitStore: undefined,
      serverUrl: '',
      slugs: DEFAULT_SLUGS,
      uploadDir: path.resolve('./data/uploads'),
    })
    expect(sanitizeOptions({ organisationName: '  Säters kommun ' }).organisationName).toBe(
      'Säters kommun',
    )
  })

  it.each([
    [{ organisationName: '' }, /`organisationName` must be a non-empty string/],
    [{ disabled: 'yes' }, /`disabled` must be true or false/],
    [{ publicPath: 'budget' }, /`publicPath` must be a path of lower-case words/],
    [{ maxDocumentMegabytes: 0 }, /`maxDocumentMegabytes` must be a whole number from 1 to 1024/],
    [
      { usersCollection: 'staff' },
      /`usersCollection` is "staff", but the config has no auth collection/,
    ],
    [{ overrides: { posts: {} } }, /`overrides` has unknown key\(s\) posts/],
    [{ indicators: { municipalityId: '208' } }, /`indicators.municipalityId` must be four digits/],
    [{ indicators: { groupId: '36182' } }, /`indicators.groupId` must be a Kolada group id/],
    [{ indicators: { baseUrl: 'api.kolada.se' } }, /`indicators.baseUrl` must be an http\(s\) URL/],
    [
      { indicators: { importSchedule: 'daily' } },
      /`indicators.importSchedule` must be a six-field cron/,
    ],
    [
      { indicators: { yearsBack: 0 } },
      /`indicators.yearsBack` must be a whole number from 1 to 50/,
    ],
    [{ overrides: { media: { slug: 'Bilder' } } }, /`overrides.media.slug` must be lower-case/],
    [
      { jobs: { intervalSeconds: 45 } },
      /`jobs.intervalSeconds` must be one of 5, 10, 15, 20, 30, 60/,
    ],
    [{ jobs: { autoRun: 'yes' } }, /`jobs.autoRun` must be true or false/],
    [
      { publicApi: { origins: ['hedemora.se'] } },
      /`publicApi.origins` must be "\*" or a list of origins/,
    ],
  ])('should refuse %j with a message that says how to fix it', (options, message) => {
    expect(() =>
      sanitizeOptions(options as unknown as MalOchBudgetPluginOptions, hostConfig()),
    ).toThrow(message)
  })

  it('should refuse a slug the host already uses, naming the override that fixes it', () => {
    expect(() => sanitizeOptions({}, hostConfig([{ fields: [], slug: 'media' }]))).toThrow(
      /already has a collection "media"; rename ours with `overrides: \{ media: \{ slug: "mob-media" \} \}`/,
    )
  })

  it('should refuse a host whose locales leave out Swedish, and speak Swedish only with a Swedish-only host', () => {
    const localization = (codes: string[]) => ({
      localization: { defaultLocale: codes[0], locales: codes },
    })
    expect(() => sanitizeOptions({}, hostConfig([], localization(['en', 'de'])))).toThrow(
      /must include "sv"/,
    )
    expect(sanitizeOptions({}, hostConfig([], localization(['sv']))).locales).toEqual(['sv'])
  })

  it('should not mutate the options or the incoming config, and keep what the host has', async () => {
    const options: MalOchBudgetPluginOptions = { organisationName: 'Exempelby kommun' }
    const config = hostConfig([{ fields: [], slug: 'pages' }], {
      endpoints: [{ handler: () => new Response(), method: 'get', path: '/hej' }],
    })
    const frozen = structuredClone({ config: { ...config, endpoints: undefined }, options })
    const result = await malOchBudgetPlugin(options)(config)
    expect({ config: { ...config, endpoints: undefined }, options }).toEqual(frozen)
    expect(result.collections?.map((c) => c.slug)).toEqual([
      'pages',
      'budget-plans',
      'focus-areas',
      'goals',
      'initiatives',
      'savings-measures',
      'follow-up-reports',
      'goal-assessments',
      'feedback',
      'media',
      'documents',
      'job-leases',
      'gdpr-requests',
      'indicator-series',
      'indicator-imports',
      'indicator-alerts',
      'plan-decisions',
      'audit-log',
      'page-publications',
      'subscriptions',
      'users',
    ])
    expect(result.endpoints?.[0]?.path).toBe('/hej')
    expect(result.endpoints?.map((e) => e.path)).toContain('/public/plans/:year')
    expect(result.localization).toMatchObject({ defaultLocale: 'sv', fallback: true })
    expect(result.globals?.map((g) => g.slug)).toEqual(['site-settings', 'public-change-marker'])
    expect(result.admin?.user).toBe('users')
  })

  it('should rename a collection and change its fields through an override', async () => {
    const result = await malOchBudgetPlugin({
      overrides: {
        media: {
          admin: { group: 'Filer' },
          fields: ({ defaultFields }) => [...defaultFields, { name: 'photographer', type: 'text' }],
          slug: 'budget-media',
        },
      },
    })(hostConfig([{ fields: [], slug: 'media', upload: true }]))
    const media = result.collections?.find((c) => c.slug === 'budget-media')
    expect(media?.admin?.group).toBe('Filer')
    expect(media?.fields.map((f) => ('name' in f ? f.name : ''))).toContain('photographer')
    const plans = result.collections?.find((c) => c.slug === 'budget-plans')
    expect(JSON.stringify(plans?.fields)).toContain('"relationTo":"budget-media"')
  })

  it('should merge its admin words into the host’s translations, the host’s own words winning', async () => {
    const config = await malOchBudgetPlugin({})(
      hostConfig([], {
        i18n: {
          translations: {
            sv: { malOchBudget: { reviewQueue: 'Granskningskö' }, own: { hello: 'Hej' } },
          },
        },
      }),
    )
    const translations = config.i18n?.translations as Record<
      string,
      Record<string, Record<string, string>>
    >
    expect(translations.sv.malOchBudget.reviewQueue).toBe('Granskningskö')
    expect(translations.sv.malOchBudget.submit).toBe('Skicka för granskning')
    expect(translations.sv.own).toEqual({ hello: 'Hej' })
    expect(translations.en.malOchBudget.reviewQueue).toBe('To review')
    // Every word is there in both languages.
    expect(Object.keys(translations.en.malOchBudget).sort()).toEqual(
      Object.keys(translations.sv.malOchBudget).sort(),
    )
  })
})

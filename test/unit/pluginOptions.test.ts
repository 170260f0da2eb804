import type { Config } from 'payload'

import path from 'node:path'

import { malOchBudgetPlugin } from '../../src/plugin'
import { defaultOptions, sanitizeOptions } from '../../src/options/defaults'
import type { MalOchBudgetPluginOptions } from '../../src/options/types'

describe('malOchBudgetPlugin options', () => {
  it('should fill in every default', () => {
    const uploadDir = path.resolve(defaultOptions.uploadDir)
    expect(sanitizeOptions()).toEqual({ ...defaultOptions, uploadDir })
    expect(sanitizeOptions({ organisationName: '  Säters kommun ' })).toEqual({
      ...defaultOptions,
      organisationName: 'Säters kommun',
      uploadDir,
    })
  })

  it('should refuse wrong options with a message that says how to fix them', () => {
    expect(() => sanitizeOptions({ organisationName: '' })).toThrow(
      /\[mal-och-budget\] `organisationName`/,
    )
    const wrong = { disabled: 'yes' } as unknown as MalOchBudgetPluginOptions
    expect(() => sanitizeOptions(wrong)).toThrow(
      /\[mal-och-budget\] `disabled` must be true or false/,
    )
  })

  it('should not mutate the options or the incoming config', async () => {
    const options: MalOchBudgetPluginOptions = { organisationName: 'Hedemora kommun' }
    const config: Config = { collections: [], globals: [], secret: 's' } as unknown as Config
    const frozen = structuredClone({ options, config })
    const result = await malOchBudgetPlugin(options)(config)
    expect({ options, config }).toEqual(frozen)
    expect(result.collections?.map((c) => c.slug)).toEqual([
      'budget-plans',
      'focus-areas',
      'goals',
      'initiatives',
      'savings-measures',
      'feedback',
      'media',
      'documents',
      'users',
      'job-leases',
      'gdpr-requests',
    ])
    expect(result.localization).toMatchObject({ defaultLocale: 'sv', fallback: true })
    expect(result.globals?.map((g) => g.slug)).toEqual(['site-settings', 'public-change-marker'])
    expect(result.admin?.user).toBe('users')
  })

  it('should refuse a config that already has a users collection', () => {
    const config = { collections: [{ slug: 'users', fields: [] }] } as unknown as Config
    expect(() => malOchBudgetPlugin()(config)).toThrow(/already has a "users" collection/)
  })
})

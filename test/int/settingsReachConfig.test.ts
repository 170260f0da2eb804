import fc from 'fast-check'

import { buildAppConfig } from '../../host/config'
import { readSettings } from '../../host/settings'

/**
 * Every number a setting accepts, the configuration built from it accepts too: a wrong value stops
 * start-up at the setting, naming the variable — never later, naming an option of the plugin that
 * an operator never set.
 */
describe('numeric settings against the configuration they feed', () => {
  const base = { DATABASE_URL: 'file:/tmp/never-opened.db', PAYLOAD_SECRET: 'x'.repeat(40) }

  it.each(['FEEDBACK_RATE_PER_DAY', 'FEEDBACK_RATE_PER_MINUTE'])(
    'should refuse %s at the setting when the configuration would refuse it',
    async (variable) => {
      await fc.assert(
        fc.asyncProperty(fc.integer({ max: 5_000_000, min: -5 }), async (n) => {
          let settings: ReturnType<typeof readSettings>
          try {
            settings = readSettings({ ...base, [variable]: String(n) })
          } catch (error) {
            expect(String(error)).toContain(`${variable}="${n}"`)
            return
          }
          await expect(buildAppConfig(settings)).resolves.toBeDefined()
        }),
        { numRuns: 40, seed: Date.now() % 2_147_483_647 },
      )
    },
  )

  it('should name the range in the message', () => {
    expect(() => readSettings({ ...base, FEEDBACK_RATE_PER_DAY: '1000000' })).toThrow(
      /FEEDBACK_RATE_PER_DAY="1000000" must be a whole number from 1 to 100000/,
    )
  })
})

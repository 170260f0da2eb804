import { runnerCron, tickNumber } from '../../src/lib/jobClock'

describe('job clock', () => {
  it('should give clock-aligned cron expressions', () => {
    expect(runnerCron(5)).toBe('*/5 * * * * *')
    expect(runnerCron(60)).toBe('0 */1 * * * *')
    expect(runnerCron(300)).toBe('0 */5 * * * *')
    expect(runnerCron(3600)).toBe('0 0 * * * *')
  })

  it('should give processes that fire a moment apart the same tick, and the next tick a new one', () => {
    const at = (iso: string) => tickNumber(new Date(iso), 60)
    expect(at('2026-11-26T10:00:00.010Z')).toBe(at('2026-11-26T09:59:59.990Z'))
    expect(at('2026-11-26T10:00:20Z')).toBe(at('2026-11-26T10:00:00Z'))
    expect(at('2026-11-26T10:01:00Z')).toBe(at('2026-11-26T10:00:00Z') + 1)
  })
})

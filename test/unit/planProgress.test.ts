import { planProgress } from '../../src/lib/planProgress'

describe('planProgress', () => {
  it('should average the progress of the initiatives, done counting as 100', () => {
    const result = planProgress([
      { progress: 20, status: 'ongoing' },
      { progress: 40, status: 'done' },
      { progress: 0, status: 'planned' },
    ])
    expect(result.percent).toBe(40)
    expect(result.counts).toEqual({ cancelled: 0, done: 1, ongoing: 1, planned: 1, postponed: 0 })
  })

  it('should leave cancelled initiatives out of the figure but count them', () => {
    const result = planProgress([
      { progress: 50, status: 'ongoing' },
      { progress: 10, status: 'cancelled' },
    ])
    expect(result.percent).toBe(50)
    expect(result.counts.cancelled).toBe(1)
  })

  it('should clamp odd values and give null when nothing counts', () => {
    expect(
      planProgress([
        { progress: 250, status: 'ongoing' },
        { progress: -5, status: 'postponed' },
      ]).percent,
    ).toBe(50)
    expect(planProgress([]).percent).toBeNull()
    expect(planProgress([{ status: 'cancelled' }]).percent).toBeNull()
  })

  it('should round to one decimal', () => {
    expect(planProgress([{ progress: 10 }, { progress: 10 }, { progress: 11 }]).percent).toBe(10.3)
  })
})

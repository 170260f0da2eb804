import { goalStatus, indicatorStatus } from '../../src/lib/goalStatus'

const higher = (
  latest: null | number,
  target: null | number,
  baseline?: number,
  national?: number,
) => ({
  baseline: baseline === undefined ? null : { value: baseline, year: 2019 },
  direction: 'higher' as const,
  latest: latest === null ? null : { value: latest, year: 2020 },
  nationalAverage: national === undefined ? null : { value: national, year: 2020 },
  target: target === null ? null : { value: target, year: 2022 },
})

describe('indicatorStatus', () => {
  it('should be on track when the latest value meets the target', () => {
    expect(indicatorStatus(higher(80, 80, 70))).toBe('on_track')
    expect(indicatorStatus({ ...higher(10, 12, 15), direction: 'lower' })).toBe('on_track')
  })

  it('should be at risk when it moved the right way from the baseline but misses the target', () => {
    expect(indicatorStatus(higher(75, 80, 70))).toBe('at_risk')
    expect(indicatorStatus({ ...higher(13, 12, 15), direction: 'lower' })).toBe('at_risk')
  })

  it('should be off track when it stood still or moved the wrong way', () => {
    expect(indicatorStatus(higher(70, 80, 70))).toBe('off_track')
    expect(indicatorStatus(higher(65, 80, 70))).toBe('off_track')
    expect(indicatorStatus({ ...higher(16, 12, 15), direction: 'lower' })).toBe('off_track')
  })

  it('should compare with the national average when there is no baseline', () => {
    expect(indicatorStatus(higher(75, 80, undefined, 74))).toBe('at_risk')
    expect(indicatorStatus(higher(70, 80, undefined, 74))).toBe('off_track')
  })

  it('should have no data without a latest value or a target', () => {
    expect(indicatorStatus(higher(null, 80, 70))).toBe('no_data')
    expect(indicatorStatus(higher(75, null, 70))).toBe('no_data')
    expect(indicatorStatus({})).toBe('no_data')
  })
})

describe('goalStatus', () => {
  it('should take the worst indicator that has data', () => {
    expect(goalStatus([higher(80, 80), higher(75, 80, 70)])).toBe('at_risk')
    expect(goalStatus([higher(80, 80), higher(60, 80, 70), higher(null, 80)])).toBe('off_track')
    expect(goalStatus([higher(90, 80), higher(null, 80)])).toBe('on_track')
  })

  it('should have no data without indicators or values', () => {
    expect(goalStatus([])).toBe('no_data')
    expect(goalStatus(null)).toBe('no_data')
    expect(goalStatus([higher(null, null)])).toBe('no_data')
  })
})

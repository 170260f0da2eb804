import type { SeriesPoint } from '../../src/lib/indicatorSeries'

import { assessIndicator, formatFigure, placeName } from '../../src/lib/assessIndicator'
import { goalStatus } from '../../src/lib/goalStatus'

const point = (
  year: number,
  value: null | number,
  national: null | number = null,
): SeriesPoint => ({
  group: null,
  national,
  preliminary: false,
  source: 'kolada',
  value,
  valueMen: null,
  valueWomen: null,
  year,
})

describe('assessIndicator', () => {
  it('should say how the municipality compares with Riket and with two years earlier', () => {
    const result = assessIndicator(
      {
        direction: 'lower',
        series: [point(2021, 230, 228), point(2022, 220, 229), point(2023, 212, 229)],
      },
      'Hedemora',
    )
    expect(result.explanation).toBe(
      'Hedemora 212 – riket 229 (2023). Bättre än riket och bättre än 2021.',
    )
    expect(result.status).toBe('on_track')
  })

  it('should write the issue example: worse than Riket but better than 2021', () => {
    const result = assessIndicator(
      { direction: 'higher', series: [point(2021, 200, 225), point(2023, 212, 229)] },
      'Hedemora',
    )
    expect(result.explanation).toBe(
      'Hedemora 212 – riket 229 (2023). Sämre än riket, men bättre än 2021.',
    )
    expect(result.status).toBe('at_risk')
  })

  it('should be off track when worse than Riket and not improving', () => {
    const result = assessIndicator(
      { direction: 'higher', series: [point(2021, 215, 225), point(2023, 212, 229)] },
      'Hedemora',
    )
    expect(result.status).toBe('off_track')
    expect(result.explanation).toBe(
      'Hedemora 212 – riket 229 (2023). Sämre än riket och sämre än 2021.',
    )
  })

  it('should judge by the target when there is one, and say whether it is reached', () => {
    const reached = assessIndicator(
      { direction: 'higher', series: [point(2022, 81.5, 85)], target: { value: 80, year: 2024 } },
      'Säter',
    )
    expect(reached.status).toBe('on_track')
    expect(reached.explanation).toBe(
      'Säter 81,5 – riket 85 (2022). Sämre än riket. Målvärdet 80 är nått.',
    )
    const missed = assessIndicator(
      {
        direction: 'lower',
        series: [point(2020, 14), point(2022, 13)],
        target: { value: 10, year: 2025 },
      },
      'Säter',
    )
    expect(missed.status).toBe('at_risk')
    expect(missed.explanation).toBe('Säter 13 (2022). Bättre än 2020. Målvärdet är 10 till 2025.')
  })

  it('should use the newest year with a value and mark own and preliminary figures', () => {
    const result = assessIndicator(
      {
        direction: 'higher',
        series: [{ ...point(2022, 70, 72), source: 'manual' }, { ...point(2023, null, 73) }],
      },
      'Hedemora',
    )
    expect(result.explanation).toBe('Hedemora 70 – riket 72 (2022, egen uppgift). Sämre än riket.')
    const prel = assessIndicator(
      { direction: 'higher', series: [{ ...point(2024, 70, 60), preliminary: true }] },
      'Hedemora',
    )
    expect(prel.explanation).toBe(
      'Hedemora 70 – riket 60 (2024). Bättre än riket. Uppgiften för 2024 är preliminär.',
    )
  })

  it('should have no data without a value, or with nothing to compare with', () => {
    expect(assessIndicator({ series: [point(2023, null, 229)] }, 'X')).toEqual({
      explanation: null,
      status: 'no_data',
    })
    expect(assessIndicator({ series: [point(2023, 5)] }, 'X').status).toBe('no_data')
  })
})

describe('goalStatus', () => {
  it('should be as well as the worst indicator with data', () => {
    expect(goalStatus(['on_track', 'at_risk', 'no_data'])).toBe('at_risk')
    expect(goalStatus(['on_track', 'off_track'])).toBe('off_track')
    expect(goalStatus(['no_data'])).toBe('no_data')
    expect(goalStatus([])).toBe('no_data')
  })
})

describe('formatFigure and placeName', () => {
  it('should write figures the Swedish way and shorten the organisation name', () => {
    expect(formatFigure(1234.56)).toBe('1 234,6')
    expect(placeName('Hedemora kommun')).toBe('Hedemora')
    expect(placeName('Stockholms stad')).toBe('Stockholms')
    expect(placeName('')).toBe('Kommunen')
  })
})

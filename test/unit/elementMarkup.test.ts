import { createElement } from 'react'

import type { PublicIndicator } from '../../src/shape/publicPageShape'

import { elementMarkup } from '../../src/cards/elementMarkup'
import { IndicatorFigures } from '../../src/publicPage/site/IndicatorFigures'
import { pageWords } from '../../src/publicPage/site/pageWords'

const indicator: PublicIndicator = {
  baseline: { value: 70, year: 2019 },
  direction: 'higher',
  explanation: 'Hedemora 75 – riket 80 (2021).',
  kolada: null,
  kpiId: null,
  latest: { value: 75, year: 2021 },
  name: 'Elever i åk 9 med <behörighet> & "betyg"',
  nationalAverage: { value: 80, year: 2021 },
  series: [2019, 2020, 2021].map((year, i) => ({
    group: null,
    national: 78 + i,
    preliminary: false,
    source: 'manual' as const,
    value: 70 + i * 2.5,
    valueMen: null,
    valueWomen: null,
    year,
  })),
  source: 'Skolverket',
  status: 'at_risk',
  target: { value: 85, year: 2024 },
  unit: '%',
}

/** The goal card's indicator figures: the page's own components as static markup. */
describe('elementMarkup', () => {
  const html = elementMarkup(
    createElement(IndicatorFigures, {
      group: null,
      id: 'kort-1-0',
      indicator,
      place: 'Hedemora',
      words: pageWords('sv').indicator,
    }),
  )

  it('should write the chart as SVG with its accessible name and the attributes SVG spells', () => {
    expect(html).toContain(
      '<svg aria-labelledby="kort-1-0-title kort-1-0-desc" class="indicator-chart" role="img" viewBox="0 0 320 220" width="100%">',
    )
    expect(html).toContain('stroke-dasharray="6 4"')
    expect(html).toContain('font-family="system-ui, sans-serif"')
    expect(html).toContain(
      '<title id="kort-1-0-title">Diagram: Elever i åk 9 med &lt;behörighet&gt; &amp; &quot;betyg&quot;</title>',
    )
    expect(html).not.toMatch(/strokeWidth|className|key=/)
  })

  it('should write the same figures as a table, each year a row', () => {
    expect(html).toContain('<table class="indicator-table">')
    expect(html.match(/<th scope="row">/g)).toHaveLength(3)
    expect(html).toContain('<td>72,5 (egen uppgift)</td>')
    expect(html).toContain('tabindex="0"')
  })
})

import { indicatorSeries, type KoladaPoint } from '../../src/lib/indicatorSeries'
import { diffPoints, mergePoints, toPoints } from '../../src/indicators/koladaPoints'

const point = (area: string, year: number, value: null | number): KoladaPoint => ({
  area,
  men: null,
  preliminary: false,
  value,
  women: null,
  year,
})

describe('Kolada points', () => {
  it('should read total, women, men and "Prel" per area and year, skipping deleted values', () => {
    expect(
      toPoints([
        {
          kpi: 'N15419',
          municipality: '2083',
          period: 2023,
          values: [
            { gender: 'T', status: 'Prel', value: 72.3 },
            { gender: 'K', status: '', value: 75 },
            { gender: 'M', isdeleted: true, status: '', value: 1 },
          ],
        },
      ]),
    ).toEqual([{ area: '2083', men: null, preliminary: true, value: 72.3, women: 75, year: 2023 }])
  })

  it('should replace only the areas and years fetched, and list exactly what changed', () => {
    const stored = [point('2083', 2010, 1), point('2083', 2020, 5), point('0000', 2020, 6)]
    const merged = mergePoints(stored, [point('2083', 2020, 7)], ['2083', '0000'], [2020])
    // Kolada no longer has Riket's 2020: it is gone; 2010 was not asked for: it stays.
    expect(merged).toEqual([point('2083', 2010, 1), point('2083', 2020, 7)])
    expect(diffPoints('N15419', stored, merged)).toEqual([
      { after: null, area: '0000', before: 6, kpiId: 'N15419', year: 2020 },
      { after: 7, area: '2083', before: 5, kpiId: 'N15419', year: 2020 },
    ])
    expect(diffPoints('N15419', merged, merged)).toEqual([])
  })
})

describe('indicatorSeries', () => {
  it("should put the municipality, Riket and the group side by side, the editor's own figures first", () => {
    const kolada = [
      point('2083', 2021, 10),
      point('0000', 2021, 12),
      point('G1', 2021, 11),
      point('2083', 2022, 9),
    ]
    expect(
      indicatorSeries(
        kolada,
        [
          { value: 8, year: 2022 },
          { national: 13, value: 7, year: 2023 },
        ],
        {
          group: 'G1',
          municipality: '2083',
        },
      ),
    ).toEqual([
      {
        group: 11,
        national: 12,
        preliminary: false,
        source: 'kolada',
        value: 10,
        valueMen: null,
        valueWomen: null,
        year: 2021,
      },
      {
        group: null,
        national: null,
        preliminary: false,
        source: 'manual',
        value: 8,
        valueMen: null,
        valueWomen: null,
        year: 2022,
      },
      {
        group: null,
        national: 13,
        preliminary: false,
        source: 'manual',
        value: 7,
        valueMen: null,
        valueWomen: null,
        year: 2023,
      },
    ])
    // Another municipality's figures never show as ours; a group not chosen is left out.
    expect(indicatorSeries(kolada, [], { group: null, municipality: '0180' })).toEqual([
      expect.objectContaining({ national: 12, value: null, year: 2021 }),
    ])
  })
})

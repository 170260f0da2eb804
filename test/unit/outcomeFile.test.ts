import { parseOutcomeFile } from '../../src/followUp/importOutcomes'
import { windows1252 } from '../helpers/budgetFiles'

const csv = (rows: string[][]) =>
  Buffer.from(
    [['nämnd', 'typ', 'utfall_tkr', 'prognos_tkr', 'kommentar'], ...rows]
      .map((r) => r.join(';'))
      .join('\r\n'),
  )

describe('parseOutcomeFile (nämnd;typ;utfall_tkr;prognos_tkr;kommentar)', () => {
  it('should read outcomes and forecasts in thousands, Swedish numbers, Windows-1252 too', async () => {
    const text = [
      'nämnd;typ;utfall_tkr;prognos_tkr;kommentar',
      'Barn- och utbildningsnämnden;drift;80 100,5;121 500;Fler elever än väntat',
      'Kommunstyrelsen;investering;12 000;;',
    ].join('\r\n')
    for (const file of [Buffer.from(text), windows1252(text)]) {
      expect(await parseOutcomeFile(file)).toEqual({
        errors: [],
        rows: [
          {
            comment: 'Fler elever än väntat',
            committee: 'Barn- och utbildningsnämnden',
            forecast: 121_500,
            kind: 'drift',
            outcome: 80_100.5,
            row: 2,
          },
          {
            comment: null,
            committee: 'Kommunstyrelsen',
            forecast: null,
            kind: 'investering',
            outcome: 12_000,
            row: 3,
          },
        ],
      })
    }
  })

  it('should refuse every bad row with its number and the reason, and keep none', async () => {
    const { errors, rows } = await parseOutcomeFile(
      csv([
        ['Kommunstyrelsen', 'drift', '10', '', ''],
        ['=HYPERLINK("x")', 'drift', '1', '', ''],
        ['Kulturnämnden', 'kvartal', '1', '', ''],
        ['Tekniska nämnden', 'drift', 'tolv', '', ''],
        ['Socialnämnden', 'drift', '', '', ''],
        ['Kommunstyrelsen', 'drift', '11', '', ''],
      ]),
    )
    expect(errors.map((e) => [e.row, e.message.split(' / ')[0]])).toEqual([
      [3, expect.stringContaining('som ett kalkylblad kör som formel')],
      [4, 'typ är "kvartal", ska vara drift eller investering'],
      [5, 'utfall_tkr "tolv" är inget rimligt tal (t.ex. 12 345,5)'],
      [6, 'utfall_tkr eller prognos_tkr behövs'],
      [7, 'Kommunstyrelsen (drift) finns redan på rad 2'],
    ])
    expect(rows).toHaveLength(1)
  })

  it('should name the missing columns of a header row', async () => {
    const { errors } = await parseOutcomeFile(
      Buffer.from('nämnd;typ;belopp_tkr\r\nKommunstyrelsen;drift;1\r\n'),
    )
    expect(errors).toEqual([
      { message: expect.stringContaining('Rubrikraden saknar utfall_tkr;'), row: 1 },
    ])
  })
})

import type { PublicPage } from '../../src/shape/publicPageShape'

import { compareEditions } from '../../src/publicPage/compareEditions'

type Goal = PublicPage['goals'][number]
type Initiative = PublicPage['initiatives'][number]
type Measure = PublicPage['savingsMeasures'][number]

const goal = (id: string, title: string, target: null | number = null): Goal => ({
  description: null,
  easyRead: null,
  focusAreaIds: [],
  id,
  indicators: [
    {
      baseline: { value: null, year: null },
      direction: 'higher',
      explanation: null,
      kolada: null,
      kpiId: null,
      latest: { value: null, year: null },
      name: 'Andel',
      nationalAverage: { value: null, year: null },
      series: [],
      source: null,
      status: 'no_data',
      target: { value: target, year: target === null ? null : 2024 },
      unit: '%',
    },
  ],
  rationale: null,
  status: 'no_data',
  title,
})

const initiative = (
  id: string,
  title: string,
  status: Initiative['status'],
  progress = 0,
): Initiative => ({
  description: [],
  endDate: null,
  focusAreas: [],
  goals: [],
  id,
  milestones: [],
  places: [],
  progress,
  responsibleCommittee: null,
  startDate: null,
  status,
  title,
})

const measure = (id: string, title: string, amount: null | number): Measure => ({
  category: 'other',
  description: null,
  estimatedAnnualSavings: amount,
  id,
  status: 'planned',
  title,
})

const edition = (year: number, parts: Partial<PublicPage>): PublicPage =>
  ({
    goals: [],
    initiatives: [],
    savingsMeasures: [],
    tax: { rate: null, statement: null, unchanged: true },
    year,
    ...parts,
  }) as PublicPage

describe('compareEditions', () => {
  it('should name every kind of change between two years in plain Swedish, by the editions’ links', () => {
    const before = edition(2021, {
      goals: [goal('g1', 'Bättre skola', 80), goal('g2', 'Färre bilar')],
      initiatives: [
        initiative('i1', 'Bygga bostäder', 'ongoing', 20),
        initiative('i2', 'Cykelvägar', 'ongoing', 50),
        initiative('i3', 'Fritidsgård', 'planned'),
        initiative('i4', 'Stadssjöar', 'postponed'),
        initiative('i5', 'Miljöbilar', 'ongoing', 10),
        initiative('i6', 'Lokaler', 'done', 100),
      ],
      savingsMeasures: [measure('s1', 'Inköp', 1_000_000), measure('s2', 'Lokaler', 200_000)],
      tax: { rate: 22.34, statement: null, unchanged: true },
    })
    const after = edition(2022, {
      goals: [goal('G1', 'Bättre skola för alla', 85), goal('G3', 'Fler i arbete')],
      initiatives: [
        initiative('I1', 'Bygga bostäder', 'done', 100),
        initiative('I2', 'Cykelvägar', 'ongoing', 70),
        initiative('I3', 'Fritidsgård', 'cancelled'),
        initiative('I4', 'Stadssjöar', 'ongoing', 0),
        initiative('I5', 'Miljöbilar', 'ongoing', 10),
        initiative('I7', 'Nytt bibliotek', 'planned'),
      ],
      savingsMeasures: [
        measure('S1', 'Inköp', 1_200_000),
        measure('S3', 'Digitalisering', 500_000),
      ],
      tax: { rate: 22.84, statement: null, unchanged: false },
    })
    const links = new Map([
      ['G1', 'g1'],
      ['I1', 'i1'],
      ['I2', 'i2'],
      ['I3', 'i3'],
      ['I4', 'i4'],
      ['I5', 'i5'],
      ['S1', 's1'],
    ])
    const changes = compareEditions(before, after, links, { carriedOver: true })
    expect(changes.map((c) => [c.kind, c.text])).toEqual([
      ['goal_renamed', 'Målet "Bättre skola" heter nu "Bättre skola för alla".'],
      [
        'goal_retargeted',
        'Målvärdet för "Andel" (målet "Bättre skola för alla") ändrades från 80 % (2024) till 85 % (2024).',
      ],
      ['goal_added', 'Nytt mål: "Fler i arbete".'],
      ['goal_removed', 'Målet "Färre bilar" finns inte längre med.'],
      ['initiative_done', 'Insatsen "Bygga bostäder" är klar.'],
      ['initiative_progress', 'Insatsen "Cykelvägar" har kommit 70 % av vägen (var 50 %).'],
      ['initiative_cancelled', 'Insatsen "Fritidsgård" har avbrutits.'],
      ['initiative_resumed', 'Insatsen "Stadssjöar" är nu pågår (var uppskjuten).'],
      ['initiative_carried_over', 'Insatsen "Miljöbilar" fortsätter från 2021.'],
      ['initiative_added', 'Ny insats: "Nytt bibliotek".'],
      ['initiative_removed', 'Insatsen "Lokaler" finns inte längre med (klar 2021).'],
      [
        'savings_amount_changed',
        'Beräknad besparing för "Inköp" ändrades från 1 000 000 kr till 1 200 000 kr per år.',
      ],
      ['savings_added', 'Ny besparing: "Digitalisering".'],
      ['savings_removed', 'Besparingen "Lokaler" finns inte längre med.'],
      ['tax_changed', 'Kommunalskatten ändrades från 22,34 % till 22,84 %.'],
    ])
    expect(changes.find((c) => c.kind === 'savings_added')).toMatchObject({
      after: '500 000 kr',
      before: null,
    })
  })

  it('should find nothing between an edition and itself, and no carried-over lines since a decision', () => {
    const page = edition(2021, { initiatives: [initiative('i1', 'A', 'ongoing', 5)] })
    expect(compareEditions(page, page, new Map([['i1', 'i1']]), { carriedOver: false })).toEqual([])
  })

  it("should name each of the plan's own texts that changed since the decision, one sentence each", () => {
    const section = (heading: null | string, paragraphs: string[]) => ({
      heading,
      listLead: null,
      paragraphs,
    })
    const decided = edition(2021, {
      economy: section('Ekonomi och kommunalskatt', ['Skatten är 22,34 %.']),
      intro: section(null, ['Första stycket.', 'Andra stycket.']),
      vision: 'Hedemora – en bra plats att leva på.',
      work: section('Så här jobbar vi för dig', ['Vi jobbar.']),
    })
    const today = edition(2021, {
      economy: section('Ekonomi och kommunalskatt', ['Skatten är 22,34 %.']),
      intro: section(null, ['Första stycket.', 'Ett nytt andra stycke.', 'Ett tredje.']),
      vision: 'Hedemora – en bra plats att leva på.',
      work: section('Så jobbar vi', ['Vi jobbar.']),
    })
    const changes = compareEditions(decided, today, new Map(), { carriedOver: false, texts: true })
    expect(changes.map((c) => [c.kind, c.text, c.before, c.after])).toEqual([
      [
        'text_changed',
        'Inledningen har ändrats: 2 stycken har skrivits om eller lagts till, 1 stycke har tagits bort eller ersatts.',
        'Andra stycket.',
        'Ett nytt andra stycke.',
      ],
      ['text_changed', 'Avsnittet "Så här jobbar vi för dig" heter nu "Så jobbar vi".', null, null],
    ])
    // Between years every text is new: not compared unless asked.
    expect(compareEditions(decided, today, new Map(), { carriedOver: true })).toEqual([])
  })
})

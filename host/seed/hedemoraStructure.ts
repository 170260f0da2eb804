/**
 * The structure the reference page implies but does not spell out as data: the four focus areas,
 * the goals its text names, and which initiatives serve which goal, focus area and place.
 * Indicators carry only what the page implies (name, unit, direction, Kolada id where one is known):
 * no figure is seeded — figures come from a Kolada import or an editor ("Uppgifter saknas" until then).
 */

/** The four focus areas, in the order the page names them. */
export const hedemoraFocusAreas = [
  { slug: 'jamlik-halsa', title: 'Jämlik hälsa' },
  { slug: 'miljo', title: 'Miljö' },
  { slug: 'inkludering', title: 'Inkludering' },
  { slug: 'jamstalldhet', title: 'Jämställdhet' },
] as const

type FocusSlug = (typeof hedemoraFocusAreas)[number]['slug']

/** The goals named in "Så här jobbar vi för dig". */
export const hedemoraGoals: {
  focusAreas: FocusSlug[]
  indicators: {
    direction: 'higher' | 'lower'
    kpiId?: string
    name: string
    source: string
    unit: string
  }[]
  key: string
  rationale: string
  title: string
}[] = [
  {
    focusAreas: ['jamlik-halsa', 'jamstalldhet'],
    indicators: [
      {
        direction: 'higher',
        kpiId: 'N15419',
        name: 'Elever i åk 9 som uppnått kunskapskraven i alla ämnen',
        source: 'Kolada',
        unit: '%',
      },
    ],
    key: 'school',
    rationale:
      'Flickor och pojkar i våra skolor ska få bästa möjliga förutsättningar och möjligheten och lust till att lära är avgörande inte bara för skolan utan för framtiden.',
    title: 'Bättre skolresultat för flickor och pojkar',
  },
  {
    focusAreas: ['inkludering'],
    indicators: [
      {
        direction: 'lower',
        name: 'Unga vuxna (18–24 år) med ekonomiskt bistånd',
        source: 'Kolada',
        unit: '%',
      },
    ],
    key: 'assistance',
    rationale: 'I Hedemora är antalet unga vuxna med ekonomiskt bistånd fler än snittet i landet.',
    title: 'Färre unga vuxna med ekonomiskt bistånd',
  },
  {
    focusAreas: ['jamlik-halsa'],
    indicators: [
      {
        direction: 'lower',
        kpiId: 'U21401',
        name: 'Antal personal som en hemtjänsttagare möter under 14 dagar',
        source: 'Kolada',
        unit: 'antal',
      },
    ],
    key: 'homecare',
    rationale:
      'De hedemorabor som är i behov av hemtjänst ska ha kontakt med så få personer som möjligt.',
    title: 'Hemtjänst där du möter så få personer som möjligt',
  },
  {
    focusAreas: ['jamlik-halsa'],
    indicators: [
      {
        direction: 'higher',
        name: 'Brukarbedömning särskilt boende äldreomsorg – helhetssyn',
        source: 'Socialstyrelsen, Vad tycker de äldre om äldreomsorgen?',
        unit: '%',
      },
    ],
    key: 'housing',
    rationale: 'Vi ska erbjuda bra boenden med hög kvalitet och trivsel.',
    title: 'Bra boenden för äldre med hög kvalitet och trivsel',
  },
]

/** For each of the 14 initiatives (by position): goals, focus areas and places it concerns. */
export const hedemoraInitiativeLinks: Record<
  number,
  { focusAreas?: FocusSlug[]; goals?: string[]; places?: string[] }
> = {
  1: {
    focusAreas: ['jamlik-halsa'],
    goals: ['housing'],
    places: ['Gussarvsgården', 'Långshyttan'],
  },
  2: { focusAreas: ['inkludering'], goals: ['assistance'] },
  3: { focusAreas: ['jamlik-halsa', 'inkludering'] },
  4: { focusAreas: ['miljo'] },
  6: { places: ['Åsgatan, Hedemora'] },
  8: { goals: ['school'], places: ['Hovranområdet'] },
  9: { focusAreas: ['jamlik-halsa', 'inkludering'] },
  10: { focusAreas: ['jamlik-halsa'] },
  11: { focusAreas: ['miljo'], places: ['Hönsan', 'Munken'] },
  12: { focusAreas: ['miljo'] },
  13: { focusAreas: ['miljo'] },
}

import {
  boolean,
  float,
  int,
  list,
  nullable,
  object,
  oneOf,
  string,
  type ValueOf,
} from './describe'
import {
  GOAL_STATUS_OPTIONS,
  INITIATIVE_STATUS_OPTIONS,
  SAVINGS_CATEGORY_OPTIONS,
  SAVINGS_STATUS_OPTIONS,
  valuesOf,
} from '../lib/statusOptions'
import { ACCESSIBILITY_COMPLIANCE, ACCESSIBILITY_METHODS } from '../lib/accessibilityStatement'
import { FOLLOW_UP_SHAPE } from './followUpShape'

const GOAL_STATUSES = valuesOf(GOAL_STATUS_OPTIONS)

const Measurement = object('PublicMeasurement', 'A value and the year it refers to.', {
  value: nullable(float),
  year: nullable(int),
})

const SeriesPoint = object(
  'PublicSeriesPoint',
  "One year of an indicator: the municipality's value (total, women, men), Riket's and the comparison group's.",
  {
    group: nullable(float),
    national: nullable(float),
    preliminary: boolean,
    /** `kolada`, or `manual` for the editor's own figure ("egen uppgift"). */
    source: oneOf(['kolada', 'manual']),
    value: nullable(float),
    valueMen: nullable(float),
    valueWomen: nullable(float),
    year: int,
  },
)

const Indicator = object('PublicIndicator', 'An indicator a goal is followed up with.', {
  baseline: Measurement,
  direction: oneOf(['higher', 'lower']),
  /** One Swedish sentence on the newest figure, Riket and the trend, e.g. "Hedemora 212 – riket 229 (2023). …". */
  explanation: nullable(string),
  kolada: nullable(
    object('PublicKoladaSource', 'Where the Kolada figures come from (Källa: Kolada).', {
      fetchedAt: nullable(string),
      kpiId: string,
      title: nullable(string),
    }),
  ),
  kpiId: nullable(string),
  /** The newest year with a municipality value in the series. */
  latest: Measurement,
  name: string,
  /** Riket's value in the year of `latest`. */
  nationalAverage: Measurement,
  series: list(SeriesPoint),
  source: nullable(string),
  status: oneOf(GOAL_STATUSES),
  target: Measurement,
  unit: nullable(string),
})

const Goal = object(
  'PublicGoal',
  'A goal with its indicators and status (on_track, at_risk, off_track, no_data).',
  {
    description: nullable(string),
    /** The goal in easy Swedish (lättläst), when written. */
    easyRead: nullable(string),
    focusAreaIds: list(string),
    id: string,
    indicators: list(Indicator),
    rationale: nullable(string),
    status: oneOf(GOAL_STATUSES),
    title: string,
  },
)

const Ref = object('PublicRef', 'Another document: id and title.', { id: string, title: string })

const Initiative = object('PublicInitiative', 'What the municipality does this year.', {
  description: list(string),
  endDate: nullable(string),
  focusAreas: list(Ref),
  goals: list(Ref),
  id: string,
  milestones: list(
    object('PublicMilestone', 'A milestone of an initiative.', {
      date: string,
      description: nullable(string),
      title: string,
    }),
  ),
  places: list(
    object('PublicPlace', 'A place an initiative concerns.', {
      latitude: nullable(float),
      longitude: nullable(float),
      name: string,
    }),
  ),
  progress: float,
  responsibleCommittee: nullable(string),
  startDate: nullable(string),
  status: oneOf(valuesOf(INITIATIVE_STATUS_OPTIONS)),
  title: string,
})

/** The kinds of change between two editions of a plan. */
export const CHANGE_KINDS = [
  'goal_added',
  'goal_removed',
  'goal_renamed',
  'goal_retargeted',
  'initiative_added',
  'initiative_carried_over',
  'initiative_done',
  'initiative_postponed',
  'initiative_cancelled',
  'initiative_resumed',
  'initiative_progress',
  'initiative_removed',
  'savings_added',
  'savings_removed',
  'savings_amount_changed',
  'tax_changed',
  'text_changed',
] as const

const Change = object('PublicChange', 'One change between two editions, with a Swedish sentence.', {
  after: nullable(string),
  before: nullable(string),
  kind: oneOf(CHANGE_KINDS),
  subject: string,
  text: string,
})

const Changes = object('PublicChanges', 'What changed since an earlier edition or the decision.', {
  changes: list(Change),
  /** A year, or `decided`. */
  since: string,
  /** In words: "2021" or "beslutet i kommunfullmäktige 2021-03-10". */
  sinceLabel: string,
})

const Section = object('PublicSection', 'A text section of the page.', {
  heading: nullable(string),
  listLead: nullable(string),
  paragraphs: list(string),
})

/** The whole public "Mål och budget" page of one year, in display order — described once. */
export const PUBLIC_PAGE_SHAPE = object(
  'PublicPlan',
  'The whole public "Mål och budget" page of one year, in display order.',
  {
    /** The budget per committee in whole kronor, with computed totals; null when the plan has none. */
    budget: nullable(
      object('PublicBudget', 'Operating frames, income and investments per committee (SEK).', {
        lines: list(
          object(
            'PublicBudgetLine',
            'One committee’s operating frame, income or investment (SEK).',
            {
              amount: float,
              committee: string,
              income: boolean,
              kind: oneOf(['drift', 'investering']),
              note: nullable(string),
              previousAmount: nullable(float),
            },
          ),
        ),
        /** Estimated annual savings of the plan's measures, per category (SEK). */
        savingsByCategory: list(
          object('PublicSavingsRollUp', 'Estimated annual savings of one category (SEK).', {
            amount: float,
            category: oneOf(valuesOf(SAVINGS_CATEGORY_OPTIONS)),
          }),
        ),
        totals: object('PublicBudgetTotals', 'Computed from the lines, never typed (SEK).', {
          income: float,
          investment: float,
          operating: float,
          previousOperating: nullable(float),
          result: float,
        }),
      }),
    ),
    /** What changed since the council's decision (this year's plan as decided), if decided. */
    changesSinceDecision: nullable(Changes),
    /** What changed since last year's published plan, the edition this one continues. */
    changesSincePrevious: nullable(Changes),
    /** The name of the comparison group shown beside the municipality and Riket, if any. */
    comparisonGroup: nullable(string),
    councilDecision: object('PublicCouncilDecision', 'The council decision.', {
      date: nullable(string),
      diaryNumber: nullable(string),
      paragraph: nullable(string),
    }),
    /** The council's decision of this plan, frozen, with where the decided version is read. */
    decision: nullable(
      object('PublicDecision', 'The council-decided version of the plan.', {
        correctionNote: nullable(string),
        date: string,
        diaryNumber: nullable(string),
        paragraph: nullable(string),
        /** The decided version's page, e.g. `/mal-och-budget/2021/beslutad`. */
        path: string,
      }),
    ),
    dataProtectionNotice: object('PublicNotice', 'The data-protection notice in force.', {
      customerService: nullable(string),
      date: nullable(string),
      pageUrl: nullable(string),
      phone: nullable(string),
      text: string,
      version: nullable(int),
    }),
    /** The plan in easy Swedish (lättläst), when written: the easy-to-read page's text. */
    easyRead: nullable(string),
    economy: Section,
    /** Every published year, newest first, for the year switcher. */
    editions: list(
      object('PublicEdition', 'A published year of the plan.', { path: string, year: int }),
    ),
    feedbackForm: object('PublicFeedbackForm', 'Texts of the feedback form.', {
      dataProtectionUrl: nullable(string),
      emailLabel: string,
      heading: string,
      intro: string,
      messageLabel: string,
      nameLabel: string,
      personalDataMonths: int,
      privacy: string,
      recordMonths: int,
      thanks: string,
    }),
    /** The plan's published follow-up reports ("Så gick det"), newest period first. */
    followUpReports: list(FOLLOW_UP_SHAPE),
    focusAreas: list(
      object('PublicFocusArea', 'A focus area with its goals.', {
        description: nullable(string),
        goals: list(Goal),
        id: string,
        slug: string,
        title: string,
      }),
    ),
    fullDocument: nullable(
      object('PublicDocument', 'The full budget document.', {
        filename: string,
        filesize: nullable(int),
        linkText: nullable(string),
        title: string,
        url: string,
      }),
    ),
    goals: list(Goal),
    governingParties: list(
      object('PublicParty', 'A governing party.', { abbreviation: nullable(string), name: string }),
    ),
    heroImage: nullable(
      object('PublicImage', 'The page image, in a sized rendition.', {
        alt: string,
        caption: nullable(string),
        height: nullable(int),
        url: string,
        width: nullable(int),
      }),
    ),
    id: string,
    initiatives: list(Initiative),
    intro: Section,
    locale: oneOf(['en', 'sv']),
    openData: object('PublicOpenData', 'Where the open data is.', {
      csv: string,
      json: string,
      licence: string,
      licenceUrl: nullable(string),
    }),
    organisation: string,
    pageUpdatedAt: nullable(string),
    pageUpdatedText: nullable(string),
    /** The page's address on the site: `${publicPath}/${year}`. */
    path: string,
    progress: object('PublicProgress', 'Overall progress of the initiatives.', {
      counts: object('PublicProgressCounts', 'Initiatives per state.', {
        cancelled: int,
        done: int,
        ongoing: int,
        planned: int,
        postponed: int,
      }),
      percent: nullable(float),
    }),
    savingsMeasures: list(
      object('PublicSavingsMeasure', 'How the municipality cuts its costs.', {
        category: oneOf(valuesOf(SAVINGS_CATEGORY_OPTIONS)),
        description: nullable(string),
        estimatedAnnualSavings: nullable(float),
        id: string,
        status: oneOf(valuesOf(SAVINGS_STATUS_OPTIONS)),
        title: string,
      }),
    ),
    /** How the organisation's page looks, and whom a resident contacts. */
    site: object('PublicSite', "The organisation's look and contact details.", {
      /** Links' colour (`#rrggbb`, at least 4.5:1 against white). */
      accentColor: string,
      /** The accessibility statement kept in the site settings, once filled in. */
      accessibilityStatement: nullable(
        object(
          'PublicAccessibilityStatement',
          "The site's accessibility statement (DIGG's model): compliance, known shortcomings, how it was assessed.",
          {
            assessedOn: nullable(string),
            assessmentMethod: nullable(oneOf(valuesOf(ACCESSIBILITY_METHODS))),
            compliance: oneOf(valuesOf(ACCESSIBILITY_COMPLIANCE)),
            howToReport: nullable(string),
            /** The statement's page (`${publicPath}/tillganglighet`). */
            path: string,
            shortcomings: list(string),
          },
        ),
      ),
      accessibilityStatementUrl: nullable(string),
      contactPhone: nullable(string),
      customerService: nullable(string),
      dataProtectionUrl: nullable(string),
      fontStack: oneOf(['humanist', 'serif', 'system']),
      logo: nullable(
        object('PublicLogo', "The organisation's logo.", {
          alt: string,
          height: nullable(int),
          url: string,
          width: nullable(int),
        }),
      ),
      /** The header's colour (`#rrggbb`, at least 4.5:1 against white text). */
      primaryColor: string,
    }),
    slug: string,
    subtitle: nullable(string),
    tax: object('PublicTax', 'The municipal tax.', {
      rate: nullable(float),
      statement: nullable(string),
      unchanged: boolean,
    }),
    title: string,
    vision: nullable(string),
    work: Section,
    year: int,
  },
)

/** A value of an indicator and its year. */
export type PublicMeasurement = ValueOf<typeof Measurement>
/** An indicator of a goal, as the public sees it. */
export type PublicIndicator = ValueOf<typeof Indicator>
/** A goal with its indicators and computed status. */
export type PublicGoal = ValueOf<typeof Goal>
/** A reference to another document: its id and title. */
export type PublicRef = ValueOf<typeof Ref>
/** An initiative with what it serves and where. */
export type PublicInitiative = ValueOf<typeof Initiative>
/** A text section of the page. */
export type PublicSection = ValueOf<typeof Section>
/** The whole public page of one plan, in display order. */
export type PublicPage = ValueOf<typeof PUBLIC_PAGE_SHAPE>
/** One year of an indicator's series. */
export type PublicSeriesPoint = ValueOf<typeof SeriesPoint>
/** One change between editions. */
export type PublicChange = ValueOf<typeof Change>
/** A list of changes and what they are counted from. */
export type PublicChanges = ValueOf<typeof Changes>
/** The plan's budget as the public sees it. */
export type PublicBudget = ValueOf<typeof PUBLIC_PAGE_SHAPE>['budget']

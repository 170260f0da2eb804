/**
 * The documents of the plugin's collections and globals as its hooks, endpoints and readers see
 * them: the plugin's own types, written from its own field definitions (a host's generated types
 * of the same collections match them; \`test/types/documentTypes.ts\` checks that they do).
 * Ids are numbers or strings: whatever the host's database adapter uses.
 */

import type { DefaultDocumentIDType } from 'payload'

/**
 * A document id: a number (SQLite, PostgreSQL) or a string (MongoDB) — the host's own id type once
 * it has generated its types, else either.
 */
export type DocumentId = DefaultDocumentIDType

/** A JSON field's value. */
export type Json = { [k: string]: unknown } | boolean | null | number | string | unknown[]

/** What the review recipe adds to each reviewed collection (see src/workflow). */
export interface Reviewed {
  _status?: ('draft' | 'published') | null
  publishedAt?: string | null
  publishedBy?: (DocumentId | null) | User
  reviewLog?:
    | {
        at?: string | null
        by?: (DocumentId | null) | User
        from?: string | null
        to?: string | null
        comment?: string | null
        id?: string | null
      }[]
    | null
  reviewPin?: Json
  reviewState?: ('approved' | 'draft' | 'in_review' | 'returned') | null
  scheduledPublish?: Json
}

/** The fields Payload adds to an upload collection: the file and where it is served. */
export interface Upload {
  url?: string | null
  thumbnailURL?: string | null
  filename?: string | null
  mimeType?: string | null
  filesize?: number | null
  width?: number | null
  height?: number | null
  focalX?: number | null
  focalY?: number | null
}

/** A rich text field's value (Lexical's editor state). */
export interface RichText {
  root: {
    type: string
    children: {
      type: string
      version: number
      [k: string]: unknown
    }[]
    direction: ('ltr' | 'rtl') | null
    format: 'left' | 'start' | 'center' | 'right' | 'end' | 'justify' | ''
    indent: number
    version: number
  }
  [k: string]: unknown
}

/** A member of staff, as the plugin sees the host's auth collection: the roles it adds. */
export interface User {
  id: DocumentId
  email?: string | null
  name?: string | null
  roles?: ('admin' | 'editor' | 'reviewer')[] | null
}

/**
 * The municipality's goals and budget, one page per year.
 */
export interface BudgetPlan extends Reviewed {
  id: DocumentId
  title: string
  subtitle?: string | null
  governingParties?:
    | {
        name: string
        abbreviation?: string | null
        id?: string | null
      }[]
    | null
  vision?: string | null
  easyRead?: string | null
  /**
   * Who governs, the challenge, the vision and the focus areas.
   */
  intro?: RichText | null
  workSection?: {
    heading?: string | null
    body?: RichText | null
    initiativesLead?: string | null
  }
  economySection?: {
    heading?: string | null
    body?: RichText | null
    savingsLead?: string | null
  }
  tax?: {
    /**
     * Optional, e.g. 22.21
     */
    rate?: number | null
    unchanged?: boolean | null
    statement?: string | null
  }
  focusAreas?: (DocumentId | FocusArea)[] | null
  goals?: {
    docs?: (DocumentId | Goal)[]
    hasNextPage?: boolean
    totalDocs?: number
  }
  initiatives?: {
    docs?: (DocumentId | Initiative)[]
    hasNextPage?: boolean
    totalDocs?: number
  }
  savingsMeasures?: {
    docs?: (DocumentId | SavingsMeasure)[]
    hasNextPage?: boolean
    totalDocs?: number
  }
  heroImage?: (DocumentId | null) | Media
  fullDocument?: {
    file?: (DocumentId | null) | Document
    linkText?: string | null
  }
  councilDecision?: {
    date?: string | null
    paragraph?: string | null
    diaryNumber?: string | null
  }
  budgetLines?:
    | {
        committee: string
        kind: 'drift' | 'investering'
        /**
         * e.g. tax revenue
         */
        income?: boolean | null
        amount: number
        previousAmount?: number | null
        note?: string | null
        goals?: (DocumentId | Goal)[] | null
        initiatives?: (DocumentId | Initiative)[] | null
        id?: string | null
      }[]
    | null
  year: number
  /**
   * Part of the page address. Left empty, it is made from the title.
   */
  slug: string
  /**
   * The same item in the previous year’s plan.
   */
  previousEdition?: (DocumentId | null) | BudgetPlan
  /**
   * Receives the feedback and review reminders of the page. Set by an admin.
   */
  pageOwner?: (DocumentId | null) | User
  reviewBy?: string | null
  /**
   * Set when a published change reaches the public page.
   */
  pageUpdatedAt?: string | null
  reviewReminderSentFor?: string | null
  pageUpdatedText?: string | null
  dataProtectionNotice?: {
    text?: string | null
    version?: number | null
    date?: string | null
    pageUrl?: string | null
    phone?: string | null
    customerService?: string | null
  }
  updatedAt: string
  createdAt: string
}

/**
 * The areas the municipality focuses its goals on.
 */
export interface FocusArea extends Reviewed {
  id: DocumentId
  title: string
  /**
   * Part of the page address. Left empty, it is made from the title.
   */
  slug: string
  description?: string | null
  /**
   * Lower numbers come first on the page.
   */
  order?: number | null
  updatedAt: string
  createdAt: string
}

/**
 * Goals chosen where the municipality does worse than the national average.
 */
export interface Goal extends Reviewed {
  id: DocumentId
  title: string
  description?: string | null
  /**
   * Why the goal was chosen: where the municipality does worse than the national average.
   */
  rationale?: string | null
  easyRead?: string | null
  /**
   * Measures that show whether the goal is reached, e.g. from Kolada.
   */
  indicators?:
    | {
        name: string
        kpiId?: string | null
        unit?: string | null
        direction: 'higher' | 'lower'
        baseline?: {
          value?: number | null
          year?: number | null
        }
        target?: {
          value?: number | null
          year?: number | null
        }
        /**
         * Show the figures Kolada has for this KPI (municipality, Riket, comparison group). Your own figures below win for their years.
         */
        useKolada?: boolean | null
        /**
         * Figures you enter yourself (shown as "egen uppgift"); an import never overwrites them.
         */
        figures?:
          | {
              year: number
              value: number
              national?: number | null
              group?: number | null
              id?: string | null
            }[]
          | null
        /**
         * Source of your own figures, e.g. "Socialstyrelsen". Kolada figures say "Källa: Kolada" by themselves.
         */
        source?: string | null
        id?: string | null
      }[]
    | null
  plan: DocumentId | BudgetPlan
  /**
   * The same item in the previous year’s plan.
   */
  previousEdition?: (DocumentId | null) | Goal
  focusAreas?: (DocumentId | FocusArea)[] | null
  /**
   * Computed from the indicators' figures (Kolada and own figures) whenever it is read.
   */
  status?: ('on_track' | 'at_risk' | 'off_track' | 'no_data') | null
  /**
   * Lower numbers come first on the page.
   */
  order?: number | null
  updatedAt: string
  createdAt: string
}

/**
 * What the municipality does this year, and how far it has come.
 */
export interface Initiative extends Reviewed {
  id: DocumentId
  title: string
  description?: RichText | null
  status: 'planned' | 'ongoing' | 'done' | 'postponed' | 'cancelled'
  progress?: number | null
  startDate?: string | null
  endDate?: string | null
  responsibleCommittee?: string | null
  places?:
    | {
        name: string
        latitude?: number | null
        longitude?: number | null
        id?: string | null
      }[]
    | null
  milestones?:
    | {
        date: string
        title: string
        description?: string | null
        id?: string | null
      }[]
    | null
  plan: DocumentId | BudgetPlan
  /**
   * The same item in the previous year’s plan.
   */
  previousEdition?: (DocumentId | null) | Initiative
  goals?: (DocumentId | Goal)[] | null
  focusAreas?: (DocumentId | FocusArea)[] | null
  /**
   * Lower numbers come first on the page.
   */
  order?: number | null
  updatedAt: string
  createdAt: string
}

/**
 * How the municipality cuts its costs.
 */
export interface SavingsMeasure extends Reviewed {
  id: DocumentId
  title: string
  description?: string | null
  category:
    'premises' | 'property_management' | 'staffing' | 'purchasing' | 'digitalisation' | 'other'
  /**
   * SEK per year
   */
  estimatedAnnualSavings?: number | null
  status: 'planned' | 'ongoing' | 'done' | 'cancelled'
  plan: DocumentId | BudgetPlan
  /**
   * The same item in the previous year’s plan.
   */
  previousEdition?: (DocumentId | null) | SavingsMeasure
  /**
   * Copy this measure when next year’s plan is made from this one.
   */
  carryOver?: boolean | null
  /**
   * Lower numbers come first on the page.
   */
  order?: number | null
  updatedAt: string
  createdAt: string
}

export interface Media extends Reviewed, Upload {
  id: DocumentId
  /**
   * Describe the image for those who cannot see it.
   */
  alt: string
  caption?: string | null
  updatedAt: string
  createdAt: string
  sizes?: {
    thumbnail?: {
      url?: string | null
      width?: number | null
      height?: number | null
      mimeType?: string | null
      filesize?: number | null
      filename?: string | null
    }
    card?: {
      url?: string | null
      width?: number | null
      height?: number | null
      mimeType?: string | null
      filesize?: number | null
      filename?: string | null
    }
    hero?: {
      url?: string | null
      width?: number | null
      height?: number | null
      mimeType?: string | null
      filesize?: number | null
      filename?: string | null
    }
  }
}

export interface Document extends Reviewed, Upload {
  id: DocumentId
  title: string
  updatedAt: string
  createdAt: string
}

/**
 * Comments from residents. Contains personal data: handle according to GDPR.
 */
export interface Feedback {
  id: DocumentId
  page?: (DocumentId | null) | BudgetPlan
  pagePath?: string | null
  name?: string | null
  email?: string | null
  message: string
  status: 'new' | 'in_progress' | 'answered' | 'closed'
  topic: 'content' | 'accessibility'
  handler?: (DocumentId | null) | User
  /**
   * Seen by staff only.
   */
  internalNote?: string | null
  /**
   * Given to the resident; random, so it reveals nothing about other feedback.
   */
  receipt?: string | null
  /**
   * Version of the data-protection notice the resident was shown.
   */
  noticeVersion?: number | null
  updatedAt: string
  createdAt: string
}

/**
 * Figures imported from Kolada (source: Kolada). Written by the import only.
 */
export interface IndicatorSeries {
  id: DocumentId
  kpiId: string
  title?: string | null
  genderDivided?: boolean | null
  latestYear?: number | null
  /**
   * Per area and year: value (total), women, men, preliminary.
   */
  points?: Json
  /**
   * When the figures shown were fetched (moves only when they change).
   */
  fetchedAt?: string | null
  checkedAt?: string | null
  updatedAt: string
  createdAt: string
}

/**
 * Every import of figures from Kolada, newest first.
 */
export interface IndicatorImport {
  id: DocumentId
  startedAt: string
  finishedAt?: string | null
  trigger: 'schedule' | 'admin' | 'cli'
  outcome: 'ok' | 'partial' | 'failed'
  kpis?: string | null
  changeCount?: number | null
  errorCount?: number | null
  summary?: string | null
  changes?: Json
  errors?: Json
  updatedAt: string
  createdAt: string
}

/**
 * Indicators whose figures are out of date. The page owner is e-mailed once per alert.
 */
export interface IndicatorAlert {
  id: DocumentId
  key: string
  goal?: (DocumentId | null) | Goal
  indicatorName?: string | null
  kpiId?: string | null
  reason: 'newer_year' | 'no_recent_figure'
  message?: string | null
  sentTo?: string | null
  updatedAt: string
  createdAt: string
}

/**
 * Plans as decided by the council, frozen. Made with "Markera som beslutad" on a plan.
 */
export interface PlanDecision {
  id: DocumentId
  plan: DocumentId | BudgetPlan
  year: number
  date: string
  paragraph?: string | null
  diaryNumber?: string | null
  decidedBy?: (DocumentId | null) | User
  snapshot: Json
  /**
   * Shown with the decided version, e.g. a misprint corrected by a later decision.
   */
  correctionNote?: string | null
  updatedAt: string
  createdAt: string
}

export interface AuditLog {
  id: DocumentId
  action: 'plan-decided' | 'plan-decision-undone'
  plan?: (DocumentId | null) | BudgetPlan
  by?: (DocumentId | null) | User
  reason?: string | null
  details?: Json
  updatedAt: string
  createdAt: string
}

/**
 * Contact details and the data-protection notice shown on every public page.
 */
export interface SiteSetting {
  id: DocumentId
  organisationName: string
  organisationNumber?: string | null
  contactEmail?: string | null
  /**
   * E.g. 0123-45 67 89
   */
  contactPhone?: string | null
  customerServiceName?: string | null
  /**
   * How personal data is processed (GDPR); shown on every page and feedback form.
   */
  dataProtectionNotice?: RichText | null
  dataProtectionUrl?: string | null
  noticeVersion?: number | null
  noticeDate?: string | null
  accessibilityStatementUrl?: string | null
  accessibility?: {
    compliance?: ('full' | 'partial' | 'none') | null
    assessmentMethod?: ('self' | 'external') | null
    assessedOn?: string | null
    shortcomings?: string | null
    howToReport?: string | null
  }
  feedbackForm?: {
    heading?: string | null
    intro?: string | null
    thanks?: string | null
    /**
     * {personalDataMonths} and {recordMonths} are replaced by the retention periods.
     */
    privacy?: string | null
    nameLabel?: string | null
    emailLabel?: string | null
    messageLabel?: string | null
  }
  embedOrigins?: null | string
  openDataLicence: {
    name: string
    url?: string | null
  }
  retention: {
    personalDataMonths: number
    recordMonths: number
  }
  /**
   * The public page in the organisation’s own look. Colours that are hard to read are refused.
   */
  appearance?: {
    /**
     * Shown in the page header; its alt text is read out (e.g. "Hedemora kommun").
     */
    logo?: (DocumentId | null) | Media
    /**
     * #rrggbb; its contrast with white text must be at least 4.5:1 (WCAG AA).
     */
    primaryColor?: string | null
    /**
     * #rrggbb; its contrast with a white page must be at least 4.5:1 (WCAG AA).
     */
    accentColor?: string | null
    fontStack?: ('system' | 'humanist' | 'serif') | null
  }
  /**
   * Figures are imported from Kolada (kolada.se) and shown with "Källa: Kolada".
   */
  kolada?: {
    /**
     * Four digits, e.g. 2083
     */
    municipalityId?: string | null
    /**
     * Optional: a group of similar municipalities, G and digits
     */
    groupId?: string | null
    groupTitle?: string | null
  }
  /**
   * On: editors send content for review and a reviewer (or admin) approves and publishes it. Off: editors publish themselves.
   */
  reviewWorkflow?: boolean | null
  updatedAt?: string | null
  createdAt?: string | null
}

/**
 * Exports and erasures of personal data (GDPR articles 15 and 17).
 */
export interface GdprRequest {
  id: DocumentId
  action: 'export' | 'erase'
  emailHash: string
  count: number
  performedBy?: (DocumentId | null) | User
  via: 'api' | 'cli'
  updatedAt: string
  createdAt: string
}

export interface JobLease {
  id: DocumentId
  key: string
  holder?: string | null
  updatedAt: string
  createdAt: string
}

/**
 * Interim and annual reports: each goal assessed, outcome against budget ("Så gick det").
 */
export interface FollowUpReport extends Reviewed {
  id: DocumentId
  /**
   * Left empty: the kind and the period, e.g. "Årsredovisning 2021".
   */
  title?: string | null
  kind: 'delarsrapport' | 'arsredovisning' | 'period'
  /**
   * E.g. Tertialrapport 1
   */
  periodName?: string | null
  periodEnd: string
  deadline?: string | null
  summary?: string | null
  /**
   * tkr
   */
  budgetedResult?: number | null
  /**
   * tkr
   */
  result?: number | null
  /**
   * Varje insats läge och framsteg vid periodens slut.
   */
  initiatives?:
    | {
        initiative: DocumentId | Initiative
        state?: string | null
        progress?: number | null
        comment?: string | null
        id?: string | null
      }[]
    | null
  savings?:
    | {
        measure: DocumentId | SavingsMeasure
        planned?: number | null
        realised?: number | null
        id?: string | null
      }[]
    | null
  /**
   * Varje nämnds utfall och, i en delårsrapport, prognos för året, mot budget (tkr).
   */
  outcomes?:
    | {
        committee: string
        kind: 'drift' | 'investering'
        budget?: number | null
        outcome?: number | null
        forecast?: number | null
        comment?: string | null
        id?: string | null
      }[]
    | null
  /**
   * Goals assessed so far, and those still missing.
   */
  assessed?: string | null
  reminderSentFor?: string | null
  plan: DocumentId | BudgetPlan
  updatedAt: string
  createdAt: string
}

/**
 * Each goal assessed in a follow-up report; published with the report.
 */
export interface GoalAssessment {
  id: DocumentId
  report: DocumentId | FollowUpReport
  goal: DocumentId | Goal
  assessment?: ('met' | 'partly' | 'not_met' | 'unknown') | null
  analysis?: string | null
  /**
   * Krävs när bedömningen skiljer sig från vad indikatorerna pekar på.
   */
  reason?: string | null
  /**
   * Vad indikatorernas värden vid periodens slut pekar på.
   */
  suggested?: ('met' | 'partly' | 'not_met' | 'unknown') | null
  responsible?: (DocumentId | null) | User
  /**
   * Indikatorerna som de såg ut vid periodens slut (sparas; senare importer ändrar inget).
   */
  figures?: Json
  updatedAt: string
  createdAt: string
  _status?: ('draft' | 'published') | null
}

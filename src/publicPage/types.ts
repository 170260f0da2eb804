import type { GoalStatus } from '../lib/goalStatus'
import type { PlanProgress } from '../lib/planProgress'

/** A value of an indicator and its year. */
export type PublicMeasurement = { value: null | number; year: null | number }

/** An indicator of a goal, as the public sees it. */
export type PublicIndicator = {
  baseline: PublicMeasurement
  direction: 'higher' | 'lower'
  kpiId: null | string
  latest: PublicMeasurement
  name: string
  nationalAverage: PublicMeasurement
  source: null | string
  status: GoalStatus
  target: PublicMeasurement
  unit: null | string
}

/** A goal with its indicators and computed status. */
export type PublicGoal = {
  description: null | string
  focusAreaIds: string[]
  id: string
  indicators: PublicIndicator[]
  rationale: null | string
  status: GoalStatus
  title: string
}

/** A reference to another document: its id and title. */
export type PublicRef = { id: string; title: string }

/** An initiative with what it serves and where. */
export type PublicInitiative = {
  description: string[]
  endDate: null | string
  focusAreas: PublicRef[]
  goals: PublicRef[]
  id: string
  milestones: { date: string; description: null | string; title: string }[]
  places: { latitude: null | number; longitude: null | number; name: string }[]
  progress: number
  responsibleCommittee: null | string
  startDate: null | string
  status: string
  title: string
}

/** A text section of the page. */
export type PublicSection = {
  heading: null | string
  listLead: null | string
  paragraphs: string[]
}

/** The whole public page of one plan, in display order. */
export type PublicPage = {
  councilDecision: { date: null | string; diaryNumber: null | string; paragraph: null | string }
  dataProtectionNotice: {
    customerService: null | string
    date: null | string
    pageUrl: null | string
    phone: null | string
    text: string
    version: null | number
  }
  economy: PublicSection
  feedbackForm: {
    dataProtectionUrl: null | string
    emailLabel: string
    heading: string
    intro: string
    messageLabel: string
    nameLabel: string
    personalDataMonths: number
    /** How the data is used, that it becomes a public record, and the retention periods. */
    privacy: string
    recordMonths: number
    thanks: string
  }
  focusAreas: {
    description: null | string
    goals: PublicGoal[]
    id: string
    slug: string
    title: string
  }[]
  fullDocument: null | {
    filename: string
    filesize: null | number
    linkText: null | string
    title: string
    url: string
  }
  goals: PublicGoal[]
  governingParties: { abbreviation: null | string; name: string }[]
  heroImage: null | {
    alt: string
    caption: null | string
    height: null | number
    url: string
    width: null | number
  }
  id: string
  initiatives: PublicInitiative[]
  intro: PublicSection
  locale: 'en' | 'sv'
  openData: { csv: string; json: string; licence: string; licenceUrl: null | string }
  organisation: string
  pageUpdatedAt: null | string
  pageUpdatedText: null | string
  progress: PlanProgress
  savingsMeasures: {
    category: string
    description: null | string
    estimatedAnnualSavings: null | number
    id: string
    status: string
    title: string
  }[]
  slug: string
  subtitle: null | string
  tax: { rate: null | number; statement: null | string; unchanged: boolean }
  title: string
  vision: null | string
  work: PublicSection
  year: number
}

import type { PublicLocale } from '../../publicPage/loadPublicPage'

/** The follow-up page's own words (not the municipality's texts), in each language it is shown in. */
export type FollowUpWords = {
  analysis: string
  assessedAs: string
  backToPlan: (year: number) => string
  breadcrumb: string
  budget: string
  budgetedResult: string
  chartCaption: (forecast: boolean) => string
  comment: string
  committee: string
  counts: { met: string; notMet: string; partly: string; unknown: string }
  deviation: string
  deviationPercent: string
  figuresHeading: string
  figuresSuggest: string
  forecast: string
  heading: (year: number) => string
  indicator: string
  initiativesCaption: string
  initiativesHeading: string
  initiative: string
  kind: { drift: string; investering: string }
  kindColumn: string
  latest: string
  measure: string
  moneyHeading: string
  noFigures: string
  openData: { assessments: string; heading: string; json: string; outcomes: string }
  otherReports: string
  outcome: string
  outcomesCaption: string
  periodEnd: (date: string) => string
  planned: string
  progress: string
  published: (date: string) => string
  realised: string
  reason: string
  result: (result: string, budgeted: string) => string
  savingsCaption: string
  savingsHeading: string
  state: string
  summaryHeading: string
  target: string
  value: string
  year: string
}

const sv: FollowUpWords = {
  analysis: 'Analys',
  assessedAs: 'Bedömning',
  backToPlan: (year) => `Tillbaka till Mål och budget ${year}`,
  breadcrumb: 'Du är här',
  budget: 'Budget',
  budgetedResult: 'Budgeterat resultat',
  chartCaption: (forecast) =>
    forecast
      ? 'Driftbudget och prognos för helåret per nämnd (tkr)'
      : 'Driftbudget och utfall per nämnd (tkr)',
  comment: 'Kommentar',
  committee: 'Nämnd',
  counts: {
    met: 'uppnådda',
    notMet: 'inte uppnådda',
    partly: 'delvis uppnådda',
    unknown: 'kan inte bedömas',
  },
  deviation: 'Avvikelse (tkr)',
  deviationPercent: 'Avvikelse (%)',
  figuresHeading: 'Indikatorerna vid periodens slut',
  figuresSuggest: 'Indikatorerna pekar på',
  forecast: 'Prognos helår',
  heading: (year) => `Så gick det ${year}`,
  indicator: 'Indikator',
  initiative: 'Insats',
  initiativesCaption: 'Insatsernas läge vid periodens slut',
  initiativesHeading: 'Insatserna',
  kind: { drift: 'drift', investering: 'investering' },
  kindColumn: 'Typ',
  latest: 'Senaste värde',
  measure: 'Besparing',
  moneyHeading: 'Ekonomin',
  noFigures: 'Inga mätvärden fanns vid periodens slut.',
  openData: {
    assessments: 'bedömningarna (CSV)',
    heading: 'Öppna data',
    json: 'hela uppföljningen (JSON)',
    outcomes: 'utfall mot budget (CSV)',
  },
  otherReports: 'Alla uppföljningar av planen',
  outcome: 'Utfall',
  outcomesCaption: 'Budget, utfall och avvikelse per nämnd (tkr)',
  periodEnd: (date) => `Perioden till och med ${date}.`,
  planned: 'Planerat (kr)',
  progress: 'Genomfört',
  published: (date) => `Publicerad ${date}.`,
  realised: 'Genomfört (kr)',
  reason: 'Skäl till bedömningen',
  result: (result, budgeted) => `Resultatet blev ${result} mot budgeterade ${budgeted}.`,
  savingsCaption: 'Besparingarna: planerat och genomfört (kr)',
  savingsHeading: 'Besparingarna',
  state: 'Läge',
  summaryHeading: 'Målen i korthet',
  target: 'Målvärde',
  value: 'Värde',
  year: 'År',
}

const en: FollowUpWords = {
  analysis: 'Analysis',
  assessedAs: 'Assessment',
  backToPlan: (year) => `Back to Goals and budget ${year}`,
  breadcrumb: 'You are here',
  budget: 'Budget',
  budgetedResult: 'Budgeted result',
  chartCaption: (forecast) =>
    forecast
      ? 'Operating budget and full-year forecast per committee (SEK thousand)'
      : 'Operating budget and outcome per committee (SEK thousand)',
  comment: 'Comment',
  committee: 'Committee',
  counts: { met: 'met', notMet: 'not met', partly: 'partly met', unknown: 'cannot be assessed' },
  deviation: 'Deviation (SEK thousand)',
  deviationPercent: 'Deviation (%)',
  figuresHeading: 'The indicators at the end of the period',
  figuresSuggest: 'The indicators point to',
  forecast: 'Full-year forecast',
  heading: (year) => `How it went ${year}`,
  indicator: 'Indicator',
  initiative: 'Initiative',
  initiativesCaption: 'The initiatives at the end of the period',
  initiativesHeading: 'The initiatives',
  kind: { drift: 'operating', investering: 'investment' },
  kindColumn: 'Kind',
  latest: 'Latest value',
  measure: 'Savings measure',
  moneyHeading: 'The finances',
  noFigures: 'There were no figures at the end of the period.',
  openData: {
    assessments: 'the assessments (CSV)',
    heading: 'Open data',
    json: 'the whole follow-up (JSON)',
    outcomes: 'outcome against budget (CSV)',
  },
  otherReports: 'All follow-up reports of the plan',
  outcome: 'Outcome',
  outcomesCaption: 'Budget, outcome and deviation per committee (SEK thousand)',
  periodEnd: (date) => `The period up to and including ${date}.`,
  planned: 'Planned (SEK)',
  progress: 'Done',
  published: (date) => `Published ${date}.`,
  realised: 'Realised (SEK)',
  reason: 'Reason for the assessment',
  result: (result, budgeted) => `The result was ${result} against a budgeted ${budgeted}.`,
  savingsCaption: 'The savings: planned and realised (SEK)',
  savingsHeading: 'The savings',
  state: 'State',
  summaryHeading: 'The goals in short',
  target: 'Target',
  value: 'Value',
  year: 'Year',
}

/** The follow-up page's words in a language. */
export const followUpWords = (locale: PublicLocale): FollowUpWords => (locale === 'en' ? en : sv)

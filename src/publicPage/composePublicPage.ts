import type {
  BudgetPlan,
  Document,
  FocusArea,
  Goal,
  IndicatorSeries,
  Initiative,
  Media,
  PlanDecision,
  SavingsMeasure,
  SiteSetting,
} from '../types'
import type {
  PublicGoal,
  PublicIndicator,
  PublicMeasurement,
  PublicPage,
  PublicRef,
} from '../shape/publicPageShape'

import { idOf } from '../lib/idOf'
import { noticeInForce } from '../lib/noticeInForce'
import { goalStatus } from '../lib/goalStatus'
import { latestYearOf } from '../lib/indicatorSeries'
import { composeIndicator } from '../indicators/composeIndicator'
import { type IndicatorContext, indicatorContextOf } from '../indicators/indicatorContext'
import type { SanitizedOptions } from '../options/types'
import { DEFAULT_LICENCE } from './openData'
import { pageUpdatedText } from '../lib/pageUpdatedText'
import { planProgress } from '../lib/planProgress'
import { paragraphsOfRichText } from '../lib/richText'
import { textParagraphs } from '../lib/textParagraphs'
import { compareEditions } from './compareEditions'
import { budgetTotals } from '../budget/budgetTotals'
import { HEX_COLOUR } from '../lib/contrast'
import { DEFAULT_APPEARANCE } from '../globals/appearanceField'

/** The published documents one page is made of, read in a fixed number of queries. */
export type PageSources = {
  document: Document | null
  focusAreas: FocusArea[]
  goals: Goal[]
  image: Media | null
  /** The organisation's logo (site settings › Utseende), when one is set and published. */
  logo?: Media | null
  /** The plan's published follow-up reports, composed, newest period first. */
  followUpReports?: PublicPage['followUpReports']
  /** Every stored Kolada series (a goal's indicator picks its own by KPI id). */
  indicatorSeries: IndicatorSeries[]
  initiatives: Initiative[]
  plan: BudgetPlan
  savingsMeasures: SavingsMeasure[]
  settings: SiteSetting
  /** The plan's other editions: its decided version, last year's page, every published year. */
  editions?: {
    decidedPage: null | PublicPage
    decision: null | PlanDecision
    previous: null | PublicPage
    publishedYears: number[]
  }
}

const colourOr = (value: null | string | undefined, fallback: string): string =>
  value && HEX_COLOUR.test(value) ? value : fallback

// The look and the contact details of the organisation's page, from the site settings.
const siteOf = (
  settings: SiteSetting,
  logo: Media | null,
  publicPath: string,
): PublicPage['site'] => {
  const look = settings.appearance
  const small = logo?.sizes?.thumbnail?.url ? logo.sizes.thumbnail : logo
  const statement = settings.accessibility
  return {
    accentColor: colourOr(look?.accentColor, DEFAULT_APPEARANCE.accentColor),
    accessibilityStatement: statement?.compliance
      ? {
          assessedOn: statement.assessedOn?.slice(0, 10) ?? null,
          assessmentMethod: statement.assessmentMethod ?? null,
          compliance: statement.compliance,
          howToReport: statement.howToReport?.trim() || null,
          path: `${publicPath}/tillganglighet`,
          shortcomings: textParagraphs(statement.shortcomings),
        }
      : null,
    accessibilityStatementUrl: settings.accessibilityStatementUrl ?? null,
    contactPhone: settings.contactPhone ?? null,
    customerService: settings.customerServiceName ?? null,
    dataProtectionUrl: settings.dataProtectionUrl ?? null,
    fontStack: look?.fontStack ?? DEFAULT_APPEARANCE.fontStack,
    logo:
      logo && small?.url
        ? {
            alt: logo.alt,
            height: small.height ?? null,
            url: small.url,
            width: small.width ?? null,
          }
        : null,
    primaryColor: colourOr(look?.primaryColor, DEFAULT_APPEARANCE.primaryColor),
  }
}

const ID = (value: unknown): string | undefined => {
  const id = idOf(value)
  return id === undefined ? undefined : String(id)
}

const ids = (values: unknown): string[] =>
  (Array.isArray(values) ? values : []).map(ID).filter((id): id is string => id !== undefined)

const measurement = (
  m: { value?: null | number; year?: null | number } | null | undefined,
): PublicMeasurement => ({
  value: m?.value ?? null,
  year: m?.year ?? null,
})

const composeGoal = (
  goal: Goal,
  publishedAreas: Set<string>,
  context: IndicatorContext,
): PublicGoal => {
  const indicators: PublicIndicator[] = (goal.indicators ?? []).map((i) => {
    const { assessment, kolada, series } = composeIndicator(
      i,
      context.seriesByKpi,
      context.areas,
      context.place,
    )
    const latestYear = latestYearOf(series)
    const latest = series.find((p) => p.year === latestYear)
    const koladaShown = series.some((p) => p.source === 'kolada')
    return {
      baseline: measurement(i.baseline),
      direction: i.direction === 'lower' ? 'lower' : 'higher',
      explanation: assessment.explanation,
      kolada:
        kolada && koladaShown
          ? {
              fetchedAt: kolada.fetchedAt ?? null,
              kpiId: kolada.kpiId,
              title: kolada.title ?? null,
            }
          : null,
      kpiId: i.kpiId ?? null,
      latest: { value: latest?.value ?? null, year: latest?.year ?? null },
      name: i.name,
      nationalAverage: {
        value: latest?.national ?? null,
        year: latest?.national != null ? latest.year : null,
      },
      series,
      source: koladaShown ? 'Kolada' : (i.source ?? null),
      status: assessment.status,
      target: measurement(i.target),
      unit: i.unit ?? null,
    }
  })
  return {
    description: goal.description ?? null,
    easyRead: goal.easyRead?.trim() || null,
    focusAreaIds: ids(goal.focusAreas).filter((id) => publishedAreas.has(id)),
    id: String(goal.id),
    indicators,
    rationale: goal.rationale ?? null,
    status: goalStatus(indicators.map((i) => i.status)),
    title: goal.title,
  }
}

const byOrder = <T extends { id: number | string; order?: null | number }>(docs: T[]): T[] =>
  [...docs].sort(
    (a, b) => (a.order ?? 0) - (b.order ?? 0) || String(a.id).localeCompare(String(b.id)),
  )

/**
 * Makes the public page of a plan from its published parts: texts in display order, focus areas
 * each with their goals, initiatives with the goals and places they concern, savings measures,
 * the notice in force and the feedback form's texts. Relations to anything not in `sources` (that
 * is, not published) are left out.
 */
export const composePublicPage = (
  sources: PageSources,
  {
    apiPath,
    indicatorOptions,
    locale,
    pagePath,
  }: {
    /** The plugin's indicator options (the Kolada areas in force). */
    indicatorOptions: SanitizedOptions['indicators']
    /** Where the plan's open data is served, e.g. `/api/public/plans/2021`. */
    apiPath: string
    locale: 'en' | 'sv'
    /** The page's address on the site: `${publicPath}/${year}`. */
    pagePath: string
  },
): PublicPage => {
  const { plan, settings } = sources
  const areaOrder = ids(plan.focusAreas)
  const areasById = new Map(sources.focusAreas.map((a) => [String(a.id), a]))
  const publishedAreas = new Set(areasById.keys())
  const context = indicatorContextOf(sources.indicatorSeries, settings, indicatorOptions)
  const goals = byOrder(sources.goals).map((g) => composeGoal(g, publishedAreas, context))
  const goalTitles = new Map(goals.map((g) => [g.id, g.title]))
  const ref =
    (titles: Map<string, string>) =>
    (id: string): PublicRef[] =>
      titles.has(id) ? [{ id, title: titles.get(id) ?? '' }] : []
  const areaTitles = new Map(sources.focusAreas.map((a) => [String(a.id), a.title]))
  const form = settings.feedbackForm ?? {}
  const retention = {
    personalDataMonths: settings.retention?.personalDataMonths ?? 12,
    recordMonths: settings.retention?.recordMonths ?? 24,
  }
  const image = sources.image
  const hero = image?.sizes?.hero?.url ? image.sizes.hero : image
  const doc = sources.document
  const base = pagePath.slice(0, pagePath.lastIndexOf('/'))
  const editions = sources.editions
  const decision = editions?.decision

  const budgetLines = (plan.budgetLines ?? []).map((l) => ({
    amount: l.amount,
    committee: l.committee,
    income: Boolean(l.income),
    kind: l.kind === 'investering' ? ('investering' as const) : ('drift' as const),
    note: l.note ?? null,
    previousAmount: l.previousAmount ?? null,
  }))
  const savingsByCategory = new Map<SavingsMeasure['category'], number>()
  for (const s of sources.savingsMeasures) {
    if (typeof s.estimatedAnnualSavings === 'number') {
      savingsByCategory.set(
        s.category,
        (savingsByCategory.get(s.category) ?? 0) + s.estimatedAnnualSavings,
      )
    }
  }

  const page: PublicPage = {
    budget:
      budgetLines.length > 0
        ? {
            lines: budgetLines,
            savingsByCategory: [...savingsByCategory].map(([category, amount]) => ({
              amount,
              category,
            })),
            totals: budgetTotals(budgetLines),
          }
        : null,
    changesSinceDecision: null,
    changesSincePrevious: null,
    comparisonGroup: context.areas.group ? (context.areas.groupTitle ?? 'Jämförelsegrupp') : null,
    councilDecision: decision
      ? {
          date: decision.date,
          diaryNumber: decision.diaryNumber ?? null,
          paragraph: decision.paragraph ?? null,
        }
      : {
          date: plan.councilDecision?.date ?? null,
          diaryNumber: plan.councilDecision?.diaryNumber ?? null,
          paragraph: plan.councilDecision?.paragraph ?? null,
        },
    decision: decision
      ? {
          correctionNote: decision.correctionNote ?? null,
          date: decision.date,
          diaryNumber: decision.diaryNumber ?? null,
          paragraph: decision.paragraph ?? null,
          path: `${pagePath}/beslutad`,
        }
      : null,
    dataProtectionNotice: noticeInForce(settings),
    editions: (editions?.publishedYears ?? [plan.year]).map((year) => ({
      path: `${base}/${year}`,
      year,
    })),
    easyRead: plan.easyRead?.trim() || null,
    economy: {
      heading: plan.economySection?.heading ?? null,
      listLead: plan.economySection?.savingsLead ?? null,
      paragraphs: paragraphsOfRichText(plan.economySection?.body),
    },
    feedbackForm: {
      dataProtectionUrl: settings.dataProtectionUrl ?? null,
      emailLabel: form.emailLabel ?? '',
      heading: form.heading ?? '',
      intro: form.intro ?? '',
      messageLabel: form.messageLabel ?? '',
      nameLabel: form.nameLabel ?? '',
      personalDataMonths: retention.personalDataMonths,
      privacy: (form.privacy ?? '')
        .replaceAll('{personalDataMonths}', String(retention.personalDataMonths))
        .replaceAll('{recordMonths}', String(retention.recordMonths)),
      recordMonths: retention.recordMonths,
      thanks: form.thanks ?? '',
    },
    followUpReports: sources.followUpReports ?? [],
    focusAreas: areaOrder
      .map((id) => areasById.get(id))
      .filter((a): a is FocusArea => a !== undefined)
      .map((area) => ({
        description: area.description ?? null,
        goals: goals.filter((g) => g.focusAreaIds.includes(String(area.id))),
        id: String(area.id),
        slug: area.slug,
        title: area.title,
      })),
    fullDocument:
      doc && doc.url
        ? {
            filename: doc.filename ?? '',
            filesize: doc.filesize ?? null,
            linkText: plan.fullDocument?.linkText ?? null,
            title: doc.title,
            url: doc.url,
          }
        : null,
    goals,
    governingParties: (plan.governingParties ?? []).map((p) => ({
      abbreviation: p.abbreviation ?? null,
      name: p.name,
    })),
    heroImage:
      image && hero?.url
        ? {
            alt: image.alt,
            caption: image.caption ?? null,
            height: hero.height ?? null,
            url: hero.url,
            width: hero.width ?? null,
          }
        : null,
    id: String(plan.id),
    initiatives: byOrder(sources.initiatives).map((i) => ({
      description: paragraphsOfRichText(i.description),
      endDate: i.endDate ?? null,
      focusAreas: ids(i.focusAreas).flatMap(ref(areaTitles)),
      goals: ids(i.goals).flatMap(ref(goalTitles)),
      id: String(i.id),
      milestones: (i.milestones ?? []).map((m) => ({
        date: m.date,
        description: m.description ?? null,
        title: m.title,
      })),
      places: (i.places ?? []).map((p) => ({
        latitude: p.latitude ?? null,
        longitude: p.longitude ?? null,
        name: p.name,
      })),
      progress: i.status === 'done' ? 100 : (i.progress ?? 0),
      responsibleCommittee: i.responsibleCommittee ?? null,
      startDate: i.startDate ?? null,
      status: i.status,
      title: i.title,
    })),
    intro: { heading: null, listLead: null, paragraphs: paragraphsOfRichText(plan.intro) },
    locale,
    openData: {
      csv: `${apiPath}/open-data.csv`,
      json: `${apiPath}/open-data.json`,
      licence: settings.openDataLicence?.name ?? DEFAULT_LICENCE.name,
      licenceUrl:
        settings.openDataLicence?.url ??
        (settings.openDataLicence?.name ? null : DEFAULT_LICENCE.url),
    },
    organisation: settings.organisationName,
    pageUpdatedAt: plan.pageUpdatedAt ?? null,
    path: pagePath,
    pageUpdatedText: plan.pageUpdatedAt ? pageUpdatedText(plan.pageUpdatedAt, locale) : null,
    progress: planProgress(sources.initiatives),
    savingsMeasures: byOrder(sources.savingsMeasures).map((s) => ({
      category: s.category,
      description: s.description ?? null,
      estimatedAnnualSavings: s.estimatedAnnualSavings ?? null,
      id: String(s.id),
      status: s.status,
      title: s.title,
    })),
    site: siteOf(settings, sources.logo ?? null, base),
    slug: plan.slug,
    subtitle: plan.subtitle ?? null,
    tax: {
      rate: plan.tax?.rate ?? null,
      statement: plan.tax?.statement ?? null,
      unchanged: Boolean(plan.tax?.unchanged),
    },
    title: plan.title,
    vision: plan.vision ?? null,
    work: {
      heading: plan.workSection?.heading ?? null,
      listLead: plan.workSection?.initiativesLead ?? null,
      paragraphs: paragraphsOfRichText(plan.workSection?.body),
    },
    year: plan.year,
  }
  const links = new Map<string, string>()
  for (const doc of [...sources.goals, ...sources.initiatives, ...sources.savingsMeasures]) {
    const previous = ID(doc.previousEdition)
    if (previous !== undefined) links.set(String(doc.id), previous)
  }
  const same = new Map<string, string>(
    [...page.goals, ...page.initiatives, ...page.savingsMeasures].map((d) => [d.id, d.id]),
  )
  return {
    ...page,
    changesSinceDecision:
      editions?.decidedPage && decision
        ? {
            changes: compareEditions(editions.decidedPage, page, same, {
              carriedOver: false,
              texts: true,
            }),
            since: 'decided',
            sinceLabel: `beslutet i kommunfullmäktige ${decision.date}`,
          }
        : null,
    changesSincePrevious: editions?.previous
      ? {
          changes: compareEditions(editions.previous, page, links, { carriedOver: true }),
          since: String(editions.previous.year),
          sinceLabel: String(editions.previous.year),
        }
      : null,
  }
}

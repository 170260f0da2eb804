import type { Payload } from 'payload'

import type {
  BudgetPlan,
  FocusArea,
  Goal,
  Initiative,
  Media,
  SavingsMeasure,
  SiteSetting,
} from '../../host/payload-types'

import { pageUpdatedText } from '../../src/lib/pageUpdatedText'
import { paragraphsOfRichText } from '../../src/lib/richText'
import { normalize } from './reference'

/** The lines of the public page, in reference order, as an anonymous reader gets them. */
export const pageLines = (
  plan: BudgetPlan,
  initiatives: Initiative[],
  savings: SavingsMeasure[],
  settings: SiteSetting,
): string[] => {
  const image = plan.heroImage as Media
  const form = settings.feedbackForm ?? {}
  return [
    plan.title,
    plan.subtitle ?? '',
    ...paragraphsOfRichText(plan.intro),
    plan.workSection?.heading ?? '',
    ...paragraphsOfRichText(plan.workSection?.body),
    plan.workSection?.initiativesLead ?? '',
    ...initiatives.map((i) => i.title),
    plan.economySection?.heading ?? '',
    ...paragraphsOfRichText(plan.economySection?.body),
    plan.economySection?.savingsLead ?? '',
    ...savings.map((s) => s.title),
    plan.tax?.statement ?? '',
    plan.fullDocument?.linkText ?? '',
    image.alt,
    ...paragraphsOfRichText(settings.dataProtectionNotice),
    form.heading ?? '',
    form.intro ?? '',
    form.thanks ?? '',
    form.nameLabel ?? '',
    form.emailLabel ?? '',
    form.messageLabel ?? '',
    pageUpdatedText(plan.pageUpdatedAt ?? ''),
  ].map(normalize)
}

/** Reads the 2021 page through the local API as an anonymous reader (access enforced). */
export const readPageAnonymously = async (payload: Payload) => {
  const anonymous = { depth: 1, overrideAccess: false } as const
  const plans = await payload.find({
    ...anonymous,
    collection: 'budget-plans',
    where: { year: { equals: 2021 } },
  })
  const plan = plans.docs[0] as BudgetPlan
  const where = { plan: { equals: plan.id } }
  const [goals, initiatives, savings, focusAreas, settings] = await Promise.all([
    payload.find({ ...anonymous, collection: 'goals', limit: 0, sort: 'order', where }),
    payload.find({ ...anonymous, collection: 'initiatives', limit: 0, sort: 'order', where }),
    payload.find({ ...anonymous, collection: 'savings-measures', limit: 0, sort: 'order', where }),
    payload.find({ ...anonymous, collection: 'focus-areas', limit: 0, sort: 'order' }),
    payload.findGlobal({ ...anonymous, slug: 'site-settings' }),
  ])
  return {
    focusAreas: focusAreas.docs as FocusArea[],
    goals: goals.docs as Goal[],
    initiatives: initiatives.docs as Initiative[],
    plan,
    savings: savings.docs as SavingsMeasure[],
    settings: settings as SiteSetting,
  }
}

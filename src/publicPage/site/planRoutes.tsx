import type { Metadata } from 'next'
import type { SanitizedConfig } from 'payload'

import { notFound, redirect } from 'next/navigation'
import { getPayload } from 'payload'

import type { PublicLocale } from '../loadPublicPage'

import { parseMonthlyIncome } from '../../lib/monthlyIncome'
import { isReceiptNumber } from '../../lib/receiptNumber'
import { pluginOptionsOf } from '../../options/pluginOptionsOf'
import { PlanPage } from './PlanPage'
import './planPage.css'
import { latestPublishedYear, readDecidedPlan, readDraftPlan, readPublishedPlan } from './readPlan'
import { RefreshOnSave } from './RefreshOnSave'

/** The host's Payload config, as its `@payload-config` gives it. */
export type HostConfig = Promise<SanitizedConfig> | SanitizedConfig

const site = async (config: HostConfig) => {
  const payload = await getPayload({ config: await config })
  return {
    feedbackAction: `${payload.config.routes.api}/public/feedback`,
    followAction: `${payload.config.routes.api}/public/follow`,
    payload,
    publicPath: pluginOptionsOf(payload.config).publicPath,
  }
}

type YearProps = {
  params: Promise<{ year: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const yearOf = (raw: string): null | number => (/^\d{4}$/.test(raw) ? Number(raw) : null)
const prefix = (locale: PublicLocale) => (locale === 'en' ? '/en' : '')

const NOT_FOUND = {
  en: {
    back: 'Go to the latest plan',
    text: 'There is no published plan for that year.',
    title: 'Page not found',
  },
  sv: {
    back: 'Gå till den senaste Mål och budget',
    text: 'Det finns ingen publicerad Mål och budget för det året.',
    title: 'Sidan finns inte',
  },
}

/**
 * The public page of a year as a Next.js route, in one language: `export default planRoute(config,
 * 'sv').Page` (with `generateMetadata` beside it) at `${publicPath}/[year]`, and
 * `planRoute(config, 'en')` at `/en${publicPath}/[year]`, `config` being the host's
 * `@payload-config`. With `?preview`, a signed-in editor sees the drafts; a Swedish page asked
 * for with `?locale=en` leads to the English one; `?kvitto=` shows the receipt of a feedback sent
 * without JavaScript.
 */
export const planRoute = (config: HostConfig, locale: PublicLocale) => {
  const load = async ({ params, searchParams }: YearProps) => {
    const { payload } = await site(config)
    const year = yearOf((await params).year)
    if (year === null) return { plan: null, preview: false }
    if ((await searchParams).preview !== undefined) {
      const draft = await readDraftPlan(payload, year, locale)
      if (draft) return { plan: draft, preview: true }
    }
    return { plan: await readPublishedPlan(payload, year, locale), preview: false }
  }
  return {
    generateMetadata: async (props: YearProps): Promise<Metadata> => {
      const { plan } = await load(props)
      if (!plan) return { title: NOT_FOUND[locale].title }
      // Feed readers find the plan's Atom feed of published changes from the page.
      return {
        alternates: {
          types: {
            'application/atom+xml': [
              {
                title: locale === 'en' ? `Changes: ${plan.title}` : `Ändringar: ${plan.title}`,
                url: `${plan.path}/flode.atom`,
              },
            ],
          },
        },
        title: plan.title,
      }
    },
    Page: async (props: YearProps) => {
      const { feedbackAction, followAction, payload, publicPath } = await site(config)
      const query = await props.searchParams
      if (locale === 'sv' && query.locale === 'en') {
        const rest = new URLSearchParams(
          Object.entries(query).flatMap(([k, v]) =>
            k === 'locale' || v === undefined ? [] : [v].flat().map((one) => [k, one]),
          ),
        ).toString()
        const year = yearOf((await props.params).year)
        if (year === null) notFound()
        redirect(`/en${publicPath}/${year}${rest ? `?${rest}` : ''}`)
      }
      const { plan, preview } = await load(props)
      if (!plan) notFound()
      const swedish =
        locale === 'en'
          ? ((await readPublishedPlan(payload, plan.year, 'sv')) ?? undefined)
          : undefined
      const income = query.manadsinkomst
      const receipt = typeof query.kvitto === 'string' ? query.kvitto : ''
      return (
        <>
          {preview ? <RefreshOnSave /> : null}
          <PlanPage
            feedbackAction={feedbackAction}
            followAction={followAction}
            feedbackReceipt={
              isReceiptNumber(receipt) ? { id: receipt, replyExpected: query.svar === 'ja' } : null
            }
            monthlyIncome={parseMonthlyIncome(typeof income === 'string' ? income : null)}
            plan={plan}
            preview={preview}
            swedish={swedish}
          />
        </>
      )
    },
  }
}

/** The council-decided version of a year as a route (`${publicPath}/[year]/beslutad`). */
export const decidedRoute = (config: HostConfig, locale: PublicLocale) => {
  const load = async ({ params }: Pick<YearProps, 'params'>) => {
    const year = yearOf((await params).year)
    return year === null ? null : readDecidedPlan((await site(config)).payload, year, locale)
  }
  return {
    generateMetadata: async (props: Pick<YearProps, 'params'>): Promise<Metadata> => {
      const plan = await load(props)
      const decided = locale === 'en' ? 'as decided' : 'beslutad version'
      return { title: plan ? `${plan.title} (${decided})` : NOT_FOUND[locale].title }
    },
    Page: async (props: Pick<YearProps, 'params'>) => {
      const plan = await load(props)
      if (!plan) notFound()
      const { feedbackAction } = await site(config)
      return <PlanPage decided feedbackAction={feedbackAction} plan={plan} preview={false} />
    },
  }
}

/** `${publicPath}`: leads to the latest published year, in the route's language. */
export const latestPlanRoute = (config: HostConfig, locale: PublicLocale) => async () => {
  const { payload, publicPath } = await site(config)
  const year = await latestPublishedYear(payload)
  if (year === null) notFound()
  redirect(`${prefix(locale)}${publicPath}/${year}`)
}

/** The page for a year with no published plan, in the route's language. */
export const planNotFound = (config: HostConfig, locale: PublicLocale) => {
  const NotFound = async () => {
    const { publicPath } = await site(config)
    return (
      <div className="mob-page">
        <main id="innehall">
          <h1>{NOT_FOUND[locale].title}</h1>
          <p>{NOT_FOUND[locale].text}</p>
          <p>
            <a href={`${prefix(locale)}${publicPath}`}>{NOT_FOUND[locale].back}</a>
          </p>
        </main>
      </div>
    )
  }
  return NotFound
}

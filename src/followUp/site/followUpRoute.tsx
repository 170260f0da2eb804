import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import type { PublicLocale } from '../../publicPage/loadPublicPage'
import type { HostConfig } from '../../publicPage/site/planRoutes'

import { pluginOptionsOf } from '../../options/pluginOptionsOf'
import '../../publicPage/site/planPage.css'
import { readPublishedPlan } from '../../publicPage/site/readPlan'
import { FollowUpPage } from './FollowUpPage'
import { followUpWords } from './followUpWords'

type Props = { params: Promise<{ id?: string; year: string }> }

/**
 * "Så gick det" as a Next.js route, in one language: `followUpRoute(config, 'sv')` at
 * `${publicPath}/[year]/uppfoljning` (the latest published report) and at
 * `${publicPath}/[year]/uppfoljning/[id]` (that report); `'en'` under `/en`. 404 until a report of
 * the year's published plan is published.
 */
export const followUpRoute = (config: HostConfig, locale: PublicLocale) => {
  const load = async ({ params }: Props) => {
    const { id, year: rawYear } = await params
    if (!/^\d{4}$/.test(rawYear) || (id !== undefined && !/^[A-Za-z0-9-]{1,40}$/.test(id)))
      return null
    const payload = await getPayload({ config: await config })
    const year = Number(rawYear)
    const plan = await readPublishedPlan(payload, year, locale)
    const followUp =
      (id === undefined
        ? plan?.followUpReports[0]
        : plan?.followUpReports.find((r) => r.report.id === id)) ?? null
    if (!plan || !followUp) return null
    const { publicPath } = pluginOptionsOf(payload.config)
    return {
      followUp,
      path: `${publicPath}/${year}/uppfoljning${id === undefined ? '' : `/${id}`}`,
      plan,
    }
  }
  return {
    generateMetadata: async (props: Props): Promise<Metadata> => {
      const page = await load(props)
      return {
        title: page
          ? `${followUpWords(locale).heading(page.plan.year)}: ${page.followUp.report.title}`
          : locale === 'en'
            ? 'Page not found'
            : 'Sidan finns inte',
      }
    },
    Page: async (props: Props) => {
      const page = await load(props)
      if (!page) notFound()
      return <FollowUpPage followUp={page.followUp} path={page.path} plan={page.plan} />
    },
  }
}

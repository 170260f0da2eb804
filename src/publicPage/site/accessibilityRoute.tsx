import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import type { PublicLocale } from '../loadPublicPage'
import type { HostConfig } from './planRoutes'

import { isReceiptNumber } from '../../lib/receiptNumber'
import './planPage.css'
import { AccessibilityStatementPage } from './AccessibilityStatementPage'
import { latestPublishedYear, readPublishedPlan } from './readPlan'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/**
 * The accessibility statement as a Next.js route, in one language: `accessibilityRoute(config,
 * 'sv')` at `${publicPath}/tillganglighet`, `'en'` under `/en`. 404 until the site settings say how
 * accessible the site is (and a plan is published: the page wears its look). `?kvitto=` shows the
 * receipt of a report sent without JavaScript.
 */
export const accessibilityRoute = (config: HostConfig, locale: PublicLocale) => {
  const load = async () => {
    const payload = await getPayload({ config: await config })
    const year = await latestPublishedYear(payload)
    const plan = year === null ? null : await readPublishedPlan(payload, year, locale)
    if (!plan?.site.accessibilityStatement) return null
    return { feedbackAction: `${payload.config.routes.api}/public/feedback`, plan }
  }
  return {
    generateMetadata: async (): Promise<Metadata> => {
      const page = await load()
      if (!page) return { title: locale === 'en' ? 'Page not found' : 'Sidan finns inte' }
      return {
        title:
          locale === 'en'
            ? `Accessibility statement – ${page.plan.organisation}`
            : `Tillgänglighetsredogörelse – ${page.plan.organisation}`,
      }
    },
    Page: async ({ searchParams }: Props) => {
      const page = await load()
      if (!page) notFound()
      const query = await searchParams
      const receipt = typeof query.kvitto === 'string' ? query.kvitto : ''
      return (
        <AccessibilityStatementPage
          feedbackAction={page.feedbackAction}
          plan={page.plan}
          receipt={
            isReceiptNumber(receipt) ? { id: receipt, replyExpected: query.svar === 'ja' } : null
          }
        />
      )
    },
  }
}

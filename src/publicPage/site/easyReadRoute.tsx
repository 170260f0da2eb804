import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import type { PublicLocale } from '../loadPublicPage'
import type { HostConfig } from './planRoutes'

import { pluginOptionsOf } from '../../options/pluginOptionsOf'
import './planPage.css'
import { EasyReadPage } from './EasyReadPage'
import { readPublishedPlan } from './readPlan'

type Props = { params: Promise<{ year: string }> }

/**
 * The plan in easy Swedish as a Next.js route, in one language: `easyReadRoute(config, 'sv')` at
 * `${publicPath}/[year]/lattlast`, `'en'` under `/en`. 404 unless the year's published plan has an
 * easy-to-read text.
 */
export const easyReadRoute = (config: HostConfig, locale: PublicLocale) => {
  const load = async ({ params }: Props) => {
    const { year } = await params
    if (!/^\d{4}$/.test(year)) return null
    const payload = await getPayload({ config: await config })
    const plan = await readPublishedPlan(payload, Number(year), locale)
    if (!plan?.easyRead) return null
    return { path: `${pluginOptionsOf(payload.config).publicPath}/${year}/lattlast`, plan }
  }
  return {
    generateMetadata: async (props: Props): Promise<Metadata> => {
      const page = await load(props)
      if (!page) return { title: locale === 'en' ? 'Page not found' : 'Sidan finns inte' }
      return {
        title: `${locale === 'en' ? 'Easy to read' : 'Lättläst'}: ${page.plan.title}`,
      }
    },
    Page: async (props: Props) => {
      const page = await load(props)
      if (!page) notFound()
      return <EasyReadPage path={page.path} plan={page.plan} />
    },
  }
}

import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import {
  parseMonthlyIncome,
  PlanPage,
  readDraftPlan,
  readPublishedPlan,
  RefreshOnSave,
} from 'mal-och-budget/site'

export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ year: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const parseYear = (raw: string): null | number => (/^\d{4}$/.test(raw) ? Number(raw) : null)

const load = async ({ params, searchParams }: Props) => {
  const year = parseYear((await params).year)
  if (year === null) return { plan: null, preview: false }
  if ((await searchParams).preview !== undefined) {
    const draft = await readDraftPlan(year)
    if (draft) return { plan: draft, preview: true }
  }
  return { plan: await readPublishedPlan(year), preview: false }
}

export const generateMetadata = async (props: Props): Promise<Metadata> => {
  const { plan } = await load(props)
  return { title: plan ? plan.title : 'Sidan finns inte' }
}

/**
 * `/mal-och-budget/2021`: the published page, from the same cache as the public API. With
 * `?preview`, a logged-in editor sees the drafts (and the admin's live preview refreshes it on
 * every save); anyone else gets the published page.
 */
const PlanRoute = async (props: Props) => {
  const { plan, preview } = await load(props)
  if (!plan) notFound()
  const income = (await props.searchParams).manadsinkomst
  return (
    <>
      {preview ? <RefreshOnSave /> : null}
      <PlanPage
        monthlyIncome={parseMonthlyIncome(typeof income === 'string' ? income : null)}
        plan={plan}
        preview={preview}
      />
    </>
  )
}

export default PlanRoute

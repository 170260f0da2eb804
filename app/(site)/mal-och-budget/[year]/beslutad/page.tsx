import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { PlanPage, readDecidedPlan } from 'mal-och-budget/site'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ year: string }> }

const load = async ({ params }: Props) => {
  const raw = (await params).year
  return /^\d{4}$/.test(raw) ? readDecidedPlan(Number(raw)) : null
}

export const generateMetadata = async (props: Props): Promise<Metadata> => {
  const plan = await load(props)
  return { title: plan ? `${plan.title} (beslutad version)` : 'Sidan finns inte' }
}

/** `/mal-och-budget/2021/beslutad`: the plan as the council decided it, frozen. */
const DecidedRoute = async (props: Props) => {
  const plan = await load(props)
  if (!plan) notFound()
  return <PlanPage decided plan={plan} preview={false} />
}

export default DecidedRoute

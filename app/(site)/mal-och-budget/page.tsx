import { notFound, redirect } from 'next/navigation'

import { latestPublishedYear } from 'mal-och-budget/site'

export const dynamic = 'force-dynamic'

/** `/mal-och-budget` leads to the latest published year. */
const LatestPlan = async () => {
  const year = await latestPublishedYear()
  if (year === null) notFound()
  redirect(`/mal-och-budget/${year}`)
}

export default LatestPlan

import config from '@payload-config'
import { followUpRoute } from 'mal-och-budget/site'

export const dynamic = 'force-dynamic'

const route = followUpRoute(config, 'sv')

/** `/mal-och-budget/[year]/uppfoljning/[id]`: "Så gick det", one published follow-up report of the plan. */
export const generateMetadata = route.generateMetadata
export default route.Page

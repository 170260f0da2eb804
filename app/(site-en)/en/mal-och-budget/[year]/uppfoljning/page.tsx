import config from '@payload-config'
import { followUpRoute } from 'mal-och-budget/site'

export const dynamic = 'force-dynamic'

const route = followUpRoute(config, 'en')

/** `/en/mal-och-budget/[year]/uppfoljning`: "Så gick det", the plan's latest published follow-up report. */
export const generateMetadata = route.generateMetadata
export default route.Page

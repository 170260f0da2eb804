import config from '@payload-config'
import { latestPlanRoute } from 'mal-och-budget/site'

export const dynamic = 'force-dynamic'

/** `/mal-och-budget` leads to the latest published year. */
export default latestPlanRoute(config, 'sv')

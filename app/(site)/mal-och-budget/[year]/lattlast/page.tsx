import config from '@payload-config'
import { easyReadRoute } from 'mal-och-budget/site'

export const dynamic = 'force-dynamic'

const route = easyReadRoute(config, 'sv')

/** `/mal-och-budget/[year]/lattlast`: the plan in easy Swedish. */
export const generateMetadata = route.generateMetadata
export default route.Page

import config from '@payload-config'
import { planRoute } from 'mal-och-budget/site'

export const dynamic = 'force-dynamic'

const route = planRoute(config, 'sv')

/** `/mal-och-budget/2021`: the published page (`?preview`: the drafts, for staff; `?locale=en`: English). */
export const generateMetadata = route.generateMetadata
export default route.Page

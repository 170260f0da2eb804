import config from '@payload-config'
import { planRoute } from 'mal-och-budget/site'

export const dynamic = 'force-dynamic'

const route = planRoute(config, 'en')

/** `/en/mal-och-budget/2021`: the published page in English. */
export const generateMetadata = route.generateMetadata
export default route.Page

// The public page of a year, from the plugin: one route, its styles come with it.
import config from '@payload-config'
import { planRoute } from 'mal-och-budget/site'

export const dynamic = 'force-dynamic'

const route = planRoute(config, 'sv')

export const generateMetadata = route.generateMetadata
export default route.Page

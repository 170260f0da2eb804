import config from '@payload-config'
import { decidedRoute } from 'mal-och-budget/site'

export const dynamic = 'force-dynamic'

const route = decidedRoute(config, 'en')

/** `/en/mal-och-budget/2021/beslutad`: the plan as the council decided it, frozen. */
export const generateMetadata = route.generateMetadata
export default route.Page

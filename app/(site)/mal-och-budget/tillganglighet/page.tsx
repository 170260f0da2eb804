import config from '@payload-config'
import { accessibilityRoute } from 'mal-och-budget/site'

export const dynamic = 'force-dynamic'

const route = accessibilityRoute(config, 'sv')

/** `/mal-och-budget/tillganglighet`: the accessibility statement (tillgänglighetsredogörelse). */
export const generateMetadata = route.generateMetadata
export default route.Page

import config from '@payload-config'
import { accessibilityRoute } from 'mal-och-budget/site'

export const dynamic = 'force-dynamic'

const route = accessibilityRoute(config, 'en')

/** `/en/mal-och-budget/tillganglighet`: the accessibility statement in English. */
export const generateMetadata = route.generateMetadata
export default route.Page

import config from '@payload-config'
import { feedRoute } from 'mal-och-budget/site'

export const dynamic = 'force-dynamic'

/** `/mal-och-budget/[year]/flode.atom`: the plan's published changes as an Atom feed. */
export const GET = feedRoute(config)

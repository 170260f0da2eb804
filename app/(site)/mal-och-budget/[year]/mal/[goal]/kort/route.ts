import config from '@payload-config'
import { goalCardRoute } from 'mal-och-budget/site'

export const dynamic = 'force-dynamic'

/** `/mal-och-budget/[year]/mal/[goal]/kort`: one goal as a card to embed in an `<iframe>`. */
export const GET = goalCardRoute(config)

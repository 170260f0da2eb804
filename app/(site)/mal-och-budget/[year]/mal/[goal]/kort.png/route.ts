import config from '@payload-config'
import { goalCardImageRoute } from 'mal-och-budget/site'

export const dynamic = 'force-dynamic'

/** `/mal-och-budget/[year]/mal/[goal]/kort.png`: one goal as an image for link previews. */
export const GET = goalCardImageRoute(config)

import type { CollectionParts } from '../collections/parts'

import { decideEndpoint, nextYearEndpoint, undoDecisionEndpoint } from './editionEndpoints'
import {
  holdPagesForCarriedOver,
  publishCarriedOver,
  releasePagesOnError,
} from './publishCarriedOver'

/**
 * What the editions feature adds to a plan: next year's plan and the decided version (actions in
 * the sidebar, their endpoints), and the publishing of what a plan carries over with it.
 */
export const planEditionParts = (): CollectionParts => ({
  endpoints: [nextYearEndpoint(), decideEndpoint(), undoDecisionEndpoint()],
  hooks: {
    afterChange: [publishCarriedOver],
    afterError: [releasePagesOnError],
    beforeChange: [holdPagesForCarriedOver],
  },
  sidebar: [
    {
      name: 'nextYearAction',
      type: 'ui',
      admin: {
        components: { Field: 'mal-och-budget/admin#NextYearButton' },
        position: 'sidebar',
      },
    },
    {
      name: 'decideAction',
      type: 'ui',
      admin: {
        components: { Field: 'mal-och-budget/admin#DecideButton' },
        position: 'sidebar',
      },
    },
  ],
})

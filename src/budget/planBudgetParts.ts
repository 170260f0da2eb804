import type { CollectionParts } from '../collections/parts'
import type { Slugs } from '../options/types'

import { budgetImportEndpoint, budgetTemplateEndpoint } from './budgetImportEndpoint'
import { budgetLinesField } from './budgetLinesField'

/** What the budget feature adds to a plan: its Budget tab (the import and the lines) and the import's endpoints. */
export const planBudgetParts = (slugs: Slugs): CollectionParts => ({
  endpoints: [budgetTemplateEndpoint(), budgetImportEndpoint()],
  fields: [
    {
      name: 'budgetImport',
      type: 'ui',
      admin: { components: { Field: 'mal-och-budget/admin#BudgetImport' } },
    },
    budgetLinesField(slugs),
  ],
})

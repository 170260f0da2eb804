import type { CollectionParts } from '../collections/parts'

import { GOAL_STATUS_OPTIONS } from '../lib/statusOptions'
import { importFromKolada } from './importFromKoladaEndpoint'
import { indicatorsField } from './indicatorsField'
import { statusFromFigures } from './statusFromFigures'

/** What the indicators feature adds to a goal: its indicators, its status from their figures, the Kolada import. */
export const goalIndicatorParts = (): CollectionParts => ({
  endpoints: [importFromKolada()],
  fields: [indicatorsField()],
  sidebar: [
    {
      name: 'status',
      type: 'select',
      admin: {
        description: {
          en: "Computed from the indicators' figures (Kolada and own figures) whenever it is read.",
          sv: 'Beräknas från indikatorernas värden (Kolada och egna uppgifter) varje gång målet läses.',
        },
        disableBulkEdit: true,
        disableListFilter: true,
        position: 'sidebar',
        readOnly: true,
      },
      hooks: { afterRead: [statusFromFigures] },
      label: { en: 'Status', sv: 'Status' },
      options: [...GOAL_STATUS_OPTIONS],
      virtual: true,
    },
    {
      name: 'koladaImport',
      type: 'ui',
      admin: {
        components: { Field: 'mal-och-budget/admin#ImportFromKoladaButton' },
        position: 'sidebar',
      },
    },
  ],
})

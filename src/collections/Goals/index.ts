import type { CollectionConfig } from 'payload'

import type { SanitizedOptions } from '../../options/types'

import { easyReadField } from '../../fields/easyReadField'
import { focusAreasField } from '../../fields/focusAreasField'
import { orderField } from '../../fields/orderField'
import { planField } from '../../fields/planField'
import { previousEditionField } from '../../fields/previousEditionField'
import { dropUnpublishedRelations } from '../../hooks/dropUnpublishedRelations'
import { refuseDeleteWhileReferenced } from '../../hooks/refuseDeleteWhileReferenced'
import { CONTENT_GROUP } from '../publicContent'
import type { CollectionParts } from '../parts'

import { planPreview } from '../planPreview'

/** A goal of a plan, with the indicators it is followed up with. */
export const createGoalsCollection = (
  options: SanitizedOptions,
  parts: CollectionParts = {},
): CollectionConfig => {
  const { slugs } = options
  return {
    slug: slugs.goals,
    admin: {
      defaultColumns: ['title', 'plan', 'status', '_status', 'reviewState', 'updatedAt'],
      description: {
        en: 'Goals chosen where the municipality does worse than the national average.',
        sv: 'Mål som valts där kommunen har sämre resultat än riket.',
      },
      group: CONTENT_GROUP,
      livePreview: planPreview(options, 'of its plan'),
      useAsTitle: 'title',
    },
    defaultSort: 'order',
    endpoints: parts.endpoints ?? [],
    fields: [
      {
        name: 'title',
        type: 'text',
        label: { en: 'Goal', sv: 'Mål' },
        localized: true,
        maxLength: 300,
        required: true,
      },
      {
        name: 'description',
        type: 'textarea',
        label: { en: 'Description', sv: 'Beskrivning' },
        localized: true,
        maxLength: 4000,
      },
      {
        name: 'rationale',
        type: 'textarea',
        admin: {
          description: {
            en: 'Why the goal was chosen: where the municipality does worse than the national average.',
            sv: 'Varför målet valts: där kommunen har sämre resultat än riket.',
          },
        },
        label: { en: 'Why this goal', sv: 'Varför detta mål' },
        localized: true,
        maxLength: 4000,
      },
      easyReadField({
        en: 'The goal in easy Swedish: short sentences, everyday words (LIX at most 30, at most 15 words a sentence). Shown on the easy-to-read page.',
        sv: 'Målet på lättläst svenska: korta meningar och vardagliga ord (LIX högst 30, högst 15 ord per mening). Visas på den lättlästa sidan.',
      }),
      // The indicators it is followed up with (the indicators feature).
      ...(parts.fields ?? []),
      planField(slugs),
      previousEditionField(slugs.goals),
      focusAreasField(slugs),
      // Its status from the figures, the Kolada import (the indicators feature).
      ...(parts.sidebar ?? []),
      orderField(),
    ],
    hooks: {
      afterRead: [
        dropUnpublishedRelations([
          { path: 'plan', relationTo: slugs.budgetPlans },
          { path: 'focusAreas', relationTo: slugs.focusAreas },
          { path: 'previousEdition', relationTo: slugs.goals },
        ]),
      ],
      beforeDelete: [
        refuseDeleteWhileReferenced([
          { collection: slugs.initiatives, field: 'goals', label: 'Insatser / initiatives' },
        ]),
      ],
    },
    labels: { plural: { en: 'Goals', sv: 'Mål' }, singular: { en: 'Goal', sv: 'Mål' } },
  }
}

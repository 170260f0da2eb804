import type { CollectionConfig } from 'payload'

import type { SanitizedOptions } from '../options/types'

import { dropUnpublishedRelations } from '../hooks/dropUnpublishedRelations'
import { focusAreasField } from '../fields/focusAreasField'
import { INITIATIVE_STATUS_OPTIONS } from '../lib/statusOptions'
import { orderField } from '../fields/orderField'
import { planField } from '../fields/planField'
import { planPreview } from './planPreview'
import { previousEditionField } from '../fields/previousEditionField'
import { CONTENT_GROUP } from './publicContent'

const dateOnly = { date: { displayFormat: 'yyyy-MM-dd', pickerAppearance: 'dayOnly' as const } }

/** What the municipality does this year to reach its goals. */
export const createInitiativesCollection = (options: SanitizedOptions): CollectionConfig => {
  const { slugs } = options
  return {
    slug: slugs.initiatives,
    admin: {
      defaultColumns: ['title', 'plan', 'status', 'progress', '_status', 'reviewState'],
      description: {
        en: 'What the municipality does this year, and how far it has come.',
        sv: 'Vad kommunen gör under året, och hur långt arbetet har kommit.',
      },
      group: CONTENT_GROUP,
      livePreview: planPreview(options, 'of its plan'),
      useAsTitle: 'title',
    },
    defaultSort: 'order',
    fields: [
      {
        name: 'title',
        type: 'text',
        label: { en: 'Initiative', sv: 'Insats' },
        localized: true,
        maxLength: 500,
        required: true,
      },
      {
        name: 'description',
        type: 'richText',
        label: { en: 'Description', sv: 'Beskrivning' },
        localized: true,
      },
      {
        type: 'row',
        fields: [
          {
            name: 'status',
            type: 'select',
            // Not Payload's default name: that is the drafts' `_status` type's on PostgreSQL.
            enumName: 'enum_initiatives_work_state',
            defaultValue: 'planned',
            label: { en: 'State of work', sv: 'Läge' },
            options: [...INITIATIVE_STATUS_OPTIONS],
            required: true,
          },
          {
            name: 'progress',
            type: 'number',
            defaultValue: 0,
            label: { en: 'Progress (%)', sv: 'Hur långt har arbetet kommit (%)' },
            max: 100,
            min: 0,
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'startDate',
            type: 'date',
            admin: dateOnly,
            label: { en: 'Start', sv: 'Start' },
          },
          {
            name: 'endDate',
            type: 'date',
            admin: dateOnly,
            label: { en: 'End', sv: 'Slut' },
            validate: (
              value: Date | null | string | undefined,
              { siblingData }: { siblingData: { startDate?: unknown } },
            ) =>
              !value ||
              !siblingData.startDate ||
              new Date(value) >= new Date(String(siblingData.startDate)) ||
              'Slutdatum kan inte vara före startdatum / The end date cannot be before the start date',
          },
        ],
      },
      {
        name: 'responsibleCommittee',
        type: 'text',
        label: { en: 'Responsible committee', sv: 'Ansvarig nämnd' },
        localized: true,
        maxLength: 200,
      },
      {
        name: 'places',
        type: 'array',
        admin: {
          components: {
            RowLabel: {
              clientProps: { fallback: 'Plats', parts: ['name'] },
              path: 'mal-och-budget/admin#NamedRowLabel',
            },
          },
        },
        fields: [
          {
            name: 'name',
            type: 'text',
            label: { en: 'Place', sv: 'Plats' },
            maxLength: 200,
            required: true,
          },
          {
            type: 'row',
            fields: [
              {
                name: 'latitude',
                type: 'number',
                label: { en: 'Latitude', sv: 'Latitud' },
                max: 90,
                min: -90,
              },
              {
                name: 'longitude',
                type: 'number',
                label: { en: 'Longitude', sv: 'Longitud' },
                max: 180,
                min: -180,
              },
            ],
          },
        ],
        label: { en: 'Places', sv: 'Platser' },
        labels: {
          plural: { en: 'Places', sv: 'Platser' },
          singular: { en: 'Place', sv: 'Plats' },
        },
        maxRows: 50,
      },
      {
        name: 'milestones',
        type: 'array',
        admin: {
          components: {
            RowLabel: {
              clientProps: { fallback: 'Delmål', parts: ['title', 'date'] },
              path: 'mal-och-budget/admin#NamedRowLabel',
            },
          },
        },
        fields: [
          {
            name: 'date',
            type: 'date',
            admin: dateOnly,
            label: { en: 'Date', sv: 'Datum' },
            required: true,
          },
          {
            name: 'title',
            type: 'text',
            label: { en: 'Milestone', sv: 'Delmål' },
            localized: true,
            maxLength: 300,
            required: true,
          },
          {
            name: 'description',
            type: 'textarea',
            label: { en: 'Description', sv: 'Beskrivning' },
            localized: true,
            maxLength: 2000,
          },
        ],
        label: { en: 'Milestones', sv: 'Delmål' },
        labels: {
          plural: { en: 'Milestones', sv: 'Delmål' },
          singular: { en: 'Milestone', sv: 'Delmål' },
        },
        maxRows: 50,
      },
      planField(slugs),
      previousEditionField(slugs.initiatives),
      {
        name: 'goals',
        type: 'relationship',
        admin: { position: 'sidebar' },
        hasMany: true,
        label: { en: 'Goals served', sv: 'Mål som insatsen bidrar till' },
        relationTo: slugs.goals,
      },
      focusAreasField(slugs),
      orderField(),
    ],
    hooks: {
      afterRead: [
        dropUnpublishedRelations([
          { path: 'plan', relationTo: slugs.budgetPlans },
          { path: 'goals', relationTo: slugs.goals },
          { path: 'focusAreas', relationTo: slugs.focusAreas },
          { path: 'previousEdition', relationTo: slugs.initiatives },
        ]),
      ],
    },
    labels: {
      plural: { en: 'Initiatives', sv: 'Insatser' },
      singular: { en: 'Initiative', sv: 'Insats' },
    },
  }
}

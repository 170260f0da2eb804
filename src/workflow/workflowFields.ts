import type { Field } from 'payload'

import type { Slugs } from '../options/types'

import { isStaff } from '../access/isStaff'

/** The review states of a document, as the admin shows them. */
export const REVIEW_STATE_OPTIONS = [
  { label: { en: 'Draft', sv: 'Utkast' }, value: 'draft' },
  { label: { en: 'In review', sv: 'För granskning' }, value: 'in_review' },
  { label: { en: 'Approved / published', sv: 'Godkänd/Publicerad' }, value: 'approved' },
  { label: { en: 'Returned', sv: 'Återskickad' }, value: 'returned' },
] as const

/** A review state. */
export type ReviewState = (typeof REVIEW_STATE_OPTIONS)[number]['value']

/** The review state (filterable in list views) and the log of every transition. */
export const workflowFields = (slugs: Slugs): Field[] => [
  {
    name: 'reviewState',
    type: 'select',
    access: { read: isStaff },
    admin: {
      components: { Field: 'mal-och-budget/admin#WorkflowPanel' },
      position: 'sidebar',
    },
    defaultValue: 'draft',
    index: true,
    label: { en: 'Review', sv: 'Granskning' },
    options: [...REVIEW_STATE_OPTIONS],
  },
  {
    name: 'reviewLog',
    type: 'array',
    access: { read: isStaff },
    // Written only by the workflow (enforceReview sets it on every save, whatever was sent).
    admin: {
      components: { RowLabel: 'mal-och-budget/admin#ReviewLogRowLabel' },
      initCollapsed: true,
      position: 'sidebar',
      readOnly: true,
    },
    fields: [
      { name: 'at', type: 'date', label: { en: 'When', sv: 'När' } },
      {
        name: 'by',
        type: 'relationship',
        label: { en: 'Who', sv: 'Vem' },
        relationTo: slugs.users,
      },
      { name: 'from', type: 'text', label: { en: 'From', sv: 'Från' } },
      { name: 'to', type: 'text', label: { en: 'To', sv: 'Till' } },
      {
        name: 'comment',
        type: 'textarea',
        label: { en: 'Comment', sv: 'Kommentar' },
        maxLength: 2000,
      },
    ],
    label: { en: 'Review history', sv: 'Granskningshistorik' },
  },
  {
    // What was sent for review (its content hash, who sent it): what an approval may publish.
    name: 'reviewPin',
    type: 'json',
    access: { read: isStaff },
    admin: { hidden: true },
  },
  {
    // An approval for a later time, until the jobs queue has published it.
    name: 'scheduledPublish',
    type: 'json',
    access: { read: isStaff },
    admin: { hidden: true },
  },
]

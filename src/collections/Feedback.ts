import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/isAdmin'
import { isStaff } from '../access/isStaff'
import { nobody } from '../access/nobody'
import { SLUGS } from './slugs'

/** Statuses of a feedback case, in the order staff move it through them. */
export const FEEDBACK_STATUS_OPTIONS = [
  { label: { en: 'New', sv: 'Ny' }, value: 'new' },
  { label: { en: 'In progress', sv: 'Under behandling' }, value: 'in_progress' },
  { label: { en: 'Answered', sv: 'Besvarad' }, value: 'answered' },
  { label: { en: 'Closed', sv: 'Avslutad' }, value: 'closed' },
]

/**
 * A resident's comment on a page. It holds personal data (name, e-mail address): only staff read
 * and handle it, only admins delete it, and the public cannot create it through the API until
 * the feedback endpoint (with validation and rate limits) opens that.
 */
export const Feedback: CollectionConfig = {
  slug: SLUGS.feedback,
  access: { create: nobody, delete: isAdmin, read: isStaff, update: isStaff },
  admin: {
    defaultColumns: ['createdAt', 'page', 'status', 'message'],
    description: {
      en: 'Comments from residents. Contains personal data: handle according to GDPR.',
      sv: 'Synpunkter från invånare. Innehåller personuppgifter: hantera enligt dataskyddsförordningen.',
    },
    group: { en: 'Feedback', sv: 'Synpunkter' },
    listSearchableFields: ['message'],
    useAsTitle: 'message',
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'page',
      type: 'relationship',
      index: true,
      label: { en: 'Page', sv: 'Sida' },
      relationTo: SLUGS.budgetPlans,
    },
    {
      name: 'pagePath',
      type: 'text',
      label: { en: 'Page address', sv: 'Sidans adress' },
      maxLength: 500,
      validate: (value: null | string | undefined) =>
        !value ||
        /^\/[^\s]*$/.test(value) ||
        'Adressen ska börja med / / The path must start with /',
    },
    { name: 'name', type: 'text', label: { en: 'Name', sv: 'Namn' }, maxLength: 100 },
    {
      name: 'email',
      type: 'email',
      label: { en: 'E-mail address', sv: 'E-postadress' },
      validate: (value: null | string | undefined) => {
        if (!value) return true
        if (value.length > 254)
          return 'E-postadressen är för lång (högst 254 tecken) / At most 254 characters'
        return (
          /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ||
          'Ange en giltig e-postadress / Enter a valid e-mail address'
        )
      },
    },
    {
      name: 'message',
      type: 'textarea',
      label: { en: 'Comment', sv: 'Synpunkt' },
      maxLength: 4000,
      required: true,
      validate: (value: null | string | undefined) => {
        const length = (value ?? '').trim().length
        if (length === 0) return 'Skriv din synpunkt / Write your comment'
        return length <= 4000 || 'Synpunkten får vara högst 4000 tecken / At most 4000 characters'
      },
    },
    {
      name: 'status',
      type: 'select',
      admin: { position: 'sidebar' },
      defaultValue: 'new',
      index: true,
      label: { en: 'Status', sv: 'Status' },
      options: FEEDBACK_STATUS_OPTIONS,
      required: true,
    },
    {
      name: 'internalNote',
      type: 'textarea',
      admin: { description: { en: 'Seen by staff only.', sv: 'Syns bara för personalen.' } },
      label: { en: 'Internal note', sv: 'Intern anteckning' },
      maxLength: 4000,
    },
    {
      name: 'noticeVersion',
      type: 'number',
      admin: {
        description: {
          en: 'Version of the data-protection notice the resident was shown.',
          sv: 'Version av dataskyddsinformationen som visades för invånaren.',
        },
        position: 'sidebar',
        readOnly: true,
      },
      label: { en: 'Data-protection notice version', sv: 'Version av dataskyddsinformation' },
      min: 1,
    },
  ],
  labels: {
    plural: { en: 'Feedback', sv: 'Synpunkter' },
    singular: { en: 'Feedback', sv: 'Synpunkt' },
  },
}

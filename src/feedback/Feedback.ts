import type { CollectionConfig } from 'payload'

import type { SanitizedOptions } from '../options/types'

import { isAdmin } from '../access/isAdmin'
import { feedbackForStaff } from './feedbackForStaff'
import { nobody } from '../access/nobody'
import { dataSubjectRequest } from '../gdpr/dataSubjectRequest'
import { assignReceiptNumber } from './hooks/assignReceiptNumber'
import { notifyPageOwner } from './hooks/notifyPageOwner'
import { validateFeedbackFields } from './hooks/validateFeedbackFields'
import { FEEDBACK_STATUS_OPTIONS } from '../lib/statusOptions'

/**
 * A resident's comment on a page. It holds personal data (name, e-mail address): admins read and
 * handle all of it, editors what concerns their pages, only admins delete it. The public creates
 * it only through `POST /api/public/feedback` (validation, rate limits); Payload's own create
 * routes stay closed, and every create runs the endpoint's checks anyway.
 */
export const createFeedbackCollection = (options: SanitizedOptions): CollectionConfig => ({
  slug: options.slugs.feedback,
  access: { create: nobody, delete: isAdmin, read: feedbackForStaff, update: feedbackForStaff },
  admin: {
    defaultColumns: ['createdAt', 'page', 'topic', 'status', 'handler', 'message'],
    description: {
      en: 'Comments from residents. Contains personal data: handle according to GDPR.',
      sv: 'Synpunkter från invånare. Innehåller personuppgifter: hantera enligt dataskyddsförordningen.',
    },
    group: { en: 'Feedback', sv: 'Synpunkter' },
    listSearchableFields: ['message', 'receipt'],
    useAsTitle: 'message',
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'page',
      type: 'relationship',
      index: true,
      label: { en: 'Page', sv: 'Sida' },
      relationTo: options.slugs.budgetPlans,
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
    },
    {
      name: 'message',
      type: 'textarea',
      label: { en: 'Comment', sv: 'Synpunkt' },
      required: true,
    },
    {
      name: 'topic',
      type: 'select',
      admin: {
        description: {
          en: 'An accessibility problem comes from the form on the accessibility statement; the law asks for an answer.',
          sv: 'Ett tillgänglighetsproblem kommer från formuläret i tillgänglighetsredogörelsen; lagen kräver ett svar.',
        },
        position: 'sidebar',
      },
      defaultValue: 'content',
      index: true,
      label: { en: 'Topic', sv: 'Gäller' },
      options: [
        { label: { en: 'The content', sv: 'Innehållet' }, value: 'content' },
        {
          label: { en: 'An accessibility problem', sv: 'Ett tillgänglighetsproblem' },
          value: 'accessibility',
        },
      ],
      required: true,
    },
    {
      name: 'status',
      type: 'select',
      admin: { position: 'sidebar' },
      defaultValue: 'new',
      index: true,
      label: { en: 'Status', sv: 'Status' },
      options: [...FEEDBACK_STATUS_OPTIONS],
      required: true,
    },
    {
      name: 'handler',
      type: 'relationship',
      admin: { position: 'sidebar' },
      index: true,
      label: { en: 'Handled by', sv: 'Handläggare' },
      relationTo: options.slugs.users,
    },
    {
      name: 'internalNote',
      type: 'textarea',
      admin: { description: { en: 'Seen by staff only.', sv: 'Syns bara för personalen.' } },
      label: { en: 'Internal note', sv: 'Intern anteckning' },
      maxLength: 4000,
    },
    {
      name: 'receipt',
      type: 'text',
      admin: {
        description: {
          en: 'Given to the resident; random, so it reveals nothing about other feedback.',
          sv: 'Lämnas till invånaren; slumpmässigt, så det avslöjar inget om andra synpunkter.',
        },
        position: 'sidebar',
        readOnly: true,
      },
      index: true,
      label: { en: 'Receipt number', sv: 'Kvittonummer' },
      maxLength: 20,
      unique: true,
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
  endpoints: [dataSubjectRequest('export'), dataSubjectRequest('erase')],
  hooks: {
    afterChange: [notifyPageOwner(options)],
    beforeChange: [assignReceiptNumber],
    beforeValidate: [validateFeedbackFields],
  },
})

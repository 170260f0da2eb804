import type { CollectionConfig } from 'payload'

import type { SanitizedOptions } from '../options/types'

import { isAdmin } from '../access/isAdmin'
import { nobody } from '../access/nobody'

/**
 * A resident who follows a plan, or one of its goals, by e-mail. Personal data (the address): only
 * admins read or delete it; it is written only through the public follow routes (double opt-in),
 * never through Payload's own. Unconfirmed rows are deleted after FOLLOW_CONFIRM_DAYS by the
 * retention task; the data-subject export and erasure include them.
 */
export const createSubscriptionsCollection = ({ slugs }: SanitizedOptions): CollectionConfig => ({
  slug: slugs.subscriptions,
  access: { create: nobody, delete: isAdmin, read: isAdmin, update: nobody },
  admin: {
    defaultColumns: ['createdAt', 'plan', 'goal', 'confirmedAt', 'lastSentAt'],
    description: {
      en: 'Residents who follow a plan or a goal by e-mail. Contains personal data: handle according to GDPR.',
      sv: 'Invånare som följer en plan eller ett mål via e-post. Innehåller personuppgifter: hantera enligt dataskyddsförordningen.',
    },
    group: { en: 'Feedback', sv: 'Synpunkter' },
    useAsTitle: 'createdAt',
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'email',
      type: 'text',
      admin: { readOnly: true },
      label: { en: 'E-mail address', sv: 'E-postadress' },
      maxLength: 254,
      required: true,
    },
    // The address as a keyed hash: how the unsubscribe link finds every row of one address.
    { name: 'emailHash', type: 'text', admin: { hidden: true }, index: true, required: true },
    {
      name: 'plan',
      type: 'relationship',
      admin: { readOnly: true },
      index: true,
      label: { en: 'Plan', sv: 'Plan' },
      relationTo: slugs.budgetPlans,
      required: true,
    },
    {
      name: 'goal',
      type: 'text',
      admin: {
        description: {
          en: 'The goal followed (its id); empty: the whole plan.',
          sv: 'Målet som följs (dess id); tomt: hela planen.',
        },
        readOnly: true,
      },
      label: { en: 'Goal', sv: 'Mål' },
    },
    {
      name: 'locale',
      type: 'select',
      admin: { readOnly: true },
      defaultValue: 'sv',
      label: { en: 'Language', sv: 'Språk' },
      options: [
        { label: 'Svenska', value: 'sv' },
        { label: 'English', value: 'en' },
      ],
      required: true,
    },
    {
      name: 'confirmedAt',
      type: 'date',
      admin: { readOnly: true },
      index: true,
      label: { en: 'Confirmed', sv: 'Bekräftad' },
    },
    {
      name: 'lastSentAt',
      type: 'date',
      admin: { readOnly: true },
      label: { en: 'Last e-mail', sv: 'Senaste utskick' },
    },
    {
      name: 'noticeVersion',
      type: 'number',
      admin: { readOnly: true },
      label: { en: 'Data-protection notice version', sv: 'Dataskyddsinformationens version' },
    },
  ],
  labels: {
    plural: { en: 'Followers by e-mail', sv: 'Följare via e-post' },
    singular: { en: 'Follower by e-mail', sv: 'Följare via e-post' },
  },
})

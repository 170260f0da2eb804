import type { CollectionConfig } from 'payload'

import type { SanitizedOptions } from '../options/types'

import { isAdmin } from '../access/isAdmin'
import { nobody } from '../access/nobody'

/**
 * Every export or erasure of one person's data: who ran it, when, how, and how many documents it
 * concerned. The e-mail address itself is stored only as a keyed hash, so the log holds no
 * personal data but a repeated request for the same address can still be recognised.
 */
export const createGdprRequestsCollection = ({ slugs }: SanitizedOptions): CollectionConfig => ({
  slug: slugs.gdprRequests,
  access: { create: nobody, delete: nobody, read: isAdmin, update: nobody },
  admin: {
    defaultColumns: ['createdAt', 'action', 'count', 'performedBy', 'via'],
    description: {
      en: 'Exports and erasures of personal data (GDPR articles 15 and 17).',
      sv: 'Registerutdrag och radering av personuppgifter (artikel 15 och 17 i dataskyddsförordningen).',
    },
    group: { en: 'Administration', sv: 'Administration' },
    useAsTitle: 'action',
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'action',
      type: 'select',
      label: { en: 'Action', sv: 'Åtgärd' },
      options: [
        { label: { en: 'Export', sv: 'Registerutdrag' }, value: 'export' },
        { label: { en: 'Erase', sv: 'Radering' }, value: 'erase' },
      ],
      required: true,
    },
    {
      name: 'emailHash',
      type: 'text',
      index: true,
      label: { en: 'Address (keyed hash)', sv: 'Adress (nyckelhash)' },
      required: true,
    },
    { name: 'count', type: 'number', label: { en: 'Documents', sv: 'Dokument' }, required: true },
    {
      name: 'performedBy',
      type: 'relationship',
      label: { en: 'By', sv: 'Utförd av' },
      relationTo: slugs.users,
    },
    {
      name: 'via',
      type: 'select',
      label: { en: 'Via', sv: 'Via' },
      options: [
        { label: { en: 'Admin API', sv: 'Administrationens API' }, value: 'api' },
        { label: { en: 'Command line', sv: 'Kommandorad' }, value: 'cli' },
      ],
      required: true,
    },
  ],
  labels: {
    plural: { en: 'Data-subject requests', sv: 'Begäranden om personuppgifter' },
    singular: { en: 'Data-subject request', sv: 'Begäran om personuppgifter' },
  },
})

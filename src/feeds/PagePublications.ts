import type { CollectionConfig } from 'payload'

import type { SanitizedOptions } from '../options/types'

import { isAdmin } from '../access/isAdmin'
import { nobody } from '../access/nobody'

/**
 * Each time a plan's public page changed: when, and what changed, in the "what changed" sentences
 * (for the whole plan and per goal) — what the Atom feeds list. Written only by the jobs queue
 * (`recordPagePublication`), read by admins; the public reads it through the feeds. The newest
 * record of a plan keeps the page as it was published (`snapshot`), the next one's "before".
 */
export const createPagePublicationsCollection = ({
  slugs,
}: SanitizedOptions): CollectionConfig => ({
  slug: slugs.pagePublications,
  access: { create: nobody, delete: nobody, read: isAdmin, update: nobody },
  admin: {
    defaultColumns: ['publishedAt', 'year', 'plan'],
    group: { en: 'Administration', sv: 'Administration' },
    useAsTitle: 'publishedAt',
  },
  defaultSort: '-publishedAt',
  fields: [
    {
      name: 'plan',
      type: 'relationship',
      index: true,
      label: { en: 'Plan', sv: 'Plan' },
      relationTo: slugs.budgetPlans,
    },
    { name: 'year', type: 'number', index: true, label: { en: 'Year', sv: 'År' }, required: true },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      label: { en: 'Published', sv: 'Publicerad' },
      required: true,
    },
    { name: 'changes', type: 'json', label: { en: 'What changed', sv: 'Vad som ändrats' } },
    {
      name: 'goalChanges',
      type: 'json',
      label: { en: 'What changed, per goal', sv: 'Vad som ändrats, per mål' },
    },
    { name: 'snapshot', type: 'json', admin: { hidden: true } },
  ],
  indexes: [{ fields: ['plan', 'publishedAt'], unique: true }],
  labels: {
    plural: { en: 'Page publications', sv: 'Publiceringar av sidan' },
    singular: { en: 'Page publication', sv: 'Publicering av sidan' },
  },
})

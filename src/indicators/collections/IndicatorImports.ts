import type { CollectionConfig } from 'payload'

import type { SanitizedOptions } from '../../options/types'

import { isAdmin } from '../../access/isAdmin'
import { isStaff } from '../../access/isStaff'
import { nobody } from '../../access/nobody'
import { INDICATORS_GROUP } from './group'

/** One run of the Kolada import: when, what triggered it, which KPIs, what changed, what failed. */
export const createIndicatorImportsCollection = ({
  slugs,
}: SanitizedOptions): CollectionConfig => ({
  slug: slugs.indicatorImports,
  access: { create: nobody, delete: isAdmin, read: isStaff, update: nobody },
  admin: {
    defaultColumns: ['startedAt', 'outcome', 'trigger', 'kpis', 'changeCount', 'errorCount'],
    description: {
      en: 'Every import of figures from Kolada, newest first.',
      sv: 'Varje hämtning av uppgifter från Kolada, senaste först.',
    },
    group: INDICATORS_GROUP,
    useAsTitle: 'summary',
  },
  defaultSort: '-startedAt',
  fields: [
    { name: 'startedAt', type: 'date', label: { en: 'Started', sv: 'Startad' }, required: true },
    { name: 'finishedAt', type: 'date', label: { en: 'Finished', sv: 'Klar' } },
    {
      name: 'trigger',
      type: 'select',
      label: { en: 'Started by', sv: 'Startad av' },
      options: [
        { label: { en: 'Schedule', sv: 'Schema' }, value: 'schedule' },
        { label: { en: 'Admin panel', sv: 'Administrationen' }, value: 'admin' },
        { label: { en: 'Command line', sv: 'Kommandorad' }, value: 'cli' },
      ],
      required: true,
    },
    {
      name: 'outcome',
      type: 'select',
      label: { en: 'Outcome', sv: 'Resultat' },
      options: [
        { label: { en: 'Done', sv: 'Klar' }, value: 'ok' },
        { label: { en: 'Partly done', sv: 'Delvis klar' }, value: 'partial' },
        { label: { en: 'Failed', sv: 'Misslyckades' }, value: 'failed' },
      ],
      required: true,
    },
    { name: 'kpis', type: 'text', label: { en: 'KPIs', sv: 'KPI:er' } },
    { name: 'changeCount', type: 'number', label: { en: 'Changed figures', sv: 'Ändrade värden' } },
    { name: 'errorCount', type: 'number', label: { en: 'Errors', sv: 'Fel' } },
    { name: 'summary', type: 'textarea', label: { en: 'Summary', sv: 'Sammanfattning' } },
    {
      name: 'changes',
      type: 'json',
      label: { en: 'Changes (KPI, area, year, before, after)', sv: 'Ändringar' },
    },
    { name: 'errors', type: 'json', label: { en: 'Errors per KPI', sv: 'Fel per KPI' } },
  ],
  labels: {
    plural: { en: 'Kolada imports', sv: 'Kolada-hämtningar' },
    singular: { en: 'Kolada import', sv: 'Kolada-hämtning' },
  },
})

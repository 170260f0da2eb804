import type { CollectionConfig } from 'payload'

import type { SanitizedOptions } from '../../options/types'

import { isAdmin } from '../../access/isAdmin'
import { isStaff } from '../../access/isStaff'
import { nobody } from '../../access/nobody'
import { INDICATORS_GROUP } from './group'

/**
 * Kolada's figures for one KPI: per area (the municipality, Riket, the comparison group) and year,
 * written only by the import. Goals refer to it by KPI id; the public reads it through the page.
 */
export const createIndicatorSeriesCollection = ({ slugs }: SanitizedOptions): CollectionConfig => ({
  slug: slugs.indicatorSeries,
  typescript: { interface: 'IndicatorSeries' },
  access: { create: nobody, delete: isAdmin, read: isStaff, update: nobody },
  admin: {
    defaultColumns: ['kpiId', 'title', 'latestYear', 'fetchedAt', 'checkedAt'],
    description: {
      en: 'Figures imported from Kolada (source: Kolada). Written by the import only.',
      sv: 'Uppgifter hämtade från Kolada (källa: Kolada). Skrivs bara av importen.',
    },
    group: INDICATORS_GROUP,
    useAsTitle: 'kpiId',
  },
  defaultSort: 'kpiId',
  fields: [
    {
      name: 'kpiId',
      type: 'text',
      index: true,
      label: { en: 'Kolada KPI id', sv: 'Kolada-id (KPI)' },
      required: true,
      unique: true,
    },
    { name: 'title', type: 'text', label: { en: 'Title in Kolada', sv: 'Titel i Kolada' } },
    {
      name: 'genderDivided',
      type: 'checkbox',
      label: { en: 'Divided by gender', sv: 'Uppdelad på kön' },
    },
    {
      name: 'latestYear',
      type: 'number',
      label: { en: 'Newest year', sv: 'Senaste år' },
    },
    {
      name: 'points',
      type: 'json',
      admin: {
        description: {
          en: 'Per area and year: value (total), women, men, preliminary.',
          sv: 'Per område och år: värde (totalt), kvinnor, män, preliminärt.',
        },
      },
      label: { en: 'Figures', sv: 'Värden' },
    },
    {
      name: 'fetchedAt',
      type: 'date',
      admin: {
        description: {
          en: 'When the figures shown were fetched (moves only when they change).',
          sv: 'När de visade värdena hämtades (ändras bara när de ändras).',
        },
      },
      label: { en: 'Fetched', sv: 'Hämtad' },
    },
    {
      name: 'checkedAt',
      type: 'date',
      label: { en: 'Last checked', sv: 'Senast kontrollerad' },
    },
  ],
  labels: {
    plural: { en: 'Kolada series', sv: 'Kolada-serier' },
    singular: { en: 'Kolada series', sv: 'Kolada-serie' },
  },
})

import type { CollectionConfig } from 'payload'

import type { SanitizedOptions } from '../../options/types'

import { isAdmin } from '../../access/isAdmin'
import { isStaff } from '../../access/isStaff'
import { nobody } from '../../access/nobody'
import { INDICATORS_GROUP } from './group'

/** The reasons an indicator's figures count as stale. */
export const STALE_REASON_OPTIONS = [
  { label: { en: 'Kolada has a newer year', sv: 'Kolada har ett nyare år' }, value: 'newer_year' },
  { label: { en: 'No recent figure', sv: 'Inga aktuella uppgifter' }, value: 'no_recent_figure' },
] as const

/**
 * A stale indicator on a published page: one row per goal, indicator, reason and newest year, so
 * the page owner is told once — and told again only when the situation moves on.
 */
export const createIndicatorAlertsCollection = ({ slugs }: SanitizedOptions): CollectionConfig => ({
  slug: slugs.indicatorAlerts,
  access: { create: nobody, delete: isAdmin, read: isStaff, update: nobody },
  admin: {
    defaultColumns: ['createdAt', 'goal', 'indicatorName', 'reason', 'sentTo'],
    description: {
      en: 'Indicators whose figures are out of date. The page owner is e-mailed once per alert.',
      sv: 'Indikatorer vars uppgifter är inaktuella. Sidans ägare får ett e-postmeddelande per varning.',
    },
    group: INDICATORS_GROUP,
    useAsTitle: 'message',
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'key',
      type: 'text',
      admin: { hidden: true },
      index: true,
      required: true,
      unique: true,
    },
    {
      name: 'goal',
      type: 'relationship',
      index: true,
      label: { en: 'Goal', sv: 'Mål' },
      relationTo: slugs.goals,
    },
    { name: 'indicatorName', type: 'text', label: { en: 'Indicator', sv: 'Indikator' } },
    { name: 'kpiId', type: 'text', label: { en: 'Kolada KPI id', sv: 'Kolada-id (KPI)' } },
    {
      name: 'reason',
      type: 'select',
      label: { en: 'Reason', sv: 'Orsak' },
      options: [...STALE_REASON_OPTIONS],
      required: true,
    },
    { name: 'message', type: 'textarea', label: { en: 'Message', sv: 'Meddelande' } },
    { name: 'sentTo', type: 'text', label: { en: 'E-mailed to', sv: 'Skickat till' } },
  ],
  labels: {
    plural: { en: 'Stale-figure alerts', sv: 'Varningar om inaktuella uppgifter' },
    singular: { en: 'Stale-figure alert', sv: 'Varning om inaktuella uppgifter' },
  },
})

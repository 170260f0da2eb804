import type { CollectionConfig, PayloadRequest } from 'payload'

import type { SanitizedOptions } from '../options/types'
import type { DocumentId } from '../types'

import { isAdmin } from '../access/isAdmin'
import { nobody } from '../access/nobody'
import { pluginOptionsOf } from '../options/pluginOptionsOf'

/** What the audit log records: acts that change a plan's standing and cannot be undone by a save. */
export const AUDITED_ACTIONS = ['plan-decided', 'plan-decision-undone'] as const

/** One audited act. */
export type AuditedAction = (typeof AUDITED_ACTIONS)[number]

/**
 * Administrative acts on record: who marked a plan as council-decided, who undid it and why.
 * Written only by the plugin; read by admins; never changed or deleted through the API.
 */
export const createAuditLogCollection = ({ slugs }: SanitizedOptions): CollectionConfig => ({
  slug: slugs.auditLog,
  access: { create: nobody, delete: nobody, read: isAdmin, update: nobody },
  admin: {
    defaultColumns: ['createdAt', 'action', 'plan', 'by', 'reason'],
    group: { en: 'Administration', sv: 'Administration' },
    useAsTitle: 'action',
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'action',
      type: 'select',
      index: true,
      label: { en: 'Action', sv: 'Åtgärd' },
      options: [
        {
          label: { en: 'Plan marked as decided', sv: 'Plan markerad som beslutad' },
          value: 'plan-decided',
        },
        { label: { en: 'Decision undone', sv: 'Beslut ångrat' }, value: 'plan-decision-undone' },
      ],
      required: true,
    },
    {
      name: 'plan',
      type: 'relationship',
      index: true,
      label: { en: 'Plan', sv: 'Plan' },
      relationTo: slugs.budgetPlans,
    },
    { name: 'by', type: 'relationship', label: { en: 'By', sv: 'Av' }, relationTo: slugs.users },
    { name: 'reason', type: 'textarea', label: { en: 'Reason', sv: 'Skäl' }, maxLength: 2000 },
    { name: 'details', type: 'json', label: { en: 'Details', sv: 'Uppgifter' } },
  ],
  labels: {
    plural: { en: 'Audit log', sv: 'Händelselogg' },
    singular: { en: 'Audit entry', sv: 'Logghändelse' },
  },
})

/** Records an audited act (as the system: nobody writes the log through the API). */
export const recordAudit = async (
  req: PayloadRequest,
  entry: {
    action: AuditedAction
    details?: Record<string, unknown>
    plan: null | number | string
    reason?: string
  },
): Promise<void> => {
  await req.payload.create({
    collection: pluginOptionsOf(req.payload.config).slugs.auditLog,
    // Ids as the host's database gives them (its generated types may narrow them to numbers).
    data: {
      ...entry,
      by: (req.user?.id ?? null) as DocumentId | null,
      plan: entry.plan as DocumentId | null,
    },
    overrideAccess: true,
    req,
  })
}

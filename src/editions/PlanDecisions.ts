import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { APIError } from 'payload'

import type { SanitizedOptions } from '../options/types'

import { isAdmin } from '../access/isAdmin'
import { isStaff } from '../access/isStaff'
import { nobody } from '../access/nobody'
import { idOf } from '../lib/idOf'
import { CONTENT_GROUP } from '../collections/publicContent'
import { markPublicChangeOnSave } from '../hooks/publicChange/markPublicChangeHooks'

const FROZEN = [
  'plan',
  'year',
  'date',
  'paragraph',
  'diaryNumber',
  'decidedBy',
  'snapshot',
] as const

const same = (a: unknown, b: unknown): boolean =>
  JSON.stringify(idOf(a) ?? a ?? null) === JSON.stringify(idOf(b) ?? b ?? null)

/** A decided version never changes: only its correction note may be added (by an admin). */
export const refuseChangeOfDecision: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  const changed = FROZEN.filter((name) => name in data && !same(data[name], originalDoc[name]))
  if (changed.length > 0) {
    throw new APIError(
      `Den beslutade versionen kan inte ändras (${changed.join(', ')}); lägg till en rättelse i stället / The decided version cannot be changed; add a correction note instead`,
      403,
      undefined,
      true,
    )
  }
  return data
}

/**
 * The council-decided version of a plan: a frozen copy of the page as published when it was marked
 * "Beslutad i kommunfullmäktige" (date, §, diarienummer). Nobody edits or deletes it; an admin may
 * add a correction note, shown with it.
 */
export const createPlanDecisionsCollection = ({ slugs }: SanitizedOptions): CollectionConfig => ({
  slug: slugs.planDecisions,
  access: { create: nobody, delete: nobody, read: isStaff, update: isAdmin },
  admin: {
    defaultColumns: ['year', 'date', 'paragraph', 'diaryNumber', 'createdAt'],
    description: {
      en: 'Plans as decided by the council, frozen. Made with "Markera som beslutad" on a plan.',
      sv: 'Planer så som kommunfullmäktige beslutade dem, frysta. Skapas med "Markera som beslutad" på en plan.',
    },
    group: CONTENT_GROUP,
    useAsTitle: 'diaryNumber',
  },
  defaultSort: '-year',
  fields: [
    {
      name: 'plan',
      type: 'relationship',
      admin: { readOnly: true },
      index: true,
      label: { en: 'Plan', sv: 'Plan' },
      relationTo: slugs.budgetPlans,
      required: true,
      unique: true,
    },
    { name: 'year', type: 'number', admin: { readOnly: true }, index: true, required: true },
    {
      type: 'row',
      fields: [
        {
          name: 'date',
          type: 'text',
          admin: { readOnly: true },
          label: { en: 'Decided', sv: 'Beslutsdatum' },
          required: true,
        },
        { name: 'paragraph', type: 'text', admin: { readOnly: true }, label: { en: '§', sv: '§' } },
        {
          name: 'diaryNumber',
          type: 'text',
          admin: { readOnly: true },
          label: { en: 'Reference number', sv: 'Diarienummer' },
        },
      ],
    },
    {
      name: 'decidedBy',
      type: 'relationship',
      admin: { readOnly: true },
      label: { en: 'Marked by', sv: 'Markerad av' },
      relationTo: slugs.users,
    },
    {
      name: 'snapshot',
      type: 'json',
      admin: { readOnly: true },
      label: { en: 'The page as decided (per language)', sv: 'Sidan som beslutad (per språk)' },
      required: true,
    },
    {
      name: 'correctionNote',
      type: 'textarea',
      admin: {
        description: {
          en: 'Shown with the decided version, e.g. a misprint corrected by a later decision.',
          sv: 'Visas med den beslutade versionen, t.ex. ett tryckfel som rättats genom ett senare beslut.',
        },
      },
      label: { en: 'Correction note', sv: 'Rättelse' },
      maxLength: 2000,
    },
  ],
  hooks: { afterChange: [markPublicChangeOnSave], beforeChange: [refuseChangeOfDecision] },
  labels: {
    plural: { en: 'Decided versions', sv: 'Beslutade versioner' },
    singular: { en: 'Decided version', sv: 'Beslutad version' },
  },
})

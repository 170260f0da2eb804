import type { ArrayField } from 'payload'

import type { Slugs } from '../options/types'

import { isStaff } from '../access/isStaff'

/** The most budget lines a plan holds. */
export const MAX_BUDGET_LINES = 1000

/**
 * The plan's budget per committee (nämnd/styrelse): operating frames (drift), investments and
 * operating income, in whole kronor. Totals and the planned result are computed, never typed.
 */
export const budgetLinesField = (slugs: Slugs): ArrayField => ({
  name: 'budgetLines',
  type: 'array',
  admin: {
    components: {
      Description: 'mal-och-budget/admin#BudgetTotals',
      RowLabel: 'mal-och-budget/admin#BudgetLineRowLabel',
    },
    initCollapsed: true,
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'committee',
          type: 'text',
          label: { en: 'Committee', sv: 'Nämnd' },
          maxLength: 120,
          required: true,
        },
        {
          name: 'kind',
          type: 'select',
          defaultValue: 'drift',
          label: { en: 'Kind', sv: 'Typ' },
          options: [
            { label: { en: 'Operating', sv: 'Drift' }, value: 'drift' },
            { label: { en: 'Investment', sv: 'Investering' }, value: 'investering' },
          ],
          required: true,
        },
        {
          name: 'income',
          type: 'checkbox',
          admin: { description: { en: 'e.g. tax revenue', sv: 't.ex. skatteintäkter' } },
          label: { en: 'Income', sv: 'Intäkt' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'amount',
          type: 'number',
          label: { en: 'Amount (SEK)', sv: 'Belopp (kr)' },
          max: 1e13,
          min: -1e13,
          required: true,
          validate: (
            value: null | number | undefined,
            { siblingData }: { siblingData: { income?: boolean; kind?: string } },
          ) => {
            if (typeof value !== 'number' || !Number.isInteger(value))
              return 'Ange beloppet i hela kronor / Whole kronor'
            if (value < 0 && siblingData.kind === 'drift' && !siblingData.income)
              return 'En negativ driftram måste markeras som intäkt / A negative operating frame must be marked as income'
            if (value < 0 && siblingData.kind === 'investering')
              return 'En investering kan inte vara negativ / An investment cannot be negative'
            return true
          },
        },
        {
          name: 'previousAmount',
          type: 'number',
          label: { en: "Previous year's amount (SEK)", sv: 'Föregående år (kr)' },
          max: 1e13,
          min: -1e13,
        },
      ],
    },
    { name: 'note', type: 'textarea', label: { en: 'Note', sv: 'Kommentar' }, maxLength: 500 },
    {
      type: 'row',
      fields: [
        {
          name: 'goals',
          type: 'relationship',
          // Links may point at drafts: staff see them, the public reads the lines without them.
          access: { read: isStaff },
          hasMany: true,
          label: { en: 'Goals', sv: 'Mål' },
          relationTo: slugs.goals,
        },
        {
          name: 'initiatives',
          type: 'relationship',
          access: { read: isStaff },
          hasMany: true,
          label: { en: 'Initiatives', sv: 'Insatser' },
          relationTo: slugs.initiatives,
        },
      ],
    },
  ],
  label: { en: 'Budget per committee', sv: 'Budget per nämnd' },
  labels: {
    plural: { en: 'Budget lines', sv: 'Budgetrader' },
    singular: { en: 'Budget line', sv: 'Budgetrad' },
  },
  maxRows: MAX_BUDGET_LINES,
})

import type { GroupField } from 'payload'

import { PLAN_YEARS } from '../lib/planYear'

/** A value of an indicator and the year it refers to. */
export const measurementField = (name: string, label: { en: string; sv: string }): GroupField => ({
  name,
  type: 'group',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'value', type: 'number', label: { en: 'Value', sv: 'Värde' } },
        {
          name: 'year',
          type: 'number',
          label: { en: 'Year', sv: 'År' },
          max: PLAN_YEARS.last,
          min: 1990,
          validate: (value: null | number | undefined) =>
            value === null ||
            value === undefined ||
            Number.isInteger(value) ||
            'Ange ett helt år, t.ex. 2020 / Enter a whole year',
        },
      ],
    },
  ],
  label,
})

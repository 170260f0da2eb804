import type { ArrayField } from 'payload'

import { measurementField } from '../../fields/measurementField'

/** The indicators (KPIs) a goal is followed up with. */
export const indicatorsField = (): ArrayField => ({
  name: 'indicators',
  type: 'array',
  admin: {
    description: {
      en: 'Measures that show whether the goal is reached, e.g. from Kolada.',
      sv: 'Mått som visar om målet nås, t.ex. från Kolada.',
    },
    initCollapsed: true,
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { en: 'Indicator', sv: 'Indikator' },
      localized: true,
      maxLength: 300,
      required: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'kpiId',
          type: 'text',
          label: { en: 'Kolada KPI id', sv: 'Kolada-id (KPI)' },
          maxLength: 12,
          validate: (value: null | string | undefined) =>
            !value ||
            /^[NU]\d{5}$/.test(value) ||
            'Ett Kolada-id är N eller U följt av fem siffror, t.ex. N15419 / A Kolada id is N or U and five digits',
        },
        {
          name: 'unit',
          type: 'text',
          label: { en: 'Unit', sv: 'Enhet' },
          localized: true,
          maxLength: 40,
        },
        {
          name: 'direction',
          type: 'select',
          defaultValue: 'higher',
          label: { en: 'Better when', sv: 'Bättre när värdet är' },
          options: [
            { label: { en: 'higher', sv: 'högre' }, value: 'higher' },
            { label: { en: 'lower', sv: 'lägre' }, value: 'lower' },
          ],
          required: true,
        },
      ],
    },
    measurementField('baseline', { en: 'Baseline', sv: 'Utgångsläge' }),
    measurementField('target', { en: 'Target', sv: 'Målvärde' }),
    measurementField('latest', { en: 'Latest value', sv: 'Senaste värde' }),
    measurementField('nationalAverage', { en: 'National average', sv: 'Riket (genomsnitt)' }),
    {
      name: 'source',
      type: 'text',
      label: { en: 'Source', sv: 'Källa' },
      localized: true,
      maxLength: 300,
    },
  ],
  label: { en: 'Indicators', sv: 'Indikatorer' },
  labels: {
    plural: { en: 'Indicators', sv: 'Indikatorer' },
    singular: { en: 'Indicator', sv: 'Indikator' },
  },
  maxRows: 20,
})

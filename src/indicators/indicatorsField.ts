import type { ArrayField } from 'payload'

import { measurementField } from '../fields/measurementField'
import { PLAN_YEARS } from '../lib/planYear'
import { CHECK_IN_DRAFTS } from '../hooks/refuseInvalidValues'

/** The indicators (KPIs) a goal is followed up with. */
export const indicatorsField = (): ArrayField => ({
  name: 'indicators',
  type: 'array',
  admin: {
    components: {
      RowLabel: {
        clientProps: { fallback: 'Indikator', parts: ['name', 'kpiId'] },
        path: 'mal-och-budget/admin#NamedRowLabel',
      },
    },
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
          custom: { [CHECK_IN_DRAFTS]: true },
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
    {
      name: 'useKolada',
      type: 'checkbox',
      admin: {
        description: {
          en: 'Show the figures Kolada has for this KPI (municipality, Riket, comparison group). Your own figures below win for their years.',
          sv: 'Visa Koladas värden för detta KPI (kommunen, riket, jämförelsegruppen). Egna uppgifter nedan gäller före Kolada för sina år.',
        },
      },
      defaultValue: true,
      label: { en: 'Import figures from Kolada', sv: 'Hämta värden från Kolada' },
    },
    {
      name: 'figures',
      type: 'array',
      admin: {
        components: {
          RowLabel: {
            clientProps: { fallback: 'Värde', parts: ['year', 'value'] },
            path: 'mal-och-budget/admin#NamedRowLabel',
          },
        },
        description: {
          en: 'Figures you enter yourself (shown as "egen uppgift"); an import never overwrites them.',
          sv: 'Värden ni anger själva (visas som "egen uppgift"); en import skriver aldrig över dem.',
        },
        initCollapsed: true,
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'year',
              type: 'number',
              label: { en: 'Year', sv: 'År' },
              max: PLAN_YEARS.last,
              min: 1990,
              required: true,
              validate: (value: null | number | undefined) =>
                (typeof value === 'number' && Number.isInteger(value)) ||
                'Ange ett helt år, t.ex. 2020 / Enter a whole year',
            },
            { name: 'value', type: 'number', label: { en: 'Value', sv: 'Värde' }, required: true },
            { name: 'national', type: 'number', label: { en: 'Riket', sv: 'Riket' } },
            {
              name: 'group',
              type: 'number',
              label: { en: 'Comparison group', sv: 'Jämförelsegrupp' },
            },
          ],
        },
      ],
      label: { en: 'Own figures', sv: 'Egna uppgifter' },
      labels: {
        plural: { en: 'Own figures', sv: 'Egna uppgifter' },
        singular: { en: 'Own figure', sv: 'Egen uppgift' },
      },
      maxRows: 60,
    },
    {
      name: 'source',
      type: 'text',
      admin: {
        description: {
          en: 'Source of your own figures, e.g. "Socialstyrelsen". Kolada figures say "Källa: Kolada" by themselves.',
          sv: 'Källa för egna uppgifter, t.ex. "Socialstyrelsen". Koladas värden anges med "Källa: Kolada" automatiskt.',
        },
      },
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

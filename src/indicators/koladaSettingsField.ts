import type { GroupField } from 'payload'

/** Which Kolada areas the indicator figures are read for: the municipality and a comparison group. */
export const koladaSettingsField = (): GroupField => ({
  name: 'kolada',
  type: 'group',
  admin: {
    description: {
      en: 'Figures are imported from Kolada (kolada.se) and shown with "Källa: Kolada".',
      sv: 'Värden hämtas från Kolada (kolada.se) och visas med "Källa: Kolada".',
    },
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'municipalityId',
          type: 'text',
          admin: {
            description: { en: 'Four digits, e.g. 2083', sv: 'Fyra siffror, t.ex. 2083' },
          },
          label: { en: 'Municipality id in Kolada', sv: 'Kommunens id i Kolada' },
          validate: (value: null | string | undefined) =>
            !value ||
            /^\d{4}$/.test(value) ||
            'Kommunens Kolada-id är fyra siffror, t.ex. 2083 / Four digits, e.g. 2083',
        },
        {
          name: 'groupId',
          type: 'text',
          admin: {
            description: {
              en: 'Optional: a group of similar municipalities, G and digits',
              sv: 'Valfritt: en grupp liknande kommuner, G och siffror',
            },
          },
          label: { en: 'Comparison group id', sv: 'Jämförelsegruppens id' },
          validate: (value: null | string | undefined) =>
            !value ||
            /^G\d{1,9}$/.test(value) ||
            'Ett grupp-id i Kolada är G följt av siffror, t.ex. G36182 / G and digits',
        },
        {
          name: 'groupTitle',
          type: 'text',
          label: { en: 'Comparison group name', sv: 'Jämförelsegruppens namn' },
          maxLength: 120,
        },
      ],
    },
  ],
  label: { en: 'Indicators from Kolada', sv: 'Indikatorer från Kolada' },
})

import type { Field } from 'payload'

const text = (name: string, en: string, sv: string, maxLength = 300): Field => ({
  name,
  type: 'text',
  label: { en, sv },
  localized: true,
  maxLength,
})

/** The page's text sections, in the order the public page shows them. */
export const sectionFields = (): Field[] => [
  {
    name: 'intro',
    type: 'richText',
    admin: {
      description: {
        en: 'Who governs, the challenge, the vision and the focus areas.',
        sv: 'Vilka som styr, utmaningen, visionen och fokusområdena.',
      },
    },
    label: { en: 'Introduction', sv: 'Inledning' },
    localized: true,
  },
  {
    name: 'workSection',
    type: 'group',
    fields: [
      text('heading', 'Heading', 'Rubrik'),
      { name: 'body', type: 'richText', label: { en: 'Text', sv: 'Text' }, localized: true },
      text(
        'initiativesLead',
        'Lead-in to the list of initiatives',
        'Inledning till listan över insatser',
        500,
      ),
    ],
    label: { en: 'How we work for you', sv: 'Så här jobbar vi för dig' },
  },
  {
    name: 'economySection',
    type: 'group',
    fields: [
      text('heading', 'Heading', 'Rubrik'),
      { name: 'body', type: 'richText', label: { en: 'Text', sv: 'Text' }, localized: true },
      text(
        'savingsLead',
        'Lead-in to the list of savings measures',
        'Inledning till listan över besparingar',
        500,
      ),
    ],
    label: { en: 'Economy and municipal tax', sv: 'Ekonomi och kommunalskatt' },
  },
  {
    name: 'tax',
    type: 'group',
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'rate',
            type: 'number',
            admin: { description: { en: 'Optional, e.g. 22.21', sv: 'Valfritt, t.ex. 22,21' } },
            label: { en: 'Municipal tax rate (%)', sv: 'Kommunalskatt (%)' },
            max: 40,
            min: 0,
          },
          {
            name: 'unchanged',
            type: 'checkbox',
            defaultValue: false,
            label: { en: 'Unchanged', sv: 'Oförändrad' },
          },
        ],
      },
      text('statement', 'Statement', 'Text om skatten', 500),
    ],
    label: { en: 'Municipal tax', sv: 'Kommunalskatt' },
  },
]

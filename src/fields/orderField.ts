import type { NumberField } from 'payload'

/** Position on the public page; lower comes first. */
export const orderField = (): NumberField => ({
  name: 'order',
  type: 'number',
  admin: {
    description: {
      en: 'Lower numbers come first on the page.',
      sv: 'Lägre tal visas först på sidan.',
    },
    position: 'sidebar',
  },
  defaultValue: 0,
  index: true,
  label: { en: 'Order', sv: 'Ordning' },
  max: 100_000,
  min: 0,
})

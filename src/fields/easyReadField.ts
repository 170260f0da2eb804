import type { TextareaField } from 'payload'

/**
 * The easy-to-read (lättläst) text of a plan or a goal: plain paragraphs (a blank line between),
 * optional, edited beside the ordinary text; the quality panel measures it against the easy-read
 * limits (see `easyReadWarnings`).
 */
export const easyReadField = (description: { en: string; sv: string }): TextareaField => ({
  name: 'easyRead',
  type: 'textarea',
  admin: { description, rows: 6 },
  label: { en: 'Easy to read', sv: 'Lättläst' },
  localized: true,
  maxLength: 6000,
})

import type { Field } from 'payload'

import type { Slugs } from '../options/types'

import { AA_TEXT_CONTRAST, contrastRatio, HEX_COLOUR } from '../lib/contrast'

/** The typefaces a site may use: stacks of fonts every reader's device has (nothing loaded). */
export const FONT_STACKS = {
  humanist: "'Segoe UI', Candara, 'Trebuchet MS', 'Gill Sans', Calibri, sans-serif",
  serif: "Georgia, Cambria, 'Times New Roman', serif",
  system: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
} as const

/** One of the typeface stacks. */
export type FontStack = keyof typeof FONT_STACKS

/** The page's look when nothing is chosen: neutral blue, the system's own typeface. */
export const DEFAULT_APPEARANCE = {
  accentColor: '#0b5394',
  fontStack: 'system' as FontStack,
  primaryColor: '#1f3a5f',
}

const swedishRatio = (ratio: number) => ratio.toFixed(1).replace('.', ',')

/** A colour that white text (primary) or a white page (accent) must stand out against. */
const colourField = (
  name: 'accentColor' | 'primaryColor',
  labels: { en: string; sv: string },
  against: { en: string; sv: string },
): Field => ({
  name,
  type: 'text',
  admin: {
    description: {
      en: `#rrggbb; its contrast with ${against.en} must be at least 4.5:1 (WCAG AA).`,
      sv: `#rrggbb; kontrasten mot ${against.sv} måste vara minst 4,5:1 (WCAG AA).`,
    },
    placeholder: DEFAULT_APPEARANCE[name],
  },
  label: labels,
  validate: (value: null | string | undefined) => {
    if (!value) return true
    if (!HEX_COLOUR.test(value))
      return `Ange färgen som #rrggbb, t.ex. ${DEFAULT_APPEARANCE[name]} / Give the colour as #rrggbb`
    const ratio = contrastRatio(value, '#ffffff')
    return ratio >= AA_TEXT_CONTRAST
      ? true
      : `Färgen ${value} har kontrasten ${swedishRatio(ratio)}:1 mot ${against.sv}; WCAG AA kräver minst 4,5:1. Välj en mörkare färg. / The colour ${value} has a contrast of ${ratio.toFixed(1)}:1 with ${against.en}; WCAG AA asks for at least 4.5:1. Choose a darker colour.`
  },
})

/** How the public page looks: the organisation's logo, colours and typeface. */
export const appearanceField = (slugs: Slugs): Field => ({
  name: 'appearance',
  type: 'group',
  admin: {
    description: {
      en: 'The public page in the organisation’s own look. Colours that are hard to read are refused.',
      sv: 'Den publika sidan i organisationens utseende. Färger som är svåra att läsa godtas inte.',
    },
  },
  fields: [
    {
      name: 'logo',
      type: 'upload',
      admin: {
        description: {
          en: 'Shown in the page header; its alt text is read out (e.g. "Hedemora kommun").',
          sv: 'Visas i sidhuvudet; alternativtexten läses upp (t.ex. "Hedemora kommun").',
        },
      },
      label: { en: 'Logo', sv: 'Logotyp' },
      relationTo: slugs.media,
    },
    {
      type: 'row',
      fields: [
        colourField(
          'primaryColor',
          { en: 'Primary colour', sv: 'Huvudfärg' },
          { en: 'white text', sv: 'vit text' },
        ),
        colourField(
          'accentColor',
          { en: 'Accent colour (links)', sv: 'Accentfärg (länkar)' },
          { en: 'a white page', sv: 'vit sida' },
        ),
      ],
    },
    {
      name: 'fontStack',
      type: 'select',
      defaultValue: 'system',
      label: { en: 'Typeface', sv: 'Typsnitt' },
      options: [
        {
          label: { en: 'The device’s own (default)', sv: 'Enhetens eget (standard)' },
          value: 'system',
        },
        { label: { en: 'Humanist sans-serif', sv: 'Humanistisk sanserif' }, value: 'humanist' },
        { label: { en: 'Serif', sv: 'Serif' }, value: 'serif' },
      ],
    },
  ],
  label: { en: 'Appearance', sv: 'Utseende' },
})

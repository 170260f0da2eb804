import type { UIField } from 'payload'

/** The sidebar's quality panel (accessibility problems, LIX, plain-Swedish warnings). */
export const qualityPanelField = (): UIField => ({
  name: 'qualityPanel',
  type: 'ui',
  admin: {
    components: { Field: 'mal-och-budget/admin#QualityPanel' },
    position: 'sidebar',
  },
})

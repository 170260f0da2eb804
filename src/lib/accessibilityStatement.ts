/** How far the site complies with lagen (2018:1937) om tillgänglighet till digital offentlig service. */
export const ACCESSIBILITY_COMPLIANCE = [
  {
    label: { en: 'Fully compliant', sv: 'Helt förenlig med lagen' },
    statement: {
      en: 'This website is fully compliant with the Swedish act on accessibility to digital public services.',
      sv: 'Webbplatsen är helt förenlig med lagen om tillgänglighet till digital offentlig service.',
    },
    value: 'full',
  },
  {
    label: { en: 'Partially compliant', sv: 'Delvis förenlig med lagen' },
    statement: {
      en: 'This website is partially compliant with the Swedish act on accessibility to digital public services, due to the shortcomings described below.',
      sv: 'Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan.',
    },
    value: 'partial',
  },
  {
    label: { en: 'Not compliant', sv: 'Inte förenlig med lagen' },
    statement: {
      en: 'This website is not compliant with the Swedish act on accessibility to digital public services.',
      sv: 'Webbplatsen är inte förenlig med lagen om tillgänglighet till digital offentlig service.',
    },
    value: 'none',
  },
] as const

/** How the site's accessibility was assessed. */
export const ACCESSIBILITY_METHODS = [
  {
    label: { en: 'Self-assessment', sv: 'Självskattning' },
    sentence: {
      en: 'We assessed the website ourselves (self-assessment).',
      sv: 'Vi har gjort en självskattning (intern testning) av webbplatsen.',
    },
    value: 'self',
  },
  {
    label: { en: 'Audit by a third party', sv: 'Granskning av extern part' },
    sentence: {
      en: 'The website was audited by a third party.',
      sv: 'Webbplatsen har granskats av en extern part.',
    },
    value: 'external',
  },
] as const

export type AccessibilityCompliance = (typeof ACCESSIBILITY_COMPLIANCE)[number]['value']
export type AccessibilityMethod = (typeof ACCESSIBILITY_METHODS)[number]['value']

/** The topics of a resident's feedback: about the content, or an accessibility problem. */
export const FEEDBACK_TOPICS = ['content', 'accessibility'] as const
export type FeedbackTopic = (typeof FEEDBACK_TOPICS)[number]

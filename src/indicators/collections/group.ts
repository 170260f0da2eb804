/** The admin group of the indicator collections. */
export const INDICATORS_GROUP = { en: 'Indicators', sv: 'Indikatorer' }

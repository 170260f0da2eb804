/** Collection slugs of the content model, in one place so references cannot drift. */
export const SLUGS = {
  budgetPlans: 'budget-plans',
  documents: 'documents',
  feedback: 'feedback',
  focusAreas: 'focus-areas',
  goals: 'goals',
  initiatives: 'initiatives',
  media: 'media',
  savingsMeasures: 'savings-measures',
  users: 'users',
} as const

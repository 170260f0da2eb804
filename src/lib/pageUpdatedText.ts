const stockholmDate = new Intl.DateTimeFormat('en-CA', {
  day: '2-digit',
  month: '2-digit',
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
})

/** The calendar date (YYYY-MM-DD) of an instant in Europe/Stockholm, never UTC. */
export const stockholmDay = (instant: Date | string): string =>
  stockholmDate.format(new Date(instant))

/** "Sida uppdaterad 2021-03-10" (Swedish) or "Page updated 2021-03-10" (English). */
export const pageUpdatedText = (instant: Date | string, locale: 'en' | 'sv' = 'sv'): string =>
  `${locale === 'en' ? 'Page updated' : 'Sida uppdaterad'} ${stockholmDay(instant)}`

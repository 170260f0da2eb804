/** What a reviewed document is called in the admin's lists and e-mails: title, alt text or file name. */
export const titleOf = (doc: { id: number | string }): string => {
  const named: Record<string, unknown> = doc
  for (const key of ['title', 'alt', 'filename']) {
    const value = named[key]
    if (typeof value === 'string' && value.trim()) return value
  }
  return String(doc.id)
}

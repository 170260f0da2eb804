const isNode = (value: object): boolean => 'type' in value && 'version' in value

/**
 * A deep copy fit to save as a new document: array rows lose their ids (the database keys them;
 * rich-text nodes keep theirs), so copies never collide with their originals.
 */
export const withoutRowIds = (value: unknown, inArray = false): unknown => {
  if (Array.isArray(value)) return value.map((item) => withoutRowIds(item, true))
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(
      ([key]) => !(inArray && key === 'id' && !isNode(value)),
    )
    return Object.fromEntries(entries.map(([key, v]) => [key, withoutRowIds(v)]))
  }
  return value
}

/** Next year's wording: every "2021" in a title becomes "2022"; a title without the year gets it. */
export const nextYearText = (
  text: null | string | undefined,
  from: number,
  to: number,
): string | undefined => {
  if (!text) return undefined
  return text.includes(String(from)) ? text.replaceAll(String(from), String(to)) : text
}

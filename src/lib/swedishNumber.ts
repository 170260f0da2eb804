/**
 * A number written the way Swedish finance offices write it: "1 234,5", "-12 000", "−3,25" (with
 * spaces or non-breaking spaces between thousands, a decimal comma, any minus sign). Null when the
 * text is not such a number. Numbers already numbers pass through.
 */
export const parseSwedishNumber = (value: unknown): null | number => {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (typeof value !== 'string') return null
  const text = value
    .trim()
    .replace(/[\u00a0\u202f\u2009 ]/g, '')
    .replace(/^[\u2212\u2013]/, '-')
  if (!/^-?\d+(,\d+)?$/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) return null
  const n = Number(text.replace(',', '.'))
  return Number.isFinite(n) ? n : null
}

/** Reads a monthly income as typed ("32 000", "32000"); null when it is not a sensible amount. */
export const parseMonthlyIncome = (raw: null | string | undefined): null | number => {
  const digits = (raw ?? '').replace(/[\s\u00a0]/g, '')
  if (!/^\d{1,8}$/.test(digits)) return null
  const n = Number(digits)
  return n > 0 && n <= 10_000_000 ? n : null
}

/**
 * Whether `value` is a Swedish organisation number: ten digits (a dash after the sixth allowed),
 * the last a Luhn check digit over the other nine — as Bolagsverket and Skatteverket write them.
 */
export const validOrganisationNumber = (value: string): boolean => {
  if (!/^\d{6}-?\d{4}$/.test(value.trim())) return false
  const digits = value.replace(/\D/g, '').split('').map(Number)
  const sum = digits
    .slice(0, 9)
    .map((digit, i) => (i % 2 === 0 ? digit * 2 : digit))
    .reduce((total, n) => total + (n > 9 ? n - 9 : n), 0)
  return (10 - (sum % 10)) % 10 === digits[9]
}

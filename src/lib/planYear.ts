/** The first and last year a plan can be for. */
export const PLAN_YEARS = { first: 2000, last: 2100 } as const

/** Why a value is not a plan year, in Swedish and English — or undefined when it is one. */
export const planYearProblem = (value: unknown): string | undefined =>
  typeof value === 'number' &&
  Number.isInteger(value) &&
  value >= PLAN_YEARS.first &&
  value <= PLAN_YEARS.last
    ? undefined
    : `Ange ett år mellan ${PLAN_YEARS.first} och ${PLAN_YEARS.last} / Enter a year between ${PLAN_YEARS.first} and ${PLAN_YEARS.last}`

/** A plan year from text such as a path segment (`"2021"`), or undefined. */
export const parsePlanYear = (text: string): number | undefined => {
  if (!/^\d{4}$/.test(text)) return undefined
  const year = Number(text)
  return planYearProblem(year) ? undefined : year
}

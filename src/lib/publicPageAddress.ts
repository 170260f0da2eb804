/** `publicPath` as a piece of a regular expression (every character taken literally). */
const literally = (publicPath: string): string =>
  publicPath.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')

/**
 * Any address of the public pages, Swedish (`${publicPath}…`) or English (`/en${publicPath}…`),
 * with or without a query: `/mal-och-budget`, `/en/mal-och-budget/2021?x`, not `/mal-och-budgets`.
 */
export const publicPageAddress = (publicPath: string): RegExp =>
  new RegExp(`^(?:/en)?${literally(publicPath)}(?:[/?]|$)`)

/** The path of one year's page, Swedish or English; the year is the first group. */
export const yearPagePath = (publicPath: string): RegExp =>
  new RegExp(`^(?:/en)?${literally(publicPath)}/(\\d{4})/?$`)

/** The path of a goal's card (`${publicPath}/2021/mal/<goal id>/kort`); year and goal are groups. */
export const goalCardPath = (publicPath: string): RegExp =>
  new RegExp(`^${literally(publicPath)}/(\\d{4})/mal/([^/]+)/kort/?$`)

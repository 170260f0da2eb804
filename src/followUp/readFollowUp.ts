import type { Payload } from 'payload'

import type { PublicLocale } from '../publicPage/loadPublicPage'
import type { PublicFollowUp } from '../shape/followUpShape'

import { cachedPage } from '../publicPage/cachedPage'

/**
 * One published report of the plan of `year` — `id`, or the latest (newest period end) when none
 * is given — as the plan's published page carries it (`followUpReports`), from the page cache: one
 * composition per publish serves the page, REST and GraphQL alike. Null when the plan or that
 * report is not published.
 */
export const readFollowUp = async (
  payload: Payload,
  year: number,
  locale: PublicLocale,
  id?: string,
): Promise<null | PublicFollowUp> => {
  const reports = (await cachedPage(payload, { year }, locale))?.page.followUpReports ?? []
  return (id === undefined ? reports[0] : reports.find((r) => r.report.id === id)) ?? null
}

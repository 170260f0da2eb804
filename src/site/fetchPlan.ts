import fs from 'node:fs'
import path from 'node:path'

import type { PublicPage } from '../lib/publicPage'

import { readSettings } from '../lib/settings'

const QUERY = fs.readFileSync(path.join(process.cwd(), 'src', 'site', 'publicPlan.graphql'), 'utf8')

/** Where this process itself answers HTTP: the page reads the API the way any front end would. */
const selfUrl = (): string => {
  const { host, port } = readSettings()
  return `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host}:${port}`
}

/** The published page of a year through the public GraphQL query; null when there is none. */
export const fetchPublishedPlan = async (year: number): Promise<null | PublicPage> => {
  const res = await fetch(`${selfUrl()}/api/graphql`, {
    body: JSON.stringify({ query: QUERY, variables: { year } }),
    cache: 'no-store',
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  const body = (await res.json()) as { data?: { PublicPlan: null | PublicPage } }
  return body.data?.PublicPlan ?? null
}

/**
 * The draft page for a staff preview, read with the visitor's own session token; null when the
 * visitor is not staff or there is no such plan (the caller then shows the published page).
 */
export const fetchDraftPlan = async (
  year: number,
  sessionToken: string,
): Promise<null | PublicPage> => {
  const res = await fetch(`${selfUrl()}/api/public/plans/${year}?draft=true`, {
    cache: 'no-store',
    headers: { authorization: `JWT ${sessionToken}` },
  })
  if (res.status !== 200 || !res.headers.get('cache-control')?.startsWith('private')) return null
  return (await res.json()) as PublicPage
}

/** The latest published year, or null when nothing is published. */
export const latestPublishedYear = async (): Promise<null | number> => {
  const res = await fetch(
    `${selfUrl()}/api/budget-plans?sort=-year&limit=1&depth=0&select[year]=true`,
    { cache: 'no-store' },
  )
  const body = (await res.json()) as { docs?: { year: number }[] }
  return body.docs?.[0]?.year ?? null
}

import autocannon from 'autocannon'

import { publishReviewed } from '../test/helpers/seededServer'
import { sleep } from './table'

/** What a soak reads, at 32 connections: REST, GraphQL, HTML, stock REST and CSV. */
export const soakReads = (url: string, graphql: string, minutes: number) =>
  autocannon({
    connections: 32,
    duration: minutes * 60,
    requests: [
      { method: 'GET', path: '/api/public/plans/2021' },
      {
        body: JSON.stringify({ query: graphql, variables: { year: 2021 } }),
        headers: { 'content-type': 'application/json' },
        method: 'POST',
        path: '/api/graphql',
      },
      { method: 'GET', path: '/mal-och-budget/2021' },
      { method: 'GET', path: '/api/goals?depth=1' },
      { method: 'GET', path: '/api/public/plans/2021/open-data.csv?table=initiatives' },
    ],
    timeout: 30,
    url,
  })

/**
 * The writes beside a soak's reads: a feedback post every 200 ms (from changing addresses) and a
 * publish through review of one of `initiatives` every fifth. `stop` ends them and answers what
 * was acknowledged.
 */
export const soakWrites = (
  url: string,
  initiatives: number[],
  sessions?: { editor: string; reviewer: string },
) => {
  const receipts: string[] = []
  let writeErrors = 0
  let publishes = 0
  let stopped = false
  const running = (async () => {
    for (let i = 0; !stopped; i++) {
      const res = await fetch(`${url}/api/public/feedback`, {
        body: JSON.stringify({ message: `soak ${i}`, page: '/mal-och-budget/2021' }),
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': `192.0.2.${(i % 250) + 1}`,
        },
        method: 'POST',
      })
      if (res.status === 201) receipts.push(((await res.json()) as { id: string }).id)
      else writeErrors += 1
      if (i % 5 === 0) {
        const pub = await publishReviewed(
          url,
          'initiatives',
          initiatives[i % initiatives.length],
          { title: `Soak ${i}` },
          sessions,
        )
        if (pub.status === 200) publishes += 1
        else writeErrors += 1
      }
      await sleep(200)
    }
  })()
  return {
    stop: async () => {
      stopped = true
      await running
      return { publishes, receipts, writeErrors }
    },
  }
}

/** What a stream of writes had acknowledged, to check against the database afterwards. */
export type Acknowledged = {
  /** Receipts of the feedback answered 201. */
  feedback: Set<string>
  /** Titles sent whose publish had no answer yet: any of them may be the stored one. */
  inFlight: Map<number, Set<string>>
  /** The last title per initiative whose publish was answered 200. */
  lastTitle: Map<number, string>
  publishes: number
  /** Every answer's status (0: no answer). */
  statuses: Map<number, number>
}

export const acknowledgedNothing = (feedback = new Set<string>()): Acknowledged => ({
  feedback,
  inFlight: new Map(),
  lastTitle: new Map(),
  publishes: 0,
  statuses: new Map(),
})

let nextAddress = 0

/**
 * Four feedback writers (each post from another address) and a publisher (an editor's draft,
 * sent for review, approved) against `url` until stopped, recording what was acknowledged.
 */
export const writeStream = (
  url: string,
  {
    acked,
    initiatives,
    label,
    sessions,
  }: {
    acked: Acknowledged
    initiatives: number[]
    label: string
    sessions: { editor: string; reviewer: string }
  },
) => {
  let stopped = false
  const count = (status: number) =>
    acked.statuses.set(status, (acked.statuses.get(status) ?? 0) + 1)
  const writers = [
    ...Array.from({ length: 4 }, async (_, w) => {
      for (let i = 0; !stopped; i++) {
        const res = await fetch(`${url}/api/public/feedback`, {
          body: JSON.stringify({ message: `${label}.${w}.${i}`, page: '/mal-och-budget/2021' }),
          headers: {
            'content-type': 'application/json',
            'x-forwarded-for': `203.0.113.${(nextAddress++ % 250) + 1}`,
          },
          method: 'POST',
        }).catch(() => null)
        count(res?.status ?? 0)
        if (res?.status === 201) acked.feedback.add(((await res.json()) as { id: string }).id)
        else await res?.arrayBuffer().catch(() => undefined)
      }
    }),
    (async () => {
      for (let i = 0; !stopped; i++) {
        const id = initiatives[i % initiatives.length]
        const title = `${label} ${i}`
        const flying = acked.inFlight.get(id) ?? new Set<string>()
        flying.add(title)
        acked.inFlight.set(id, flying)
        const res = await publishReviewed(url, 'initiatives', id, { title }, sessions).catch(
          () => null,
        )
        count(res?.status ?? 0)
        if (res?.status === 200) {
          acked.lastTitle.set(id, title)
          acked.inFlight.set(id, new Set())
          acked.publishes += 1
        }
      }
    })(),
  ]
  return {
    stop: async () => {
      stopped = true
      await Promise.all(writers)
    },
  }
}

/** A soak's verdict: no failed read or write, nothing lost, memory within 15 % of minute 2. */
export const soakVerdict = (
  load: autocannon.Result,
  writeErrors: number,
  lost: number,
  growth: number,
): { met: boolean; reads: string } => ({
  met:
    load.errors + load.timeouts === 0 &&
    load.non2xx === 0 &&
    writeErrors === 0 &&
    lost === 0 &&
    growth <= 0.15,
  reads: `${load.requests.total} reads (${load.requests.average.toFixed(0)} req/s, p99 ${load.latency.p99} ms), ${load.errors + load.timeouts} errors, ${load.non2xx} non-2xx`,
})

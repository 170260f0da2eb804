import { getPayload } from 'payload'

import type { HostConfig } from '../publicPage/site/planRoutes'

import { toResponse } from '../lib/webAnswer'
import { answerFeed } from './answerFeed'

type Context = { params: Promise<{ goal?: string; year: string }> }

/**
 * The feeds as Next.js route handlers (`GET`): at `${publicPath}/[year]/flode.atom` the plan's, at
 * `${publicPath}/[year]/mal/[goal]/flode.atom` a goal's — the same answer whatever the host.
 */
export const feedRoute =
  (config: HostConfig) =>
  async (request: Request, { params }: Context): Promise<Response> => {
    const payload = await getPayload({ config: await config })
    const { goal, year } = await params
    return toResponse(
      await answerFeed(payload, {
        goal,
        ifNoneMatch: request.headers.get('if-none-match') ?? undefined,
        method: request.method,
        year,
      }),
    )
  }

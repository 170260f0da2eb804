import { getPayload } from 'payload'

import type { HostConfig } from '../publicPage/site/planRoutes'
import type { Answer } from '../lib/webAnswer'

import { cached } from '../hooks/publicChange/pageCache'
import { answerRepresentation } from '../lib/conditionalRequest'
import { strongEtag } from '../lib/strongEtag'
import { toResponse } from '../lib/webAnswer'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { answerGoalCard, type CardRead } from './answerCard'
import { cardGoalOf } from './cardGoal'
import { goalCardImage } from './cardImage'

type Context = { params: Promise<{ goal: string; year: string }> }

const readOf = async (request: Request, { params }: Context): Promise<CardRead> => {
  const { goal, year } = await params
  return {
    goal,
    ifNoneMatch: request.headers.get('if-none-match') ?? undefined,
    method: request.method,
    year,
  }
}

/** `${publicPath}/[year]/mal/[goal]/kort` as a Next.js route handler (see answerGoalCard). */
export const goalCardRoute =
  (config: HostConfig) =>
  async (request: Request, context: Context): Promise<Response> =>
    toResponse(
      await answerGoalCard(
        await getPayload({ config: await config }),
        await readOf(request, context),
      ),
    )

/**
 * `${publicPath}/[year]/mal/[goal]/kort.png`: the goal as an image for link previews, drawn once
 * per published version (cached until the next public change), strong ETag and 304.
 */
export const answerGoalCardImage = async (
  payload: Awaited<ReturnType<typeof getPayload>>,
  read: CardRead,
): Promise<Answer> => {
  type Rep = { body: Buffer; etag: string } | { refusal: Answer }
  const rep = await cached(
    payload,
    `card-image:${read.year}:${read.goal}`,
    async (): Promise<Rep> => {
      const found = await cardGoalOf(payload, read)
      if ('refusal' in found) return { refusal: found.refusal }
      const body = await goalCardImage(found.page, found.goal)
      return { body, etag: strongEtag(body) }
    },
  )
  if ('refusal' in rep) return rep.refusal
  return answerRepresentation(rep, read, 'image/png', {
    'Cache-Control': pluginOptionsOf(payload.config).publicApi.cacheControl,
  })
}

/** `${publicPath}/[year]/mal/[goal]/kort.png` as a Next.js route handler. */
export const goalCardImageRoute =
  (config: HostConfig) =>
  async (request: Request, context: Context): Promise<Response> =>
    toResponse(
      await answerGoalCardImage(
        await getPayload({ config: await config }),
        await readOf(request, context),
      ),
    )

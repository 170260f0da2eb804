import type { Payload } from 'payload'

import type { Answer } from '../lib/webAnswer'
import type { PublicGoal, PublicPage } from '../shape/publicPageShape'

import { parsePlanYear } from '../lib/planYear'
import { refusal } from '../lib/webAnswer'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { cachedPage } from '../publicPage/cachedPage'

/** The size a goal card is embedded at (the oEmbed answer's, and the iframe's), in CSS pixels. */
export const CARD_SIZE = { height: 560, width: 480 }
/** The size of a goal's social-media image (Open Graph's recommended 1.91:1), in pixels. */
export const CARD_IMAGE_SIZE = { height: 630, width: 1200 }

/** A goal segment of an address: the goal's id on the page (as the goal's feed has it). */
export const GOAL_SEGMENT = /^[A-Za-z0-9-]{1,40}$/

/** The published page and goal a card address names, or the refusal to answer. */
export const cardGoalOf = async (
  payload: Payload,
  read: { goal: string; year: string },
): Promise<{ goal: PublicGoal; page: PublicPage } | { refusal: Answer }> => {
  const year = parsePlanYear(read.year)
  if (year === undefined)
    return {
      refusal: refusal(
        400,
        'Ogiltigt år: ange ett år mellan 2000 och 2100',
        'Invalid year: use 2000–2100',
      ),
    }
  if (!GOAL_SEGMENT.test(read.goal))
    return { refusal: refusal(400, 'Ogiltigt mål-id', 'Invalid goal id') }
  const page = (await cachedPage(payload, { year }, 'sv'))?.page
  const goal = page?.goals.find((g) => g.id === read.goal)
  if (!page || !goal)
    return {
      refusal: refusal(
        404,
        `Det finns inget publicerat mål med id ${read.goal} i ${year} års plan`,
        'No such published goal',
      ),
    }
  return { goal, page }
}

/** The absolute addresses of a goal's card, its image, its oEmbed answer and its page. */
export const cardAddresses = (payload: Payload, pagePath: string, goalId: string) => {
  const { serverUrl } = pluginOptionsOf(payload.config)
  const card = `${serverUrl}${pagePath}/mal/${goalId}/kort`
  return {
    card,
    image: `${card}.png`,
    oembed: `${serverUrl}${payload.config.routes.api}/public/oembed?${new URLSearchParams({ url: card })}`,
    page: `${serverUrl}${pagePath}`,
  }
}

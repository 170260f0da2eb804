import type { Endpoint } from 'payload'

import { publicEndpoint } from '../endpoints/publicEndpoint'
import { escapeHtml } from '../lib/escapeHtml'
import { jsonAnswer, refusal } from '../lib/webAnswer'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { goalCardPath } from '../lib/publicPageAddress'
import { CARD_IMAGE_SIZE, CARD_SIZE, cardAddresses, cardGoalOf } from './cardGoal'

/** oEmbed's XML form: the same fields as elements of `<oembed>`, their text escaped. */
const oembedXml = (fields: Record<string, number | string>): Buffer =>
  Buffer.from(
    `<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<oembed>${Object.entries(fields)
      .map(([name, value]) => `<${name}>${escapeHtml(String(value))}</${name}>`)
      .join('')}</oembed>\n`,
  )

const positive = (text: null | string): number | null | undefined => {
  if (text === null || text === '') return undefined
  return /^\d{1,5}$/.test(text) && Number(text) > 0 ? Number(text) : null
}

/**
 * `GET …/public/oembed?url=<a goal card's address>` (oEmbed 1.0): the card as a `rich` embed —
 * an `<iframe>` of the card, within `maxwidth`/`maxheight` when given — with the goal's image as
 * its thumbnail. JSON, or XML with `format=xml` (the spec's two; any other format is a 400); 404 for an address that is no
 * published goal's card; 400 for parameters that cannot be read. Discovered from the card's own
 * `<link rel="alternate" type="application/json+oembed">`.
 */
export const oembedEndpoint = (): Endpoint =>
  publicEndpoint('get', '/public/oembed', async (req) => {
    const { payload } = req
    const options = pluginOptionsOf(payload.config)
    const query = req.searchParams ?? new URLSearchParams()
    const format = query.get('format') ?? 'json'
    if (format !== 'json' && format !== 'xml')
      return refusal(
        400,
        'Okänt format: använd format=json eller format=xml',
        'Unknown format: use format=json or format=xml',
      )
    const maxwidth = positive(query.get('maxwidth'))
    const maxheight = positive(query.get('maxheight'))
    if (maxwidth === null || maxheight === null)
      return refusal(
        400,
        'maxwidth och maxheight är positiva heltal',
        'maxwidth and maxheight are positive integers',
      )
    const url = query.get('url') ?? ''
    const match = goalCardPath(options.publicPath).exec(
      url.startsWith(options.serverUrl) ? url.slice(options.serverUrl.length).split(/[?#]/)[0] : '',
    )
    if (!match)
      return refusal(
        404,
        `Ange adressen till ett målkort, t.ex. ${options.serverUrl}${options.publicPath}/2021/mal/<id>/kort`,
        'Give the address of a goal card',
      )
    const found = await cardGoalOf(payload, { goal: match[2], year: match[1] })
    if ('refusal' in found) return found.refusal
    const at = cardAddresses(payload, found.page.path, found.goal.id)
    const width = Math.min(CARD_SIZE.width, maxwidth ?? Infinity)
    const height = Math.min(CARD_SIZE.height, maxheight ?? Infinity)
    const title = `${found.goal.title} – ${found.page.title}`
    const fields = {
      cache_age: 3600,
      height,
      html: `<iframe src="${escapeHtml(at.card)}" width="${width}" height="${height}" title="${escapeHtml(title)}" loading="lazy" style="border:0;max-width:100%"></iframe>`,
      provider_name: found.page.organisation,
      provider_url: options.serverUrl,
      thumbnail_height: CARD_IMAGE_SIZE.height,
      thumbnail_url: at.image,
      thumbnail_width: CARD_IMAGE_SIZE.width,
      title,
      type: 'rich',
      version: '1.0',
      width,
    }
    const cors = { 'Access-Control-Allow-Origin': '*' }
    if (format === 'json') return jsonAnswer(200, fields, cors)
    return {
      body: oembedXml(fields),
      headers: { ...cors, 'Cache-Control': 'no-store', 'Content-Type': 'text/xml; charset=utf-8' },
      status: 200,
    }
  })

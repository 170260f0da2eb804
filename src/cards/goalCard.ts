import { createElement } from 'react'

import type { PublicGoal, PublicPage } from '../shape/publicPageShape'

import { escapeHtml } from '../lib/escapeHtml'
import { placeName } from '../lib/assessIndicator'
import { GOAL_STATUS_OPTIONS, labelOf } from '../lib/statusOptions'
import { IndicatorFigures } from '../publicPage/site/IndicatorFigures'
import { pageWords } from '../publicPage/site/pageWords'
import { elementMarkup } from './elementMarkup'

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:1rem/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff}
main{padding:1rem;border-top:6px solid var(--accent,#0b5394)}
.org{margin:0;color:#4a4a4a;font-size:.9rem}
h1{font-size:1.25rem;line-height:1.3;margin:.25rem 0 .5rem}
.status{font-weight:600}.status-on_track{color:#1e6b2f}.status-at_risk{color:#8a5300}.status-off_track{color:#b00020}
.indicator h5{font-size:1rem;margin:1rem 0 .25rem}.kpi{font-weight:400;color:#4a4a4a}
.indicator-explanation,.indicator-targets,.indicator-source{margin:.25rem 0}
.indicator-source{font-size:.85rem;color:#4a4a4a}
.indicator-chart{display:block;max-width:100%;height:auto}
.chart-legend{list-style:none;padding:0;margin:.25rem 0;display:flex;flex-wrap:wrap;gap:.25rem 1rem;font-size:.9rem}
.table-scroll{overflow-x:auto}
.indicator-table{border-collapse:collapse;font-size:.9rem;margin:.5rem 0}
.indicator-table th,.indicator-table td{padding:.15rem .6rem;text-align:right;border-bottom:1px solid #d0d7de;white-space:nowrap}
.indicator-table th[scope=row],.indicator-table thead th:first-child{text-align:left}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
a{color:#00508a}a:focus-visible,.table-scroll:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px}
.more{margin:1rem 0 0;font-weight:600}
`

/** Where a card is and what it links to, all absolute (the card is read on other sites). */
export type CardAddresses = {
  card: string
  image: string
  oembed: string
  page: string
}

/**
 * A goal as a small page of its own, for an `<iframe>` on another site: the organisation and plan,
 * the goal and its status, each indicator's explanation, chart and figures as on the page (the same
 * components, as static markup), and a link to the whole page that opens outside the frame. No
 * script, styles inline, oEmbed discovery and Open Graph image in the head.
 */
export const goalCardHtml = (page: PublicPage, goal: PublicGoal, at: CardAddresses): string => {
  const words = pageWords('sv')
  const place = placeName(page.organisation)
  const title = `${goal.title} – ${page.title}`
  const figures = goal.indicators
    .map((indicator, i) =>
      elementMarkup(
        createElement(IndicatorFigures, {
          group: page.comparisonGroup,
          id: `kort-${goal.id}-${i}`,
          indicator,
          place,
          words: words.indicator,
        }),
      ),
    )
    .join('')
  return (
    '<!doctype html><html lang="sv"><head><meta charset="utf-8">' +
    '<meta content="width=device-width, initial-scale=1" name="viewport">' +
    `<title>${escapeHtml(title)}</title>` +
    `<link href="${escapeHtml(at.page)}" rel="canonical">` +
    `<link href="${escapeHtml(at.oembed)}" rel="alternate" title="${escapeHtml(title)}" type="application/json+oembed">` +
    `<meta content="${escapeHtml(title)}" property="og:title">` +
    `<meta content="${escapeHtml(at.card)}" property="og:url">` +
    `<meta content="${escapeHtml(at.image)}" property="og:image">` +
    `<meta content="${escapeHtml(goal.title)}" property="og:image:alt">` +
    '<meta content="summary_large_image" name="twitter:card">' +
    `<style>:root{--accent:${escapeHtml(page.site.accentColor)}}${STYLE}</style></head>` +
    '<body><main>' +
    `<p class="org">${escapeHtml(page.organisation)} · ${escapeHtml(page.title)}</p>` +
    `<h1>${escapeHtml(goal.title)}</h1>` +
    `<p>Status: <span class="status status-${goal.status}">${escapeHtml(labelOf(GOAL_STATUS_OPTIONS, goal.status, 'sv'))}</span></p>` +
    (goal.rationale ? `<p>${escapeHtml(goal.rationale)}</p>` : '') +
    figures +
    `<p class="more"><a href="${escapeHtml(at.page)}" target="_top">Läs mer i ${escapeHtml(page.title)}</a></p>` +
    '</main></body></html>'
  )
}

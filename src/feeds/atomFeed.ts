import { Feed } from 'feed'

import type { PublicChange } from '../shape/publicPageShape'

import { escapeHtml } from '../lib/escapeHtml'

/** One published change of a page, as the feed lists it. */
export type FeedEntry = { changes: PublicChange[]; first: boolean; publishedAt: string }

const entryTitle = ({ changes, first }: FeedEntry, subject: string) => {
  if (first) return `${subject} publicerades`
  if (changes.length === 1) return changes[0].text
  return `${subject}: ${changes.length} ändringar`
}

/**
 * An Atom feed (RFC 4287) of a page's published changes, newest first: one entry per change, its
 * title and content the "what changed" sentences, its id the page's address and the time (stable
 * however often the feed is read), its link the page.
 */
export const atomFeed = ({
  entries,
  feedUrl,
  pageUrl,
  subject,
  title,
}: {
  entries: FeedEntry[]
  feedUrl: string
  pageUrl: string
  /** What the entries are about, in a title: "Sidan", "Målet". */
  subject: string
  title: string
}): string => {
  const updated = entries[0] ? new Date(entries[0].publishedAt) : new Date(0)
  const feed = new Feed({
    copyright: '',
    feedLinks: { atom: feedUrl },
    generator: false,
    id: feedUrl,
    language: 'sv',
    link: pageUrl,
    title,
    updated,
  })
  for (const entry of entries) {
    const date = new Date(entry.publishedAt)
    feed.addItem({
      content: entry.first
        ? `<p>${escapeHtml(entryTitle(entry, subject))}.</p>`
        : `<ul>${entry.changes.map((c) => `<li>${escapeHtml(c.text)}</li>`).join('')}</ul>`,
      date,
      id: `${pageUrl}#${date.toISOString()}`,
      link: pageUrl,
      title: entryTitle(entry, subject),
    })
  }
  return feed.atom1()
}

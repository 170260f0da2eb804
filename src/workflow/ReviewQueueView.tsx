import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'

import type { QueuedDocument } from './reviewQueue'
import type { ReviewedKey } from './reviewedCollections'

import { isStaffUser, mayPublishReviewed } from '../lib/roles'
import { reviewQueue } from './reviewQueue'

const KIND: Record<ReviewedKey, string> = {
  budgetPlans: 'Mål och budget',
  focusAreas: 'Fokusområde',
  goals: 'Mål',
  initiatives: 'Insats',
  savingsMeasures: 'Besparing',
  media: 'Bild',
  documents: 'Dokument',
}

// Payload's table heads are too pale for WCAG AA contrast; the theme's text colour is not.
const headStyle = { color: 'var(--theme-text)' }

const when = (iso: null | string) =>
  iso
    ? new Date(iso).toLocaleString('sv-SE', {
        dateStyle: 'short',
        timeStyle: 'short',
        timeZone: 'Europe/Stockholm',
      })
    : '–'

const QueueTable = ({
  adminRoute,
  caption,
  empty,
  items,
  stepLabel,
}: {
  adminRoute: string
  caption: string
  empty: string
  items: QueuedDocument[]
  stepLabel: string
}) =>
  items.length === 0 ? (
    <p>{empty}</p>
  ) : (
    <div className="table review-queue__table">
      <table>
        <caption style={{ textAlign: 'start' }}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" style={headStyle}>
              Dokument
            </th>
            <th scope="col" style={headStyle}>
              Typ
            </th>
            <th scope="col" style={headStyle}>
              {stepLabel}
            </th>
            <th scope="col" style={headStyle}>
              När
            </th>
            <th scope="col" style={headStyle}>
              Meddelande
            </th>
            <th scope="col" style={headStyle}>
              Ändringar
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const href = `${adminRoute}/collections/${item.collection}/${item.id}`
            return (
              <tr key={`${item.collection}-${item.id}`}>
                <td>
                  <a href={href}>{item.title}</a>
                </td>
                <td>{KIND[item.key]}</td>
                <td>{item.movedBy ?? '–'}</td>
                <td>{when(item.movedAt)}</td>
                <td>{item.comment ?? '–'}</td>
                <td>
                  <a href={`${href}/versions`}>
                    Jämför versioner<span className="sr-only">{` för ${item.title}`}</span>
                  </a>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )

/**
 * "Att granska" (`/admin/granska`): what waits for a reviewer — every document sent for review,
 * oldest first, with who sent it, the message and a link to the change against the published
 * version — and what has been sent back to the editors with the reviewer's comment.
 */
export const ReviewQueueView = async ({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) => {
  const { locale, permissions, req, visibleEntities } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  const staff = isStaffUser(req.user)
  const [inReview, returned] = staff
    ? await Promise.all([reviewQueue(req, 'in_review'), reviewQueue(req, 'returned')])
    : [[], []]
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      viewType="review-queue"
      visibleEntities={{
        collections: visibleEntities.collections,
        globals: visibleEntities.globals,
      }}
    >
      <Gutter className="review-queue">
        <h1>Att granska</h1>
        {!staff ? (
          <p>Logga in som redaktör, granskare eller administratör för att se granskningen.</p>
        ) : (
          <>
            <p>
              {mayPublishReviewed(req.user)
                ? 'Öppna ett dokument för att se utkastet med förhandsgranskning, jämför med den publicerade versionen och välj "Godkänn" eller "Skicka tillbaka" i sidopanelen.'
                : 'Dokument som väntar på en granskare. Det som skickats tillbaka till dig står längre ner, med granskarens kommentar.'}
            </p>
            <h2>{`För granskning (${inReview.length})`}</h2>
            <QueueTable
              adminRoute={adminRoute}
              caption="Dokument som väntar på granskning, äldst först"
              empty="Inget väntar på granskning."
              items={inReview}
              stepLabel="Skickad av"
            />
            <h2>{`Återskickade till redaktören (${returned.length})`}</h2>
            <QueueTable
              adminRoute={adminRoute}
              caption="Dokument som granskaren skickat tillbaka, med kommentar"
              empty="Inget är återskickat."
              items={returned}
              stepLabel="Återskickad av"
            />
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}

import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'

import type { QueuedDocument } from './reviewQueue'
import type { ReviewedKey } from './reviewedCollections'

import { isStaffUser, mayPublishReviewed } from '../lib/roles'
import { reviewQueue } from './reviewQueue'
import { say } from '../lib/translations'

const KIND: Record<ReviewedKey, { en: string; sv: string }> = {
  budgetPlans: { en: 'Goals and budget', sv: 'Mål och budget' },
  focusAreas: { en: 'Focus area', sv: 'Fokusområde' },
  goals: { en: 'Goal', sv: 'Mål' },
  initiatives: { en: 'Initiative', sv: 'Insats' },
  savingsMeasures: { en: 'Savings measure', sv: 'Besparing' },
  followUpReports: { en: 'Follow-up report', sv: 'Uppföljning' },
  media: { en: 'Image', sv: 'Bild' },
  documents: { en: 'Document', sv: 'Dokument' },
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
  i18n,
  items,
  stepLabel,
}: {
  adminRoute: string
  caption: string
  empty: string
  i18n: AdminViewServerProps['initPageResult']['req']['i18n']
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
              {say(i18n, 'malOchBudget:colDocument')}
            </th>
            <th scope="col" style={headStyle}>
              {say(i18n, 'malOchBudget:colKind')}
            </th>
            <th scope="col" style={headStyle}>
              {stepLabel}
            </th>
            <th scope="col" style={headStyle}>
              {say(i18n, 'malOchBudget:colWhen')}
            </th>
            <th scope="col" style={headStyle}>
              {say(i18n, 'malOchBudget:colMessage')}
            </th>
            <th scope="col" style={headStyle}>
              {say(i18n, 'malOchBudget:colChanges')}
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
                <td>{KIND[item.key][i18n.language === 'en' ? 'en' : 'sv']}</td>
                <td>{item.movedBy ?? '–'}</td>
                <td>{when(item.movedAt)}</td>
                <td>{item.comment ?? '–'}</td>
                <td>
                  <a href={`${href}/versions`}>
                    {say(i18n, 'malOchBudget:compareVersions')}
                    <span className="sr-only">{`${i18n.language === 'en' ? ' for' : ' för'} ${item.title}`}</span>
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
  const { i18n } = req
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
        <h1>{say(i18n, 'malOchBudget:reviewQueue')}</h1>
        {!staff ? (
          <p>{say(i18n, 'malOchBudget:queueSignIn')}</p>
        ) : (
          <>
            <p>
              {say(
                i18n,
                mayPublishReviewed(req.user)
                  ? 'malOchBudget:queueReviewerIntro'
                  : 'malOchBudget:queueEditorIntro',
              )}
            </p>
            <h2>{say(i18n, 'malOchBudget:queueInReview', { count: inReview.length })}</h2>
            <QueueTable
              adminRoute={adminRoute}
              caption={say(i18n, 'malOchBudget:queueInReviewCaption')}
              empty={say(i18n, 'malOchBudget:nothingToReview')}
              i18n={i18n}
              items={inReview}
              stepLabel={say(i18n, 'malOchBudget:sentBy')}
            />
            <h2>{say(i18n, 'malOchBudget:queueReturned', { count: returned.length })}</h2>
            <QueueTable
              adminRoute={adminRoute}
              caption={say(i18n, 'malOchBudget:queueReturnedCaption')}
              empty={say(i18n, 'malOchBudget:nothingReturned')}
              i18n={i18n}
              items={returned}
              stepLabel={say(i18n, 'malOchBudget:returnedBy')}
            />
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}

'use client'

import { Button, useAuth, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useId, useState } from 'react'

import { mayPublishReviewed } from '../lib/roles'
import { REVIEW_STATE_OPTIONS } from './workflowFields'
import { messageOf } from '../lib/postJson'
import type { PluginTranslationKeys, PluginTranslations } from '../lib/translations'

import { useAdminAction } from '../lib/useAdminAction'

type Action = 'approve' | 'return' | 'submit' | 'unpublish' | 'unschedule'

/** What the panel says after a step, once the page shows the document as it now is. */
const DONE: Record<Action, PluginTranslationKeys> = {
  approve: 'malOchBudget:approved',
  return: 'malOchBudget:returned',
  submit: 'malOchBudget:submitted',
  unpublish: 'malOchBudget:unpublished',
  unschedule: 'malOchBudget:unscheduled',
}

const DONE_PARAM = 'granskning'

// ISO date and 24-hour time in Sweden's time zone, whatever the person's language.
const when = (iso: string) =>
  new Date(iso).toLocaleString('sv-SE', {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  })

/**
 * The review state in the sidebar, and the actions the signed-in person may take: an editor sends
 * the document for review (with a message), a reviewer or admin approves it (publishes now or at a
 * time), sends it back with a comment the editor sees, calls back an approval for a later time, or
 * takes the published document down. The buttons call the workflow API; after a step the page is
 * loaded again, so the heading, the state and Payload's own buttons show where the document is.
 */
export const WorkflowPanel = () => {
  const { collectionSlug, hasPublishedDoc } = useDocumentInfo()
  const { user } = useAuth()
  const { i18n, t } = useTranslation<PluginTranslations, PluginTranslationKeys>()
  const { busy, id, message, post, setMessage } = useAdminAction()
  const uid = useId()
  const state = useFormFields(([fields]) => String(fields.reviewState?.value ?? 'draft'))
  const scheduled = useFormFields(([fields]) => {
    const value = fields.scheduledPublish?.value as null | undefined | { at?: string }
    return typeof value?.at === 'string' ? value.at : null
  })
  // The latest step's comment: the submitter's message to the reviewer, the reviewer's reason.
  const latest = useFormFields(([fields]) => {
    const rows = Number(fields.reviewLog?.rows?.length ?? fields.reviewLog?.value ?? 0)
    const at = (name: string) => fields[`reviewLog.${rows - 1}.${name}`]?.value
    return rows > 0 ? { at: at('at'), comment: at('comment'), to: at('to') } : null
  })
  const [comment, setComment] = useState('')
  const [publishAt, setPublishAt] = useState('')
  const [done] = useState(() => {
    if (typeof window === 'undefined') return ''
    const step = new URLSearchParams(window.location.search).get(DONE_PARAM) as Action | null
    return step && step in DONE ? t(DONE[step]) : ''
  })
  if (id === null) return null
  const labels = REVIEW_STATE_OPTIONS.find((o) => o.value === state)?.label
  const label = (i18n.language === 'en' ? labels?.en : labels?.sv) ?? state
  const reviewer = mayPublishReviewed(user)

  const act = async (action: Action) => {
    const answer = await post(`/${collectionSlug}/${id}/workflow`, {
      action,
      ...(comment.trim() ? { comment: comment.trim() } : {}),
      ...(action === 'approve' && publishAt
        ? { publishAt: new Date(publishAt).toISOString() }
        : {}),
    })
    if (!answer) return
    if (!answer.ok) return setMessage(messageOf(answer))
    const url = new URL(window.location.href)
    url.searchParams.set(DONE_PARAM, action)
    window.location.assign(url.toString())
  }

  return (
    <section
      aria-labelledby={`${uid}-heading`}
      className="field-type workflow-panel"
      style={{ marginBottom: '1.5rem' }}
    >
      <h3 id={`${uid}-heading`} style={{ margin: '0 0 0.5rem' }}>
        {t('malOchBudget:review', { state: label })}
      </h3>
      {scheduled ? (
        <p className="workflow-panel__scheduled">
          {t('malOchBudget:scheduledAt', { at: when(scheduled) })}
        </p>
      ) : null}
      {latest && typeof latest.comment === 'string' && latest.comment && latest.to === state ? (
        <p className="workflow-panel__latest">
          <strong>
            {t(state === 'returned' ? 'malOchBudget:reviewerComment' : 'malOchBudget:messageLabel')}
          </strong>
          {latest.comment}
        </p>
      ) : null}
      <label htmlFor={`${uid}-comment`} style={{ display: 'block' }}>
        {t(
          reviewer && state === 'in_review'
            ? 'malOchBudget:commentToEditor'
            : 'malOchBudget:messageToReviewer',
        )}
      </label>
      <textarea
        id={`${uid}-comment`}
        onChange={(e) => setComment(e.target.value)}
        rows={2}
        style={{ width: '100%' }}
        value={comment}
      />
      <Button
        buttonStyle="secondary"
        className="mob-action"
        disabled={busy}
        onClick={() => void act('submit')}
        size="medium"
      >
        {t(state === 'in_review' ? 'malOchBudget:resubmit' : 'malOchBudget:submit')}
      </Button>
      {reviewer && state === 'in_review' ? (
        <>
          <label htmlFor={`${uid}-at`} style={{ display: 'block' }}>
            {t('malOchBudget:publishAt')}
          </label>
          <input
            id={`${uid}-at`}
            onChange={(e) => setPublishAt(e.target.value)}
            type="datetime-local"
            value={publishAt}
          />
          <Button
            className="mob-action"
            disabled={busy}
            onClick={() => void act('approve')}
            size="medium"
          >
            {t('malOchBudget:approve')}
          </Button>{' '}
          <Button
            buttonStyle="secondary"
            className="mob-action"
            disabled={busy}
            onClick={() => void act('return')}
            size="medium"
          >
            {t('malOchBudget:returnToEditor')}
          </Button>
        </>
      ) : null}
      {reviewer && scheduled ? (
        <Button
          buttonStyle="secondary"
          className="mob-action"
          disabled={busy}
          onClick={() => void act('unschedule')}
          size="small"
        >
          {t('malOchBudget:removeSchedule')}
        </Button>
      ) : null}
      {reviewer && hasPublishedDoc ? (
        <Button
          buttonStyle="secondary"
          className="mob-action"
          disabled={busy}
          onClick={() => void act('unpublish')}
          size="small"
        >
          {t('malOchBudget:unpublish')}
        </Button>
      ) : null}
      <p aria-live="polite" role="status" style={{ margin: 0 }}>
        {message || done}
      </p>
    </section>
  )
}

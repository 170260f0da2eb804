'use client'

import { Button, useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'

import { mayPublishReviewed } from '../lib/roles'
import { REVIEW_STATE_OPTIONS } from '../workflow/workflowFields'
import { messageOf } from './postJson'
import { useAdminAction } from './useAdminAction'

/**
 * The review state in the sidebar, and the actions the signed-in person may take: an editor sends
 * the document for review (with a message), a reviewer or admin approves it (publishes now or at a
 * time) or sends it back with a comment the editor sees. The buttons call the workflow API.
 */
export const WorkflowPanel = () => {
  const { collectionSlug } = useDocumentInfo()
  const { user } = useAuth()
  const { busy, id, message, post, setMessage } = useAdminAction()
  const router = useRouter()
  const uid = useId()
  const state = useFormFields(([fields]) => String(fields.reviewState?.value ?? 'draft'))
  // The latest step's comment: the submitter's message to the reviewer, the reviewer's reason.
  const latest = useFormFields(([fields]) => {
    const rows = Number(fields.reviewLog?.rows?.length ?? fields.reviewLog?.value ?? 0)
    const at = (name: string) => fields[`reviewLog.${rows - 1}.${name}`]?.value
    return rows > 0 ? { at: at('at'), comment: at('comment'), to: at('to') } : null
  })
  const [comment, setComment] = useState('')
  const [publishAt, setPublishAt] = useState('')
  if (id === null) return null
  const label = REVIEW_STATE_OPTIONS.find((o) => o.value === state)?.label.sv ?? state
  const reviewer = mayPublishReviewed(user)

  const act = async (action: 'approve' | 'return' | 'submit') => {
    const answer = await post(`/${collectionSlug}/${id}/workflow`, {
      action,
      ...(comment.trim() ? { comment: comment.trim() } : {}),
      ...(action === 'approve' && publishAt
        ? { publishAt: new Date(publishAt).toISOString() }
        : {}),
    })
    if (!answer) return
    if (answer.ok) {
      setMessage('Klart.')
      setComment('')
      router.refresh()
    } else {
      setMessage(messageOf(answer))
    }
  }

  return (
    <section
      aria-labelledby={`${uid}-heading`}
      className="field-type workflow-panel"
      style={{ marginBottom: '1.5rem' }}
    >
      <h3 id={`${uid}-heading`} style={{ margin: '0 0 0.5rem' }}>{`Granskning: ${label}`}</h3>
      {latest && typeof latest.comment === 'string' && latest.comment && latest.to === state ? (
        <p className="workflow-panel__latest">
          <strong>{state === 'returned' ? 'Granskarens kommentar: ' : 'Meddelande: '}</strong>
          {latest.comment}
        </p>
      ) : null}
      <label htmlFor={`${uid}-comment`} style={{ display: 'block' }}>
        {reviewer && state === 'in_review'
          ? 'Kommentar till redaktören'
          : 'Meddelande till granskaren'}
      </label>
      <textarea
        id={`${uid}-comment`}
        onChange={(e) => setComment(e.target.value)}
        rows={2}
        style={{ width: '100%' }}
        value={comment}
      />
      {state !== 'in_review' ? (
        <Button
          buttonStyle="secondary"
          disabled={busy}
          onClick={() => void act('submit')}
          size="medium"
        >
          Skicka för granskning
        </Button>
      ) : null}
      {reviewer && state === 'in_review' ? (
        <>
          <label htmlFor={`${uid}-at`} style={{ display: 'block' }}>
            Publicera vid (tomt: nu)
          </label>
          <input
            id={`${uid}-at`}
            onChange={(e) => setPublishAt(e.target.value)}
            type="datetime-local"
            value={publishAt}
          />
          <Button disabled={busy} onClick={() => void act('approve')} size="medium">
            Godkänn
          </Button>{' '}
          <Button
            buttonStyle="secondary"
            disabled={busy}
            onClick={() => void act('return')}
            size="medium"
          >
            Skicka tillbaka
          </Button>
        </>
      ) : null}
      <p aria-live="polite" role="status" style={{ margin: 0 }}>
        {message}
      </p>
    </section>
  )
}

'use client'

import { useWords } from '../lib/useWords'

import { Button } from '@payloadcms/ui'
import { useState } from 'react'

import { messageOf } from '../lib/postJson'
import { useAdminAction } from '../lib/useAdminAction'

/**
 * "Skapa nästa års plan" in a plan's sidebar: makes next year's plan as a draft
 * (`POST /api/budget-plans/:id/next-year`), links it and opens it; when it exists already, says so
 * and links it. The link is there whatever happens to the navigation (the admin may hold it back
 * while this plan's form has unsaved changes).
 */
export const NextYearButton = () => {
  const { admin, busy, id, message, post, setMessage } = useAdminAction()
  const { t } = useWords()
  const [link, setLink] = useState<null | { href: string; year: number }>(null)
  if (id === null) return null

  const run = async () => {
    setMessage(t('malOchBudget:creatingNextYear'))
    const answer = await post(`/budget-plans/${id}/next-year`)
    if (!answer) return
    const doc = answer.body.doc as undefined | { id: number | string; year: number }
    const href = doc ? `${admin}/collections/budget-plans/${doc.id}` : null
    setLink(doc && href ? { href, year: doc.year } : null)
    if (answer.status === 201 && doc && href) {
      setMessage(t('malOchBudget:nextYearCreated', { year: doc.year }))
      window.location.assign(href)
      return
    }
    setMessage(messageOf(answer))
  }

  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }}>
      <Button
        buttonStyle="secondary"
        className="mob-action"
        disabled={busy}
        onClick={run}
        size="medium"
      >
        {t('malOchBudget:createNextYear')}
      </Button>
      <p aria-live="polite" role="status" style={{ margin: 0 }}>
        {message}{' '}
        {link ? <a href={link.href}>{t('malOchBudget:openPlanFor', { year: link.year })}</a> : null}
      </p>
    </div>
  )
}

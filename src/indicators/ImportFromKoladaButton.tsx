'use client'

import { useWords } from '../lib/useWords'

import { Button } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'

import { messageOf } from '../lib/postJson'
import { useAdminAction } from '../lib/useAdminAction'

/**
 * "Hämta från Kolada nu" in a goal's sidebar: imports the goal's KPIs at once through
 * `POST /api/goals/:id/import-indicators` and says what happened, in words, to screen readers too.
 */
export const ImportFromKoladaButton = () => {
  const { busy, id, message, post, setMessage } = useAdminAction()
  const router = useRouter()
  const { t } = useWords()
  if (id === null) return null

  const run = async () => {
    setMessage(t('malOchBudget:fetchingKolada'))
    const answer = await post(`/goals/${id}/import-indicators`)
    if (!answer) return
    if (answer.ok) {
      const changes = Array.isArray(answer.body.changes) ? answer.body.changes.length : 0
      const failed = Array.isArray(answer.body.errors) ? answer.body.errors.length : 0
      setMessage(
        failed
          ? t('malOchBudget:koladaDoneWithErrors', { changes, failed })
          : t('malOchBudget:koladaDone', { changes }),
      )
      router.refresh()
    } else {
      setMessage(messageOf(answer))
    }
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
        {t('malOchBudget:fetchFromKolada')}
      </Button>
      <p aria-live="polite" role="status" style={{ margin: 0 }}>
        {message}
      </p>
    </div>
  )
}

'use client'

import { Button } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { messageOf } from './postJson'
import { useAdminAction } from './useAdminAction'

/**
 * "Skapa nästa års plan" in a plan's sidebar: makes next year's plan as a draft
 * (`POST /api/budget-plans/:id/next-year`) and opens it; when it exists already, says so and links it.
 */
export const NextYearButton = () => {
  const { admin, busy, id, message, post, setMessage } = useAdminAction()
  const router = useRouter()
  const [existing, setExisting] = useState<null | string>(null)
  if (id === null) return null

  const run = async () => {
    setMessage('Skapar nästa års plan …')
    const answer = await post(`/budget-plans/${id}/next-year`)
    if (!answer) return
    const doc = answer.body.doc as undefined | { id: number | string; year: number }
    if (answer.status === 201 && doc) {
      setMessage(`Planen för ${doc.year} är skapad som utkast.`)
      router.push(`${admin}/collections/budget-plans/${doc.id}`)
      return
    }
    setMessage(messageOf(answer))
    setExisting(doc ? `${admin}/collections/budget-plans/${doc.id}` : null)
  }

  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }}>
      <Button buttonStyle="secondary" disabled={busy} onClick={run} size="medium">
        Skapa nästa års plan
      </Button>
      <p aria-live="polite" role="status" style={{ margin: 0 }}>
        {message} {existing ? <a href={existing}>Öppna den</a> : null}
      </p>
    </div>
  )
}

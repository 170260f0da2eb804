'use client'

import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { messageOf, postJson } from './postJson'

/**
 * "Skapa nästa års plan" in a plan's sidebar: makes next year's plan as a draft
 * (`POST /api/budget-plans/:id/next-year`) and opens it; when it exists already, says so and links it.
 */
export const NextYearButton = () => {
  const { id } = useDocumentInfo()
  const {
    config: {
      routes: { admin, api },
    },
  } = useConfig()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState('')
  const [existing, setExisting] = useState<null | string>(null)
  if (id === undefined || id === null) return null

  const run = async () => {
    setBusy(true)
    setMessage('Skapar nästa års plan …')
    const answer = await postJson(`${api}/budget-plans/${id}/next-year`).catch(() => null)
    setBusy(false)
    const doc = answer?.body.doc as undefined | { id: number | string; year: number }
    if (answer?.status === 201 && doc) {
      setMessage(`Planen för ${doc.year} är skapad som utkast.`)
      router.push(`${admin}/collections/budget-plans/${doc.id}`)
      return
    }
    setMessage(answer ? messageOf(answer) : 'Kunde inte nå servern. Försök igen.')
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

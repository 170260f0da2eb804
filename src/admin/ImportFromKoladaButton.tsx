'use client'

import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

type Report = {
  changes?: unknown[]
  errors?: { kpiId: string; message: string }[]
  outcome?: string
}

/**
 * "Hämta från Kolada nu" in a goal's sidebar: imports the goal's KPIs at once through
 * `POST /api/goals/:id/import-indicators` and says what happened, in words, to screen readers too.
 */
export const ImportFromKoladaButton = () => {
  const { id } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState('')

  if (id === undefined || id === null) return null

  const run = async () => {
    setBusy(true)
    setMessage('Hämtar från Kolada …')
    try {
      const response = await fetch(`${api}/goals/${id}/import-indicators`, {
        credentials: 'include',
        method: 'POST',
      })
      const body = (await response.json().catch(() => ({}))) as Report & {
        errors?: { message: string }[]
      }
      if (response.ok) {
        const failed = body.errors?.length ?? 0
        setMessage(
          `Klart: ${body.changes?.length ?? 0} ändrade värden${failed ? `, ${failed} fel (se Kolada-hämtningar)` : ''}.`,
        )
        router.refresh()
      } else {
        setMessage(body.errors?.[0]?.message ?? `Hämtningen misslyckades (${response.status}).`)
      }
    } catch {
      setMessage('Kunde inte nå servern. Försök igen.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }}>
      <Button buttonStyle="secondary" disabled={busy} onClick={run} size="medium">
        Hämta från Kolada nu
      </Button>
      <p aria-live="polite" role="status" style={{ margin: 0 }}>
        {message}
      </p>
    </div>
  )
}

'use client'

import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { type ActionAnswer, postJson } from './postJson'

/**
 * What a sidebar action button needs: the document's id, the admin and API routes, and a POST that
 * marks the button busy while it runs and answers null when the server could not be reached. The
 * buttons are busy until the page's script has taken over, too: a click on the server-rendered
 * button before that (a slow phone, a cold server) would do nothing and say nothing.
 */
export const useAdminAction = () => {
  const { id } = useDocumentInfo()
  const {
    config: {
      routes: { admin, api },
    },
  } = useConfig()
  const [busy, setBusy] = useState(false)
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])
  const [message, setMessage] = useState('')
  const post = async (path: string, body: unknown = {}): Promise<ActionAnswer | null> => {
    setBusy(true)
    try {
      return await postJson(`${api}${path}`, body)
    } catch {
      setMessage('Kunde inte nå servern. Försök igen.')
      return null
    } finally {
      setBusy(false)
    }
  }
  return { admin, busy: busy || !ready, id: id ?? null, message, post, setMessage }
}

'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * In the admin's live preview: tells the admin the page is ready, and re-renders it on the server
 * whenever the editor's document is saved (drafts and autosaves included).
 */
export const RefreshOnSave = () => {
  const router = useRouter()
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== window.location.origin) return
      if (
        event.data &&
        typeof event.data === 'object' &&
        event.data.type === 'payload-document-event'
      )
        router.refresh()
    }
    window.addEventListener('message', onMessage)
    window.parent?.postMessage(
      { ready: true, type: 'payload-live-preview' },
      window.location.origin,
    )
    return () => window.removeEventListener('message', onMessage)
  }, [router])
  return null
}

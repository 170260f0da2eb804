import type { Payload } from 'payload'

import { forgetPublicChangeMarker } from 'mal-och-budget'
import pg from 'pg'

/** The channel the change marker's trigger notifies (see the migration public_change_notify). */
export const PUBLIC_CHANGE_CHANNEL = 'mob_public_change'

/**
 * Listens on its own connection for a publish on any process (`NOTIFY mob_public_change`, sent by
 * PostgreSQL at commit) and makes this process read the change marker again at once. When the
 * connection is lost it tries again every second, and forgets the marker when it is back (a
 * notification may have been missed meanwhile). Returns the stop.
 */
export const listenForPublicChanges = (
  payload: Payload,
  connectionString: string,
  connectTimeoutMs: number,
): (() => Promise<void>) => {
  let stopped = false
  let client: pg.Client | undefined
  let retry: NodeJS.Timeout | undefined
  const again = () => {
    if (stopped || retry) return
    retry = setTimeout(() => {
      retry = undefined
      void open()
    }, 1000)
    retry.unref()
  }
  const open = async () => {
    const next = new pg.Client({ connectionString, connectionTimeoutMillis: connectTimeoutMs })
    next.on('notification', () => forgetPublicChangeMarker(payload))
    next.on('error', () => undefined)
    next.on('end', () => {
      if (client === next) client = undefined
      again()
    })
    try {
      await next.connect()
      // The listening connection alone must not keep a process (a command-line run) alive.
      ;(
        next as unknown as { connection?: { stream?: { unref?: () => void } } }
      ).connection?.stream?.unref?.()
      await next.query(`LISTEN ${PUBLIC_CHANGE_CHANNEL}`)
      if (stopped) return void next.end().catch(() => undefined)
      client = next
      forgetPublicChangeMarker(payload)
    } catch {
      await next.end().catch(() => undefined)
      again()
    }
  }
  void open()
  return async () => {
    stopped = true
    if (retry) clearTimeout(retry)
    await client?.end().catch(() => undefined)
  }
}

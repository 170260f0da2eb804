'use client'

import { useRowLabel } from '@payloadcms/ui'

import { reviewStateLabel } from '../workflow/reviewActions'

const stockholm = (iso: unknown): string =>
  typeof iso === 'string' && !Number.isNaN(Date.parse(iso))
    ? new Date(iso).toLocaleString('sv-SE', {
        dateStyle: 'short',
        timeStyle: 'short',
        timeZone: 'Europe/Stockholm',
      })
    : ''

/** A review history line named by when and what: "2026-11-29 18:18 · Utkast → För granskning". */
export const ReviewLogRowLabel = () => {
  const { data, rowNumber } = useRowLabel<{ at?: string; from?: string; to?: string }>()
  const step = data?.to ? `${reviewStateLabel(data.from ?? '')} → ${reviewStateLabel(data.to)}` : ''
  const at = stockholm(data?.at)
  return <span>{[at, step].filter(Boolean).join(' · ') || `Steg ${(rowNumber ?? 0) + 1}`}</span>
}

/** A budget line named by its committee and kind: "Kommunstyrelsen (drift)". */
export const BudgetLineRowLabel = () => {
  const { data, rowNumber } = useRowLabel<{ committee?: string; income?: boolean; kind?: string }>()
  const kind = data?.income ? 'intäkt' : data?.kind
  return (
    <span>
      {data?.committee
        ? `${data.committee}${kind ? ` (${kind})` : ''}`
        : `Budgetrad ${(rowNumber ?? 0) + 1}`}
    </span>
  )
}

'use client'

import { useWords } from '../lib/useWords'

import { useRowLabel } from '@payloadcms/ui'

import { reviewStateLabel } from './reviewActions'

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
  const { i18n, t } = useWords()
  const en = i18n.language === 'en'
  const step = data?.to
    ? `${reviewStateLabel(data.from ?? '', en)} → ${reviewStateLabel(data.to, en)}`
    : ''
  const at = stockholm(data?.at)
  return (
    <span>
      {[at, step].filter(Boolean).join(' · ') ||
        t('malOchBudget:step', { number: (rowNumber ?? 0) + 1 })}
    </span>
  )
}

/** A budget line named by its committee and kind: "Kommunstyrelsen (drift)". */
export const BudgetLineRowLabel = () => {
  const { data, rowNumber } = useRowLabel<{ committee?: string; income?: boolean; kind?: string }>()
  const { t } = useWords()
  const kind = data?.income ? t('malOchBudget:income') : data?.kind
  return (
    <span>
      {data?.committee
        ? `${data.committee}${kind ? ` (${kind})` : ''}`
        : t('malOchBudget:budgetLine', { number: (rowNumber ?? 0) + 1 })}
    </span>
  )
}

const shownPart = (value: unknown): string =>
  typeof value === 'string'
    ? /^\d{4}-\d{2}-\d{2}T/.test(value)
      ? value.slice(0, 10)
      : value.trim()
    : typeof value === 'number'
      ? String(value)
      : ''

/**
 * A row named by what it holds: its first field, the others in brackets — "Elever i åk 9 som
 * uppnått kunskapskraven (N15419)", "Socialdemokraterna (S)", "2021 (85)" — or "Indikator 2" while
 * it is empty. `parts` are the row's field names; `fallback` the Swedish word for one row.
 */
export const NamedRowLabel = ({ fallback, parts }: { fallback: string; parts: string[] }) => {
  const { data, rowNumber } = useRowLabel<Record<string, unknown>>()
  const [first, ...rest] = parts.map((part) => shownPart(data?.[part]))
  const others = rest.filter(Boolean)
  return (
    <span>
      {first
        ? `${first}${others.length ? ` (${others.join(', ')})` : ''}`
        : `${fallback} ${(rowNumber ?? 0) + 1}`}
    </span>
  )
}

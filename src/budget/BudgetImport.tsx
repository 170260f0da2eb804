'use client'

import { useWords } from '../lib/useWords'

import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useId, useState } from 'react'

type Row = {
  amount: number
  committee: string
  kind: string
  previousAmount: null | number
  row: number
}
type Answer = { errors?: { message: string; row: number }[]; lines?: number; rows?: Row[] }

const kr = (n: null | number) => (n === null ? '–' : `${n.toLocaleString('sv-SE')} kr`)

const STORED_PARAM = 'budgetrader'

/**
 * "Importera budget från fil" on a plan's Budget tab: choose the finance office's .xlsx or .csv,
 * see every row understood or refused with its reason (a dry run), and only then store — all or
 * nothing — into the plan's draft.
 */
export const BudgetImport = () => {
  const { id } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const uid = useId()
  const { t } = useWords()
  const [file, setFile] = useState<File | null>(null)
  const [preview, setPreview] = useState<Answer | null>(null)
  // After an import the page is loaded again (the lines and totals as stored); this says so.
  const [message, setMessage] = useState(() => {
    if (typeof window === 'undefined') return ''
    const stored = new URLSearchParams(window.location.search).get(STORED_PARAM)
    return stored && /^\d+$/.test(stored)
      ? t('malOchBudget:budgetStored', { count: Number(stored) })
      : ''
  })
  const [busy, setBusy] = useState(false)
  if (id === undefined || id === null) return null

  const send = async (dryRun: boolean): Promise<Answer | null> => {
    if (!file) return null
    const form = new FormData()
    form.append('file', file)
    setBusy(true)
    try {
      const res = await fetch(
        `${api}/budget-plans/${id}/budget-import${dryRun ? '?dryRun=1' : ''}`,
        {
          body: form,
          credentials: 'include',
          method: 'POST',
        },
      )
      return (await res.json().catch(() => ({}))) as Answer
    } catch {
      setMessage(t('malOchBudget:noServer'))
      return null
    } finally {
      setBusy(false)
    }
  }
  const check = async () => {
    setMessage('')
    const answer = await send(true)
    setPreview(answer)
    if (answer?.errors?.length)
      setMessage(t('malOchBudget:budgetRowsRefused', { count: answer.errors.length }))
    else if (answer?.rows)
      setMessage(t('malOchBudget:budgetRowsRead', { count: answer.rows.length }))
  }
  const store = async () => {
    const answer = await send(false)
    if (answer?.lines !== undefined) {
      const url = new URL(window.location.href)
      url.searchParams.set(STORED_PARAM, String(answer.lines))
      window.location.assign(url.toString())
    } else if (answer?.errors?.length) {
      setMessage(answer.errors[0].message)
    }
  }

  return (
    <fieldset className="field-type" style={{ border: 0, marginBottom: '1.5rem', padding: 0 }}>
      <legend style={{ fontWeight: 600 }}>{t('malOchBudget:budgetImportHeading')}</legend>
      <p style={{ marginTop: 0 }}>
        {t('malOchBudget:budgetColumns')}{' '}
        <a href={`${api}/budget-plans/budget-template.csv`}>{t('malOchBudget:budgetTemplate')}</a>.
      </p>
      <label htmlFor={`${uid}-file`}>{t('malOchBudget:budgetFile')}</label>{' '}
      <input
        accept=".xlsx,.csv"
        id={`${uid}-file`}
        onChange={(e) => {
          setFile(e.target.files?.[0] ?? null)
          setPreview(null)
        }}
        type="file"
      />{' '}
      <Button buttonStyle="secondary" disabled={busy || !file} onClick={check} size="medium">
        {t('malOchBudget:budgetPreview')}
      </Button>
      <p aria-live="polite" role="status">
        {message}
      </p>
      {preview?.errors?.length ? (
        <ul>
          {preview.errors.map((e, i) => (
            <li key={i}>{`${t('malOchBudget:colRow')} ${e.row}: ${e.message}`}</li>
          ))}
        </ul>
      ) : null}
      {preview?.rows?.length && !preview.errors?.length ? (
        <>
          <table>
            <caption style={{ textAlign: 'left' }}>{t('malOchBudget:budgetPreview')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('malOchBudget:colRow')}</th>
                <th scope="col">{t('malOchBudget:colCommittee')}</th>
                <th scope="col">{t('malOchBudget:colKind')}</th>
                <th scope="col">{t('malOchBudget:colAmount')}</th>
                <th scope="col">{t('malOchBudget:colPreviousYear')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((r) => (
                <tr key={r.row}>
                  <td>{r.row}</td>
                  <td>{r.committee}</td>
                  <td>{r.kind}</td>
                  <td>{kr(r.amount)}</td>
                  <td>{kr(r.previousAmount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Button disabled={busy} onClick={store} size="medium">
            {t('malOchBudget:budgetImportRows', { count: preview.rows.length })}
          </Button>
        </>
      ) : null}
    </fieldset>
  )
}

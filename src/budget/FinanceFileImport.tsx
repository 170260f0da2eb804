'use client'

import type { ReactNode } from 'react'

import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useId, useState } from 'react'

import { useWords } from '../lib/useWords'

/** A dry run's or an import's answer: the rows understood, or each refused with its reason. */
export type FinanceAnswer<Row> = { errors?: { message: string; row: number }[]; rows?: Row[] }

/**
 * The finance office's file into a document's draft, the same way for the budget and for a
 * report's outcomes: choose an .xlsx or .csv, see every row understood or refused with its reason
 * (a dry run), and only then store — all or nothing. After storing, the page loads again with
 * `?<storedParam>=<count>` so that the form shows what is stored, and says so.
 */
export const FinanceFileImport = <Row,>({
  columns,
  endpoint,
  read,
  storedParam,
  words,
}: {
  /** The preview table: a heading and a cell per row. */
  columns: { cell: (row: Row) => ReactNode; heading: string }[]
  /** The endpoint under the document, e.g. `budget-plans/:id/budget-import` → `budget-import`. */
  endpoint: string
  /** The rows and the stored count of an answer (each endpoint answers in its own words). */
  read: (answer: Record<string, unknown>) => FinanceAnswer<Row> & { stored?: number }
  storedParam: string
  words: { columns: ReactNode; heading: string; stored: (count: number) => string }
}) => {
  const { collectionSlug, id } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const uid = useId()
  const { t } = useWords()
  const [file, setFile] = useState<File | null>(null)
  const [preview, setPreview] = useState<FinanceAnswer<Row> | null>(null)
  const [message, setMessage] = useState(() => {
    if (typeof window === 'undefined') return ''
    const stored = new URLSearchParams(window.location.search).get(storedParam)
    return stored && /^\d+$/.test(stored) ? words.stored(Number(stored)) : ''
  })
  const [busy, setBusy] = useState(false)
  if (id === undefined || id === null) return null

  const send = async (dryRun: boolean) => {
    if (!file) return null
    const form = new FormData()
    form.append('file', file)
    setBusy(true)
    try {
      const res = await fetch(
        `${api}/${collectionSlug}/${id}/${endpoint}${dryRun ? '?dryRun=1' : ''}`,
        { body: form, credentials: 'include', method: 'POST' },
      )
      return read((await res.json().catch(() => ({}))) as Record<string, unknown>)
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
    if (answer?.stored !== undefined) {
      const url = new URL(window.location.href)
      url.searchParams.set(storedParam, String(answer.stored))
      window.location.assign(url.toString())
    } else if (answer?.errors?.length) {
      setMessage(answer.errors[0].message)
    }
  }

  return (
    <fieldset className="field-type" style={{ border: 0, marginBottom: '1.5rem', padding: 0 }}>
      <legend style={{ fontWeight: 600 }}>{words.heading}</legend>
      <p style={{ marginTop: 0 }}>{words.columns}</p>
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
                {columns.map((c) => (
                  <th key={c.heading} scope="col">
                    {c.heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row, i) => (
                <tr key={i}>
                  {columns.map((c) => (
                    <td key={c.heading}>{c.cell(row)}</td>
                  ))}
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

'use client'

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

const storedMessage = (lines: number) =>
  `${lines} budgetrader sparade i utkastet. Skicka planen för granskning (eller publicera den) när du är klar.`

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
  const [file, setFile] = useState<File | null>(null)
  const [preview, setPreview] = useState<Answer | null>(null)
  // After an import the page is loaded again (the lines and totals as stored); this says so.
  const [message, setMessage] = useState(() => {
    if (typeof window === 'undefined') return ''
    const stored = new URLSearchParams(window.location.search).get(STORED_PARAM)
    return stored && /^\d+$/.test(stored) ? storedMessage(Number(stored)) : ''
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
      setMessage('Kunde inte nå servern. Försök igen.')
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
      setMessage(`${answer.errors.length} rader kunde inte läsas. Inget har sparats.`)
    else if (answer?.rows)
      setMessage(`${answer.rows.length} rader lästes. Kontrollera och importera.`)
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
      <legend style={{ fontWeight: 600 }}>Importera budget från fil</legend>
      <p style={{ marginTop: 0 }}>
        Kolumner: nämnd;typ;belopp_tkr;föregående_år_tkr;kommentar (typ är drift eller investering;
        belopp i tusental kronor).{' '}
        <a href={`${api}/budget-plans/budget-template.csv`}>Hämta mallen</a>.
      </p>
      <label htmlFor={`${uid}-file`}>Fil (.xlsx eller .csv)</label>{' '}
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
        Förhandsgranska
      </Button>
      <p aria-live="polite" role="status">
        {message}
      </p>
      {preview?.errors?.length ? (
        <ul>
          {preview.errors.map((e, i) => (
            <li key={i}>{`Rad ${e.row}: ${e.message}`}</li>
          ))}
        </ul>
      ) : null}
      {preview?.rows?.length && !preview.errors?.length ? (
        <>
          <table>
            <caption style={{ textAlign: 'left' }}>Förhandsgranskning</caption>
            <thead>
              <tr>
                <th scope="col">Rad</th>
                <th scope="col">Nämnd</th>
                <th scope="col">Typ</th>
                <th scope="col">Belopp</th>
                <th scope="col">Föregående år</th>
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
            {`Importera ${preview.rows.length} rader`}
          </Button>
        </>
      ) : null}
    </fieldset>
  )
}

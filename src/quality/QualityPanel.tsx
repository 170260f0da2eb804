'use client'

import { useWords } from '../lib/useWords'

import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

type Report = {
  lix: { field: string; label: string; lix: number; scale: string }[]
  problems: { field: string; message: string }[]
  warnings: { field: string; message: string; sentence?: string }[]
}

/**
 * The quality panel in the sidebar: what would stop a publish (accessibility), each text's LIX
 * and the plain-Swedish warnings (long sentences, passives) with the sentence they concern —
 * checked on the latest saved draft, again on request.
 */
export const QualityPanel = () => {
  const { collectionSlug, id } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const { t } = useWords()
  const [report, setReport] = useState<null | Report>(null)
  const [status, setStatus] = useState('')
  const check = useCallback(async () => {
    if (id === undefined || id === null) return
    setStatus(t('malOchBudget:checking'))
    try {
      const res = await fetch(`${api}/${collectionSlug}/${id}/quality`, { credentials: 'include' })
      setReport(res.ok ? ((await res.json()) as Report) : null)
      setStatus(res.ok ? '' : t('malOchBudget:couldNotCheck'))
    } catch {
      setStatus(t('malOchBudget:noServer'))
    }
  }, [api, collectionSlug, id, t])
  useEffect(() => {
    void check()
  }, [check])
  if (id === undefined || id === null) return null

  return (
    <section
      aria-labelledby="kvalitet-rubrik"
      className="field-type"
      style={{ marginBottom: '1.5rem' }}
    >
      <h3 id="kvalitet-rubrik" style={{ margin: '0 0 0.5rem' }}>
        {t('malOchBudget:qualityHeading')}
      </h3>
      <p aria-live="polite" role="status" style={{ margin: 0 }}>
        {status}
      </p>
      {report ? (
        <>
          {report.problems.length > 0 ? (
            <>
              <h4 style={{ margin: '0.5rem 0 0.25rem' }}>{t('malOchBudget:stopsPublishing')}</h4>
              <ul>
                {report.problems.map((p, i) => (
                  <li key={i}>{p.message}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t('malOchBudget:nothingBlocks')}</p>
          )}
          {report.lix.length > 0 ? (
            <ul>
              {report.lix.map((l) => (
                <li key={l.field}>{`${l.label}: LIX ${l.lix} (${l.scale})`}</li>
              ))}
            </ul>
          ) : null}
          {report.warnings.length > 0 ? (
            <>
              <h4 style={{ margin: '0.5rem 0 0.25rem' }}>{t('malOchBudget:plainAdvice')}</h4>
              <ul>
                {report.warnings.map((w, i) => (
                  <li key={i}>
                    {w.message}
                    {w.sentence ? <q style={{ display: 'block' }}>{w.sentence}</q> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
      <Button buttonStyle="secondary" onClick={() => void check()} size="small">
        {t('malOchBudget:checkAgain')}
      </Button>
    </section>
  )
}

'use client'

import { useWords } from '../lib/useWords'

import { Button, useAuth, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'

import { hasRole } from '../lib/roles'
import { messageOf } from '../lib/postJson'
import { useAdminAction } from '../lib/useAdminAction'

const text = (value: unknown): string => (typeof value === 'string' ? value : '')

/**
 * "Markera som beslutad" in a plan's sidebar, for administrators: date, § and diarienummer (from
 * the plan's council decision fields when filled in), then `POST /api/budget-plans/:id/decide`
 * freezes the published plan as the decided version; "Ångra markeringen" (with a reason) undoes
 * it while nothing depends on it.
 */
export const DecideButton = () => {
  const { user } = useAuth()
  const { busy, id, message, post, setMessage } = useAdminAction()
  const { t } = useWords()
  const [reason, setReason] = useState('')
  const router = useRouter()
  const prefill = useFormFields(([fields]) => ({
    date: text(fields['councilDecision.date']?.value).slice(0, 10),
    diarienummer: text(fields['councilDecision.diaryNumber']?.value),
    paragraph: text(fields['councilDecision.paragraph']?.value),
  }))
  const [values, setValues] = useState(prefill)
  const uid = useId()
  if (id === null || !hasRole(user, 'admin')) return null

  const run = async () => {
    const answer = await post(`/budget-plans/${id}/decide`, values)
    if (!answer) return
    if (answer.ok) {
      setMessage(t('malOchBudget:decided'))
      router.refresh()
    } else {
      setMessage(messageOf(answer))
    }
  }
  const undo = async () => {
    const answer = await post(`/budget-plans/${id}/decide/undo`, { reason })
    if (!answer) return
    setMessage(answer.ok ? t('malOchBudget:decisionUndone') : messageOf(answer))
    if (answer.ok) router.refresh()
  }
  const field = (name: keyof typeof values, label: string, placeholder: string) => (
    <div style={{ marginBottom: '0.5rem' }}>
      <label htmlFor={`${uid}-${name}`} style={{ display: 'block' }}>
        {label}
      </label>
      <input
        id={`${uid}-${name}`}
        onChange={(e) => setValues({ ...values, [name]: e.target.value })}
        placeholder={placeholder}
        style={{ width: '100%' }}
        type={name === 'date' ? 'date' : 'text'}
        value={values[name]}
      />
    </div>
  )

  return (
    <fieldset className="field-type" style={{ border: 0, marginBottom: '1.5rem', padding: 0 }}>
      <legend style={{ fontWeight: 600 }}>{t('malOchBudget:decidedInCouncil')}</legend>
      {field('date', t('malOchBudget:decisionDate'), 'YYYY-MM-DD')}
      {field('paragraph', t('malOchBudget:paragraph'), '§ 12')}
      {field('diarienummer', t('malOchBudget:diaryNumber'), 'KS 2020/123')}
      <Button
        buttonStyle="secondary"
        className="mob-action"
        disabled={busy}
        onClick={run}
        size="medium"
      >
        {t('malOchBudget:markDecided')}
      </Button>
      <details>
        <summary>{t('malOchBudget:undoMarking')}</summary>
        <label htmlFor={`${uid}-reason`} style={{ display: 'block' }}>
          {t('malOchBudget:reasonLogged')}
        </label>
        <textarea
          id={`${uid}-reason`}
          onChange={(e) => setReason(e.target.value)}
          rows={2}
          style={{ width: '100%' }}
          value={reason}
        />
        <Button
          buttonStyle="secondary"
          className="mob-action"
          disabled={busy}
          onClick={undo}
          size="small"
        >
          {t('malOchBudget:undo')}
        </Button>
      </details>
      <p aria-live="polite" role="status" style={{ margin: 0 }}>
        {message}
      </p>
    </fieldset>
  )
}

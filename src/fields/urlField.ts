import type { TextField } from 'payload'

import { CHECK_IN_DRAFTS } from '../hooks/refuseInvalidValues'

/** What a URL field may be given; `type`, `maxLength` and `validate` are set here. */
export type UrlFieldArgs = Pick<
  TextField,
  'admin' | 'defaultValue' | 'label' | 'localized' | 'name' | 'required'
>

/** A text field that only accepts an absolute http(s) address. */
export const urlField = (field: UrlFieldArgs): TextField => ({
  ...field,
  type: 'text',
  custom: { [CHECK_IN_DRAFTS]: true },
  maxLength: 2048,
  validate: (value: null | string | string[] | undefined) => {
    if (value === null || value === undefined || value === '') return true
    if (typeof value === 'string' && /^https?:\/\/[^\s/]+\.[^\s]*$/.test(value)) return true
    return 'Ange en fullständig adress som börjar med https:// / Enter a full address starting with https://'
  },
})

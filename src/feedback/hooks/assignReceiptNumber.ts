import type { CollectionBeforeChangeHook } from 'payload'

import { newReceiptNumber } from '../../lib/receiptNumber'

/** A new feedback gets a random receipt number; it never changes afterwards. */
export const assignReceiptNumber: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
}) =>
  operation === 'create'
    ? { ...data, receipt: newReceiptNumber() }
    : { ...data, receipt: originalDoc?.receipt ?? data.receipt }

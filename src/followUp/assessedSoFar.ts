import type { FieldHook } from 'payload'

import type { FollowUpReport } from '../types'

import { isStaffUser } from '../lib/roles'
import { assessmentProgress } from './assessmentProgress'

/**
 * What is missing in a report, for staff, whenever it is read: "2 av 3 mål bedömda; saknas: …"
 * (the assessments as last saved). Nothing for anyone else, and nothing read for them.
 */
export const assessedSoFar: FieldHook<FollowUpReport, null | string, FollowUpReport> = async ({
  data,
  req,
}) => {
  if (!isStaffUser(req.user) || data?.id === undefined) return null
  const { missing, total } = await assessmentProgress(req, data.id)
  const done = total - missing.length
  return `${done} av ${total} mål bedömda${missing.length ? `; saknas: ${missing.join(', ')}` : ''}`
}

import type { GlobalBeforeChangeHook } from 'payload'

/**
 * Gives the data-protection notice a new version number and date whenever its text changes, so
 * every feedback document can record exactly which notice the resident was shown.
 */
export const bumpNoticeVersion: GlobalBeforeChangeHook = ({ data, originalDoc }) => {
  const before = JSON.stringify(originalDoc?.dataProtectionNotice ?? null)
  const after = JSON.stringify(data.dataProtectionNotice ?? null)
  const version = typeof originalDoc?.noticeVersion === 'number' ? originalDoc.noticeVersion : 0
  if (before === after && version > 0) {
    return { ...data, noticeDate: originalDoc?.noticeDate, noticeVersion: version }
  }
  if (before === after) return data
  return { ...data, noticeDate: new Date().toISOString(), noticeVersion: version + 1 }
}

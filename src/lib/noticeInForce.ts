import type { SiteSetting } from '../types'

import { paragraphsOfRichText } from './richText'

/** The data-protection notice in force, as every page, form and receipt shows it. */
export type NoticeInForce = {
  customerService: null | string
  date: null | string
  pageUrl: null | string
  phone: null | string
  /** Paragraphs separated by a blank line. */
  text: string
  version: null | number
}

/** The notice in force from the site settings (read in the reader's locale). */
export const noticeInForce = (settings: SiteSetting): NoticeInForce => ({
  customerService: settings.customerServiceName ?? null,
  date: settings.noticeDate ?? null,
  pageUrl: settings.dataProtectionUrl ?? null,
  phone: settings.contactPhone ?? null,
  text: paragraphsOfRichText(settings.dataProtectionNotice).join('\n\n'),
  version: settings.noticeVersion ?? null,
})
